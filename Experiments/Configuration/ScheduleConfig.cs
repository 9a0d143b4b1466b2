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

    /// <summary>The schedule with each step's regime resolved (custom regimes by their mechanisms; their model overrides do not apply).</summary>
    public RegimeSchedule Resolve(IEnumerable<CustomRegime> custom) =>
        new(Name, [.. Steps.Select(s => new RegimeSchedule.Entry(s.FromYear,
            custom.FirstOrDefault(c => c.Name == s.Regime)?.Definition() ?? RegimeCatalog.Definition(s.Regime)))]);
}
