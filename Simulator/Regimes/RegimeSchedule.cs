using System.Collections.Immutable;

namespace Simulator.Regimes;

/// <summary>
/// A history of regimes: from each calendar year on, the named regime acts (MODEL.md section 6;
/// the record's schedule is concert 1816, none 1914, league 1920, none 1940, un 1946). Before the
/// first entry, and in a <c>none</c> entry, no institution acts. A regime may still collapse on
/// its own before the schedule replaces it.
/// </summary>
public sealed record RegimeSchedule(string Name, ImmutableArray<RegimeSchedule.Entry> Entries)
{
    /// <summary>
    /// From <paramref name="FromYear"/> on (calendar year), <paramref name="Regime"/> acts, reading its
    /// parameters from <paramref name="Parameters"/> when given (a custom regime's overrides), else the run's.
    /// </summary>
    public sealed record Entry(int FromYear, RegimeDefinition Regime, Parameters.ModelParameters? Parameters = null);

    public IRegime Create() => new ScheduledRegime(Name, Entries);

    public bool Equals(RegimeSchedule? other) => other is not null && Name == other.Name && Entries.SequenceEqual(other.Entries);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);
}
