using Simulator.Engine;
using Simulator.Observation;
using Simulator.Parameters;
using Simulator.Randomness;
using Simulator.Regimes;

namespace Simulator.Tests;

/// <summary>Named parameter sets and a recorder for tests.</summary>
internal static class Worlds
{
    public static ModelParameters Baseline() => new();

    /// <summary>Every slot, strongest living state first (equal capabilities by id), then the dead and the slots not yet entered, by id.</summary>
    public static IEnumerable<int> ByCapability(this Simulator.Entities.World world) =>
        Enumerable.Range(0, world.StateCount).OrderByDescending(i => world.IsAlive[i] ? world.Capability[i] : -1).ThenBy(i => i);

    /// <summary>No crises and no civil conflict: only growth, ranking and alliances run.</summary>
    public static ModelParameters Quiet(int years = 200) => new()
    {
        Years = years,
        Crises = new CrisisParameters { BaseHazard = 0 },
        Civil = new CivilParameters { BaseHazard = 0 },
    };

    /// <summary>Runs `runs` seeded histories and returns their results and episodes.</summary>
    public static List<(RunResult Result, Recorder Recorder)> RunMany(ModelParameters parameters, int runs, ulong masterSeed = 20261128) =>
        RunMany(parameters, () => new NoRegime(), runs, masterSeed);

    /// <summary>Runs seeded histories under a regime; run r has the same seed under every regime (common random numbers).</summary>
    public static List<(RunResult Result, Recorder Recorder)> RunMany(ModelParameters parameters, Func<IRegime> regime, int runs, ulong masterSeed = 20261128)
    {
        var outcomes = new List<(RunResult, Recorder)>(runs);
        for (int r = 0; r < runs; r++)
        {
            var recorder = new Recorder();
            outcomes.Add((Simulation.Run(parameters, regime(), Keys.RunSeed(masterSeed, 0, r), recorder), recorder));
        }
        return outcomes;
    }

    /// <summary>A built-in regime with mechanisms removed or added.</summary>
    public static Func<IRegime> Regime(string builtIn, string[]? remove = null, string[]? add = null)
    {
        var mechanisms = RegimeCatalog.Definition(builtIn).Mechanisms.Union(add ?? []).Except(remove ?? []);
        return () => new RegimeDefinition(builtIn, mechanisms).Create();
    }
}

/// <summary>Keeps every event of one run.</summary>
internal sealed class Recorder : IObserver
{
    public List<CrisisRecord> Crises { get; } = new();
    public List<EpisodeRecord> Episodes { get; } = new();
    public List<YearRecord> Years { get; } = new();

    public bool ObservesCrises => true;
    public void CrisisResolved(in CrisisRecord crisis) => Crises.Add(crisis);
    public void EpisodeEnded(in EpisodeRecord episode) => Episodes.Add(episode);
    public void YearEnded(in YearRecord year) => Years.Add(year);
}
