using Simulator.Observation;

namespace Simulator.Regimes;

/// <summary>Counters that belong to the regime as a whole, or that several mechanisms share.</summary>
public static class RegimeCounters
{
    public static readonly Counter Sanctions = new("sanctions", "Aggressors put under sanctions (League or Council).");
    public static readonly Counter SanctionsSucceeded = new("sanctions_succeeded", "Sanctions that made the aggressor stop.");
    public static readonly Counter CollectiveActions = new("collective_actions", "Collective military actions against an aggressor.");
    public static readonly Counter CollapseYear = new("regime_collapse_year", "Year the regime collapsed (empty if it lasted).", CounterKind.Year);
}
