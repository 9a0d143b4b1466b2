using System.Collections.Immutable;
using Simulator.Regimes;

namespace Experiments.Configuration;

/// <summary>From a calendar year on, a regime acts (built-in or custom).</summary>
public sealed record ScheduleStep(int FromYear, string Regime);

/// <summary>
/// A history of regimes named in a config (<c>schedules</c>), compared like any regime: the
/// record's is <c>{1816: concert, 1914: none, 1920: league, 1940: none, 1946: un}</c>.
/// </summary>
public sealed record ScheduleConfig(string Name, ImmutableArray<ScheduleStep> Steps)
{
    public bool Equals(ScheduleConfig? other) => other is not null && Name == other.Name && Steps.SequenceEqual(other.Steps);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>The schedule with each step's regime resolved; a custom regime brings its mechanisms and its parameters.</summary>
    public RegimeSchedule Resolve(IEnumerable<CustomRegime> custom) =>
        new(Name, [.. Steps.Select(s => custom.FirstOrDefault(c => c.Name == s.Regime) is { } c
            ? new RegimeSchedule.Entry(s.FromYear, c.Definition(), c.Model)
            : new RegimeSchedule.Entry(s.FromYear, RegimeCatalog.Definition(s.Regime)))]);
}
