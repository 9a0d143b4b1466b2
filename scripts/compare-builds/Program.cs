// compare-builds DIR_A DIR_B CONFIG [RUNS] [SLICES] [ROUNDS]
//
// Times two builds of sim (their output folders, e.g. from `dotnet build -c Release Experiments -o DIR`) in one
// process, each loaded in its own load context: every round cuts the config's first RUNS runs of every regime
// into SLICES slices, taken in turn (A then B, then B then A), on one thread, and prints B's time over A's.
// Two processes one after the other on a shared machine differ by 10-30% from hour to hour; side by side in
// one process, by about 1%. The second load context tends to run a little faster or slower than the first:
// compare.sh runs the pair both ways round and takes the geometric mean.
using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

if (args.Length < 3)
{
    Console.Error.WriteLine("usage: compare-builds DIR_A DIR_B CONFIG [RUNS=400] [SLICES=10] [ROUNDS=3]");
    return 2;
}
string config = Path.GetFullPath(args[2]);
int runs = args.Length > 3 ? int.Parse(args[3]) : 400;
int slices = args.Length > 4 ? int.Parse(args[4]) : 10;
int rounds = args.Length > 5 ? int.Parse(args[5]) : 3;
var builds = new[] { new Build(args[0], config), new Build(args[1], config) };
for (int w = 0; w < 3; w++) // warm-up: both reach their optimised tiers (run with DOTNET_TC_CallCountingDelayMs=0)
    foreach (var b in builds) b.Run(0, Math.Min(200, runs));
var ratios = new List<double>();
for (int r = 0; r < rounds; r++)
{
    var seconds = new double[2];
    for (int s = 0; s < slices; s++)
        for (int turn = 0; turn < 2; turn++)
        {
            int which = (turn + s + r) % 2;
            var clock = Stopwatch.StartNew();
            builds[which].Run(runs * s / slices, runs * (s + 1) / slices);
            seconds[which] += clock.Elapsed.TotalSeconds;
        }
    ratios.Add(seconds[1] / seconds[0]);
    Console.WriteLine($"round {r + 1}: A {seconds[0]:F2} s, B {seconds[1]:F2} s, B/A {seconds[1] / seconds[0]:F4}");
}
ratios.Sort();
Console.WriteLine($"B/A median {ratios[ratios.Count / 2]:F4} (range {ratios[0]:F4}-{ratios[^1]:F4})");
return 0;

/// <summary>One build of sim in its own load context, running an experiment's runs as `sim run` sets them up (reflection: the plan is internal).</summary>
sealed class Build
{
    private readonly object plan;
    private readonly MethodInfo setup, simulate;
    private readonly int regimes;

    public Build(string dir, string config)
    {
        dir = Path.GetFullPath(dir);
        var resolver = new AssemblyDependencyResolver(Path.Combine(dir, "sim.dll"));
        var context = new AssemblyLoadContext(dir);
        context.Resolving += (c, name) => resolver.ResolveAssemblyToPath(name) is { } path ? c.LoadFromAssemblyPath(path) : null;
        var sim = context.LoadFromAssemblyPath(Path.Combine(dir, "sim.dll"));
        var simulator = context.LoadFromAssemblyPath(Path.Combine(dir, "Simulator.dll"));
        object names = simulator.GetType("Simulator.Regimes.RegimeCatalog")!.GetProperty("Names")!.GetValue(null)!;
        var setOfNames = names.GetType().GetInterfaces().First(i => i.Name.StartsWith("IReadOnlySet", StringComparison.Ordinal));
        object loaded = sim.GetType("Experiments.Configuration.ConfigLoader")!.GetMethod("Load", [typeof(string), setOfNames])!.Invoke(null, [config, names])!;
        object regimeList = loaded.GetType().GetProperty("Regimes")!.GetValue(loaded)!;
        regimes = (int)regimeList.GetType().GetProperty("Length")!.GetValue(regimeList)!;
        var planType = sim.GetType("Experiments.Running.ExperimentPlan")!;
        plan = Activator.CreateInstance(planType, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, null, [loaded], null)!;
        setup = planType.GetMethod("Setup")!;
        simulate = simulator.GetType("Simulator.Engine.Simulation")!.GetMethod("Run")!;
    }

    /// <summary>Runs <paramref name="first"/> to <paramref name="end"/> (exclusive) of every regime, on this thread.</summary>
    public void Run(int first, int end)
    {
        for (int regime = 0; regime < regimes; regime++)
            for (int run = first; run < end; run++)
            {
                object s = setup.Invoke(plan, [0, regime, run])!;
                var t = s.GetType();
                var create = (Delegate)t.GetProperty("Create")!.GetValue(s)!;
                simulate.Invoke(null, [t.GetProperty("Model")!.GetValue(s), create.DynamicInvoke(), t.GetProperty("Seed")!.GetValue(s), null]);
            }
    }
}
