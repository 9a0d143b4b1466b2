namespace Analysis.Results;

/// <summary>
/// The CSV headers of a results folder: the contract between the writer (Experiments) and every
/// reader (Analysis, pandas, R, DuckDB). Append columns; never rename or reorder them.
/// </summary>
public static class Columns
{
    public static readonly string[] Runs =
    [
        "point", "regime", "run", "seed", "years", "state_years", "crises", "crises_prevented", "interstate_wars",
        "civil_wars", "great_power_wars", "systemic_wars", "battle_deaths", "states_conquered",
        "interstate_relapses_10y", "civil_relapses_10y", "great_power_state_years", "great_power_war_entries",
        "minor_war_entries", "contiguous_dyad_years", "distant_dyad_years", "contiguous_war_onsets", "distant_war_onsets",
        "vetoes", "resolutions", "sanctions", "sanctions_succeeded", "collective_actions", "pko_deployed", "ufp_sessions",
        "referrals", "referrals_settled", "congresses", "regime_collapse_year",
        "prevented_by_congress", "prevented_by_referral", "prevented_by_collective_security_pledge", "prevented_by_good_offices",
        "prevented_by_security_council", "prevented_by_uniting_for_peace",
    ];

    public static readonly string[] Episodes =
    [
        "point", "regime", "run", "episode", "kind", "start_year", "end_year", "ended_by", "battle_deaths",
        "great_powers", "great_power_war", "relapse_of", "challenger", "target", "participants", "pko",
    ];

    /// <summary>The per-year quantities aggregated over runs in yearly.csv.</summary>
    public static readonly string[] YearlyQuantities = ["active_wars", "active_civil_conflicts", "crises", "war_onsets", "civil_onsets"];

    public static readonly string[] Summary = ["point", "regime", "metric", "estimate", "ci_low", "ci_high", "n"];
}
