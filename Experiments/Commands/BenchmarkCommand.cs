using System.CommandLine;
using System.Diagnostics;
using Experiments.Configuration;
using Simulator.Engine;
using Simulator.Regimes;

namespace Experiments.Commands;

/// <summary>
/// <c>sim benchmark [CONFIG]</c>: measures the engine alone (no files): runs per second at one
/// thread and at all threads, and bytes allocated per relevant dyad-year on one thread. Given the time
/// of the C floor for the same work (<c>--floor-seconds</c>, measured just before on the same machine;
/// README, "How fast"), also the engine's time as a multiple of the floor's. Cost is per relevant
/// dyad-year simulated: a burn-in's years cost time and count with the reported ones (the work is the
/// same), and each regime's own cost is printed too, since regimes differ in cost and configs in regimes. The
/// one-thread time is also given per state-year, with the relevant dyads a state: the processes of states cost
/// per state, the crisis scan per dyad, and worlds differ in dyads a state.
/// On a shared machine <c>--repeat</c> repeats the one-thread measurement and reports the least time.
/// </summary>
internal static class BenchmarkCommand
{
    public static Command Create()
    {
        var config = new Argument<string?>("CONFIG") { Description = "Experiment config (YAML); default: the default experiment", Arity = ArgumentArity.ZeroOrOne };
        var runs = new Option<int?>("--runs", "-n") { Description = "Runs per measurement (default: the config's)" };
        var floor = new Option<double?>("--floor-seconds")
        {
            Description = "Seconds the C floor took for the same work on all cores (README, 'How fast'); prints the engine's time as a multiple of it",
        };
        var repeat = new Option<int>("--repeat")
        {
            Description = "Times to repeat the one-thread measurement; the least time is reported (the one a shared machine disturbed least), with the median and the most",
            DefaultValueFactory = _ => 1,
        };
        var against = new Option<string?>("--against")
        {
            Description = "A second config: both are timed on one thread in rounds (--repeat of them, at least 3) of 20 slices of each one's runs taken in turn, "
                          + "and CONFIG's cost per relevant dyad-year is printed as a multiple of the second's, then per state-year",
        };
        var command = new Command("benchmark", "Measure engine speed and allocation") { config, runs, floor, repeat, against };
        command.SetAction(parse => Cli.Guard(() =>
        {
            var loaded = ConfigLoader.Load(parse.GetValue(config) ?? Cli.DefaultConfigPath(), RegimeCatalog.Names);
            int n = parse.GetValue(runs) ?? loaded.Runs;
            if (n < 1) throw new UsageException($"--runs: {n} is not allowed; allowed: an integer of at least 1");
            double? floorSeconds = parse.GetValue(floor);
            if (floorSeconds is { } f && !(f > 0 && double.IsFinite(f)))
                throw new UsageException($"--floor-seconds: {f} is not allowed; allowed: a positive number of seconds");
            int repeats = parse.GetValue(repeat);
            if (repeats < 1) throw new UsageException($"--repeat: {repeats} is not allowed; allowed: an integer of at least 1");
            if (parse.GetValue(against) is { } otherPath)
            {
                if (floorSeconds is not null)
                    throw new UsageException("--floor-seconds: not allowed with --against; allowed: one of the two (a comparison of configs times one thread only)");
                var other = ConfigLoader.Load(otherPath, RegimeCatalog.Names);
                Compare((parse.GetValue(config) ?? Cli.DefaultConfigPath(), loaded, n),
                    (otherPath, other, parse.GetValue(runs) ?? other.Runs), Math.Max(3, repeats));
                return Cli.Ok;
            }
            Measure(loaded, Math.Min(n, 50), 1); // warm-up: tiered JIT reaches optimised code
            // The same runs each time (same work, same allocation): only the time differs.
            var times = new double[repeats];
            var (oneSeconds, bytes, work, _) = Measure(loaded, n, 1);
            times[0] = oneSeconds;
            for (int r = 1; r < repeats; r++) times[r] = Measure(loaded, n, 1).Seconds;
            Array.Sort(times);
            oneSeconds = times[0];
            int threads = Environment.ProcessorCount;
            int collections = GC.CollectionCount(0);
            var paused = GC.GetTotalPauseDuration();
            var (allSeconds, _, _, allCpu) = Measure(loaded, n, threads);
            (collections, paused) = (GC.CollectionCount(0) - collections, GC.GetTotalPauseDuration() - paused);
            long simulated = work.DyadYears;
            int total = n * loaded.Regimes.Length;
            string states = loaded.Model.Calendar.FollowRecord ? "states as in the record" : $"{loaded.Model.World.States} states";
            string burnIn = loaded.Model.Calendar.BurnInYears > 0 ? $" after a {loaded.Model.Calendar.BurnInYears}-year burn-in" : "";
            Console.WriteLine($"runs: {total} ({loaded.Regimes.Length} regimes x {n}) of {loaded.Model.Years} years{burnIn}, {states}");
            // The engine's ratio to the floor depends on the processor's vectors (README, 'How fast'): say which it had.
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores; vector loops: {Simulator.Numerics.PortableMath.VectorLoops}");
            string inBurnIn = work.BurnIn > 0 ? $" ({100.0 * work.BurnIn / simulated:F1}% of them in the burn-in; {oneSeconds * 1e9 / work.Reported:F1} ns per reported one)" : "";
            Console.WriteLine($"1 thread:  {oneSeconds:F2} s  {total / oneSeconds:F0} runs/s  {oneSeconds * 1e9 / simulated:F1} ns per relevant dyad-year{inBurnIn}");
            Console.WriteLine($"  {oneSeconds * 1e9 / work.StateYears:F1} ns per state-year ({(double)simulated / work.StateYears:F2} relevant dyads a state)");
            if (repeats > 1)
            {
                double median = Analysis.Statistics.Quantiles.R7(times, 0.5);
                Console.WriteLine($"  the least of {repeats} repeats; median {median * 1e9 / simulated:F1} ns, most {times[^1] * 1e9 / simulated:F1} ns per relevant dyad-year");
            }
            // CPU seconds too: on a shared machine they are steadier than the wall clock (compare `time sim run`'s user + sys).
            Console.WriteLine($"{threads} threads: {allSeconds:F2} s  {total / allSeconds:F0} runs/s  speed-up {oneSeconds / allSeconds:F2}x  ({allCpu:F2} s of CPU; " +
                              $"{collections} garbage collections, {paused.TotalSeconds:F2} s paused)");
            Console.WriteLine($"allocated: {bytes / (double)total / 1024:F1} KiB per run, {bytes / (double)simulated:F3} bytes per relevant dyad-year");
            var world = loaded.Model.World;
            if (!loaded.Model.Calendar.FollowRecord)
                Console.WriteLine($"the floor's command for this work: ./floor {n} {loaded.Regimes.Length} {loaded.Model.Years} {world.States} {world.GreatPowers} {world.Neighbours} {threads}");
            if (floorSeconds is { } floorTime)
                Console.WriteLine($"floor: {floorTime:F2} s for the same work; the engine takes {allSeconds / floorTime:F2}x the floor's time ({threads} threads)");
            // Each regime alone, on all threads: its CPU time per relevant dyad-year is comparable across
            // configs (a config's own figure mixes its regimes, and the UN costs most).
            double? baseline = null;
            foreach (var regime in loaded.Regimes)
            {
                var (seconds, _, counted, cpu) = Measure(loaded with { Regimes = [regime] }, n, threads);
                baseline ??= regime == Simulator.Regimes.NoRegime.RegimeName ? seconds : null;
                string relative = baseline is { } b ? $"  {seconds / b:F2}x the time of none" : "";
                double perDyadYear = cpu * 1e9 / counted.DyadYears;
                Console.WriteLine($"  {regime,-28} {n / seconds,6:F0} runs/s  {perDyadYear,5:F1} ns of CPU per relevant dyad-year{relative}");
            }
            return Cli.Ok;
        }));
        return command;
    }

