using Simulator.Observation;
using Simulator.Parameters;
using Simulator.Randomness;
using Simulator.Regimes;

namespace Simulator.Engine;

/// <summary>What every process of one run shares: parameters, keyed draws, regime, observer and totals.</summary>
internal sealed class RunContext(ModelParameters parameters, Draws draws, IRegime regime, IObserver observer)
{
    public ModelParameters Parameters { get; } = parameters;
    public Draws Draws { get; } = draws;
    public IRegime Regime { get; } = regime;
    public IObserver Observer { get; } = observer;
    public RunCounters Counters { get; } = new();
    /// <summary>Dyads that drew a crisis this year, filled by onset and consumed by bargaining.</summary>
    public List<int> CrisisDyads { get; } = new(32);
    /// <summary>The first episode that is reported (episodes begun in the burn-in are not); 0 without a burn-in.</summary>
    public int FirstReportedEpisode { get; set; }
}
