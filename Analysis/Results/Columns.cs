using Simulator.Observation;
namespace Analysis.Results;

/// <summary>
/// The CSV headers of a results folder: the contract between the writer (Experiments) and every
/// reader (Analysis, pandas, R, DuckDB). Append columns; never rename or reorder them.
/// </summary>
public static class Columns
{
    /// <summary>runs.csv: the row's keys, then one column per registered counter (<see cref="CounterRegistry"/>).</summary>
    public static readonly string[] Runs = ["point", "regime", "run", "seed", .. CounterRegistry.All.Select(c => c.Name)];

    /// <summary>The posterior particle a run drew: a runs.csv column after <c>seed</c>, only in experiments with a posterior.</summary>
    public const string Particle = "particle";

    /// <summary>runs.csv's header: <see cref="Runs"/>, with <see cref="Particle"/> after the seed when the experiment draws from a posterior.</summary>
    public static string[] RunsOf(bool withParticle) => withParticle ? [.. Runs[..4], Particle, .. Runs[4..]] : Runs;

    /// <summary>eras.csv: the row's keys and the era (first-last calendar years), then every counter within the era.</summary>
    public static readonly string[] Eras = ["point", "regime", "run", "era", .. CounterRegistry.All.Select(c => c.Name)];

    public static readonly string[] Episodes =
    [
        "point", "regime", "run", "episode", "kind", "start_year", "end_year", "ended_by", "battle_deaths",
        "great_powers", "great_power_war", "relapse_of", "challenger", "target", "participants", "pko",
    ];

    /// <summary>The per-year quantities aggregated over runs in yearly.csv.</summary>
    public static readonly string[] YearlyQuantities = ["active_wars", "active_civil_conflicts", "crises", "war_onsets", "civil_onsets"];

    public static readonly string[] Summary = ["point", "regime", "metric", "estimate", "ci_low", "ci_high", "n"];

    /// <summary>
    /// summary.csv's last column in experiments with a posterior: the share of the estimate's variance that comes
    /// from parameter uncertainty (between particles), the rest being Monte Carlo noise.
    /// </summary>
    public const string ParameterShare = "parameter_share";

    /// <summary>targets.csv: each target of the record the run can measure, per regime, beside its simulated value.</summary>
    public static readonly string[] Targets =
    [
        "regime", "target", "part", "quantity", "period", "use", "record", "band_low", "band_high",
        "estimate", "ci_low", "ci_high", "inside", "metric",
    ];
}