    /// <summary>
    /// Two configs' cost per relevant dyad-year on one thread, side by side. A round runs each config's
    /// whole work once, in <see cref="Slices"/> slices of its runs taken in turn (a slice of A, a slice of
    /// B, then B before A, ...), and takes the ratio of the two totals: a shared machine whose speed drifts
    /// by 20% over tens of seconds weighs on both alike, where whole experiments one after the other (20 s
    /// each) gave ratios from 1.02 to 1.16 in one session. Prints each round, the median of the rounds'
    /// ratios with their range, and the ratio of the least costs.
    /// </summary>
    private static void Compare((string Path, ExperimentConfig Config, int Runs) a, (string Path, ExperimentConfig Config, int Runs) b, int rounds)
    {
        string nameA = Path.GetFileName(a.Path), nameB = Path.GetFileName(b.Path);
        if (nameA == nameB) (nameA, nameB) = (a.Path, b.Path);
        Console.WriteLine($"{nameA} ({a.Runs * a.Config.Regimes.Length} runs) against {nameB} ({b.Runs * b.Config.Regimes.Length} runs): " +
                          $"one thread, {rounds} rounds of {Slices} alternating slices");
        Measure(a.Config, 0, Math.Min(a.Runs, 50), 1); // warm-up: tiered JIT reaches optimised code for both
        Measure(b.Config, 0, Math.Min(b.Runs, 50), 1);
        var costA = new double[rounds];
        var costB = new double[rounds];
        var ratios = new double[rounds];
        var stateCostA = new double[rounds];
        var stateCostB = new double[rounds];
        double dyadsA = 0, dyadsB = 0;
        for (int r = 0; r < rounds; r++)
        {
            var (secondsA, secondsB, workA, workB) = (0.0, 0.0, Work.None, Work.None);
            for (int slice = 0; slice < Slices; slice++)
            {
                for (int turn = 0; turn < 2; turn++)
                {
                    bool isA = (turn + slice + r) % 2 == 0;
                    var (config, runs) = isA ? (a.Config, a.Runs) : (b.Config, b.Runs);
                    var (seconds, _, counted, _) = Measure(config, runs * slice / Slices, runs * (slice + 1) / Slices, 1);
                    if (isA) (secondsA, workA) = (secondsA + seconds, workA + counted);
                    else (secondsB, workB) = (secondsB + seconds, workB + counted);
                }
            }
            costA[r] = secondsA * 1e9 / workA.DyadYears;
            costB[r] = secondsB * 1e9 / workB.DyadYears;
            stateCostA[r] = secondsA * 1e9 / workA.StateYears;
            stateCostB[r] = secondsB * 1e9 / workB.StateYears;
            (dyadsA, dyadsB) = ((double)workA.DyadYears / workA.StateYears, (double)workB.DyadYears / workB.StateYears);
            ratios[r] = costA[r] / costB[r];
            Console.WriteLine($"round {r + 1}: {nameA} {costA[r]:F1} ns, {nameB} {costB[r]:F1} ns per relevant dyad-year: {ratios[r]:F3}x");
        }
        var sorted = ratios.Order().ToArray();
        double median = Analysis.Statistics.Quantiles.R7(sorted, 0.5);
        Console.WriteLine($"{nameA} costs {median:F3}x {nameB} per relevant dyad-year (median of {rounds} rounds, {sorted[0]:F3}-{sorted[^1]:F3}; " +
                          $"least of each: {costA.Min():F1} against {costB.Min():F1} ns, {costA.Min() / costB.Min():F3}x)");
        // The same time per state-year: the processes of states (growth, civil strife, alliances) cost per state, the
        // crisis scan per relevant dyad, so a world with fewer relevant dyads a state costs more per dyad-year for the same work.
        var stateRatios = stateCostA.Zip(stateCostB, (x, y) => x / y).Order().ToArray();
        Console.WriteLine($"per state-year: {nameA} {stateCostA.Min():F1} ns ({dyadsA:F2} relevant dyads a state), {nameB} {stateCostB.Min():F1} ns " +
                          $"({dyadsB:F2}): {Analysis.Statistics.Quantiles.R7(stateRatios, 0.5):F3}x (median of {rounds} rounds, {stateRatios[0]:F3}-{stateRatios[^1]:F3})");
    }

