namespace Analysis.Calibration;

/// <summary>
/// Which simulated metric measures each target of the record, and why the others are not measured.
/// Every target of targets.csv appears in exactly one of <see cref="All"/> and <see cref="NotMeasured"/>
/// (a unit test checks).
/// </summary>
public static class TargetMeasures
{
    private static double Same(Target _, double v) => v;
    private static double Percent(Target _, double v) => 100 * v;

    /// <summary>A per-year rate over an era times the era's years: the expected count of the era.</summary>
    private static double TimesEraYears(Target t, double v) =>
        Target.Years(t.Period) is { } y ? v * (y.Last - y.First + 1) : double.NaN;

    private static Measure EraCount(string id, string metric, string noun) =>
        new(id, metric, $"{metric}@era × the era's years: the expected number of {noun}", TimesEraYears) { PerEra = true, CalendarOnly = true };

    public static readonly IReadOnlyList<Measure> All =
    [
        EraCount("sf02", "war_onsets_per_year", "war onsets"), EraCount("sf03", "war_onsets_per_year", "war onsets"),
        EraCount("sf04", "war_onsets_per_year", "war onsets"), EraCount("sf05", "war_onsets_per_year", "war onsets"),
        .. new[] { ("sf06", "sf02"), ("sf07", "sf03"), ("sf08", "sf04"), ("sf09", "sf05") }.Select(p =>
            new Measure(p.Item1, "war_onsets_per_100_state_years", "war_onsets_per_100_state_years@era; band: the Poisson interval of the era's war count, as a rate", Same)
                { PerEra = true, CalendarOnly = true, CountFrom = p.Item2 }),
        .. new[] { "sf19", "sf20", "sf21", "sf22" }.Select(id =>
            new Measure(id, EraCounts.CivilOnsets, "civil conflicts begun in the era per run (eras.csv civil_wars; the report's own metric civil_onsets@era)", Same)
                { PerEra = true, CalendarOnly = true }),
        new("sf23", "crisis_escalation_share", "crisis_escalation_share over the whole run, as %", Percent),
        .. new[] { "sf24", "sf25", "sf26", "sf27" }.Select(id =>
            new Measure(id, "crisis_escalation_share", "crisis_escalation_share@era (crises that become wars), as %", Percent) { PerEra = true, CalendarOnly = true }),
        new("sf29", "war_dyads_per_10000_dyad_years", "war_dyads_per_10000_dyad_years, whole run", Same),
        new("sf30", "rr_war_dyads_contiguous_vs_distant", "rr_war_dyads_contiguous_vs_distant, whole run", Same),
        new("sf31", "rr_war_dyads_major_major_vs_minor_minor", "rr_war_dyads_major_major_vs_minor_minor, whole run", Same),
        new("sf32", "rr_war_dyads_parity_vs_preponderance", "rr_war_dyads_parity_vs_preponderance, whole run", Same),
        new("sf33", "rr_war_dyads_joint_democracy_vs_no_democracy", "rr_war_dyads_joint_democracy_vs_no_democracy, whole run", Same),
        new("sf34", "rr_war_dyads_rival_vs_non_rival", "rr_war_dyads_rival_vs_non_rival, whole run", Same),
        new("sf38", "relapse_5y_civil", "relapse_5y_civil (Kaplan-Meier) over the whole run, not only episodes ending after 1946, as %", Percent),
        new("sf39", "relapse_10y_civil", "relapse_10y_civil (Kaplan-Meier) over the whole run, not only episodes ending after 1946, as %", Percent),
        new("sf51", "relapse_10y_civil_pko", "100% - relapse_10y_civil_pko: civil conflicts with peacekeepers still at peace after 10 years", (_, v) => 100 * (1 - v))
            { Part = "with PKO", Value = "56" },
        new("sf51", "relapse_10y_civil_no_pko", "100% - relapse_10y_civil_no_pko: civil conflicts without peacekeepers still at peace after 10 years", (_, v) => 100 * (1 - v))
            { Part = "without PKO", Value = "34" },
        new("sf55", "sanctions_success_share", "sanctions_success_share over the whole run, as %", Percent),
        new("sf56", "referral_settled_share",
            "referral_settled_share, as %, against the record's 21 settled of 42 referred (summary.csv has the share, not the two counts, so the Wilson interval of 21/42 stands in for the two Poisson intervals)",
            Percent) { Part = "settled share", Value = "50", Unit = "% (21/42)", Tolerance = "wilson95" },
        new("sf57", "crises_per_year", "crises_per_year@era (a crisis stands for a MID)", Same) { PerEra = true, CalendarOnly = true },
        new("sf58", "crises_per_year", "crises_per_year@era (a crisis stands for a MID)", Same) { PerEra = true, CalendarOnly = true },
        new("sf59", EraCounts.SystemSize, "member states per year of the era, mean over runs (eras.csv state_years / years)", Same) { PerEra = true, CalendarOnly = true },
        new("sf60", "pko_started_per_year", "pko_started_per_year@era × the era's years", (_, v) => v * 40)
            { PerEra = true, CalendarOnly = true, Part = "1948-1987", Period = "1948-1987", Value = "13" },
        new("sf60", "pko_started_per_year", "pko_started_per_year@era × the era's years", (_, v) => v * 33)
            { PerEra = true, CalendarOnly = true, Part = "1988-2020", Period = "1988-2020", Value = "58" },
        new("sf61", EraCounts.UnitingForPeaceSince1946, "Uniting-for-Peace sessions in the eras from 1946 on, per run (the calendar ends in 2015; the record's 11th session was in 2022)", Same)
            { CalendarOnly = true },
        new("sf62", "pko_relapse_hazard_ratio_civil", "100 × (pko_relapse_hazard_ratio_civil - 1): the change in the hazard of renewed civil fighting with peacekeepers, read naively (missions go to the harder cases, so this understates the true effect, the input model.un.peacekeeping_hazard_ratio; Fortna's estimate controls for that selection)",
            (_, v) => 100 * (v - 1)),
    ];

    /// <summary>Targets no metric measures, with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotMeasured = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sf52"] = "the model has no peacekeeping budget, so the effect of doubling PKO spending has no counterpart",
    };
}