    /// <summary>Slices of each config's runs a round of <see cref="Compare"/> alternates: about a second each for the shipped configs.</summary>
    private const int Slices = 20;

    private static (double Seconds, long Bytes, Work Work, double CpuSeconds) Measure(ExperimentConfig config, int runs, int threads) =>
        Measure(config, 0, runs, threads);

    /// <summary>Runs <paramref name="first"/> to <paramref name="end"/> (exclusive) of every regime of the config, on the threads given.</summary>
    private static (double Seconds, long Bytes, Work Work, double CpuSeconds) Measure(ExperimentConfig config, int first, int end, int threads)
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long dyadYears = 0, burnIn = 0, stateYears = 0;
        var clock = Stopwatch.StartNew();
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        var plan = new Running.ExperimentPlan(config);
        for (int regime = 0; regime < config.Regimes.Length; regime++)
        {
            int r = regime;
            // Runs handed out one at a time, as `sim run` does: Parallel.For over the runs hands them out in
            // chunks that grow, and a regime's last chunk ran on one thread alone.
            Parallel.ForEach(Running.ExperimentRunner.OneAtATime(end - first), options, () => new DyadYearCounter(), (job, _, counter) =>
            {
                var (create, model, seed, _) = plan.Setup(0, r, first + job);
                Simulation.Run(model, create(), seed, counter);
                return counter;
            }, counter =>
            {
                Interlocked.Add(ref dyadYears, counter.Reported);
                Interlocked.Add(ref burnIn, counter.BurnIn);
                Interlocked.Add(ref stateYears, counter.StateYears);
            });
        }
        double seconds = clock.Elapsed.TotalSeconds;
        return (seconds, GC.GetTotalAllocatedBytes(precise: true) - before, new Work(dyadYears, burnIn, stateYears), (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }

    /// <summary>The work measured: relevant dyad-years, reported and in the burn-in, and state-years (both).</summary>
    private readonly record struct Work(long Reported, long BurnIn, long StateYears)
    {
        public static readonly Work None = new(0, 0, 0);
        public long DyadYears => Reported + BurnIn;
        public static Work operator +(Work x, Work y) => new(x.Reported + y.Reported, x.BurnIn + y.BurnIn, x.StateYears + y.StateYears);
    }

    /// <summary>Relevant dyad-years of one worker's runs, reported and in the burn-in, and its state-years.</summary>
    private sealed class DyadYearCounter : Simulator.Observation.IObserver
    {
        public long Reported, BurnIn, StateYears;

        public void YearEnded(in Simulator.Observation.YearRecord year)
        {
            Reported += year.RelevantDyads;
            StateYears += year.AliveStates;
        }

        public void BurnInYearEnded(in Simulator.Observation.YearRecord year)
        {
            BurnIn += year.RelevantDyads;
            StateYears += year.AliveStates;
        }
    }
}
