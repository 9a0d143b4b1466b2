namespace Analysis.Summary;

/// <summary>The metric names of summary.csv, a contract with every reader.</summary>
public static class MetricNames
{
    public const string WarOnsetsPer100StateYears = "war_onsets_per_100_state_years";
    public const string CrisisEscalationShare = "crisis_escalation_share";
    public const string CivilOnsetsPer100StateYears = "civil_onsets_per_100_state_years";
    public const string CrisesPer100StateYears = "crises_per_100_state_years";
    public const string CrisesPreventedShare = "crises_prevented_share";
    public const string Relapse5YearsCivil = "relapse_5y_civil";
    public const string Relapse10YearsCivil = "relapse_10y_civil";
    public const string Relapse5YearsInterstate = "relapse_5y_interstate";
    public const string Relapse10YearsInterstate = "relapse_10y_interstate";
    public const string GreatPowerWarRunsShare = "great_power_war_runs_share";
    public const string SystemicWarRunsShare = "systemic_war_runs_share";
    public const string BattleDeathsPerRun = "battle_deaths_per_run";
    public const string StatesConqueredPerRun = "states_conquered_per_run";
    public const string WarEntryRateRatioGreatVsMinor = "war_entry_rate_ratio_great_vs_minor";
    public const string WarOnsetRateRatioContiguousVsDistant = "war_onset_rate_ratio_contiguous_vs_distant";
    public const string WarsPreventedShare = "wars_prevented_share";
    public const string RegimeCollapseShare = "regime_collapse_share";
    public const string ReferralSettledShare = "referral_settled_share";
    public const string SanctionsSuccessShare = "sanctions_success_share";
    public const string VetoesPerRun = "vetoes_per_run";
    public const string PeacekeepingPerRun = "pko_deployed_per_run";
    public const string Relapse10YearsCivilWithPeacekeeping = "relapse_10y_civil_pko";
    public const string Relapse10YearsCivilWithoutPeacekeeping = "relapse_10y_civil_no_pko";
    public const string PeacekeepingRelapseHazardRatioCivil = "pko_relapse_hazard_ratio_civil";
    /// <summary>Prefix of the share of crises each mechanism prevented: crises_prevented_by_&lt;mechanism&gt;.</summary>
    public const string CrisesPreventedByPrefix = "crises_prevented_by_";
    // Dyads as the record counts them (sf29-sf34).
    public const string WarDyadsPer10000DyadYears = "war_dyads_per_10000_dyad_years";
    public const string RelativeRiskContiguous = "rr_war_dyads_contiguous_vs_distant";
    public const string RelativeRiskMajorMajor = "rr_war_dyads_major_major_vs_minor_minor";
    public const string RelativeRiskParity = "rr_war_dyads_parity_vs_preponderance";
    public const string RelativeRiskJointDemocracy = "rr_war_dyads_joint_democracy_vs_no_democracy";
    public const string RelativeRiskRivals = "rr_war_dyads_rival_vs_non_rival";
    // Capability ratios of dyad-years (COW CINC 1816-2007: 29% within 3:1, 26% between, 45% beyond 10:1).
    public const string CapabilityRatioWithin3Share = "capability_ratio_within_3_share";
    public const string CapabilityRatio3To10Share = "capability_ratio_3_to_10_share";
    public const string CapabilityRatioBeyond10Share = "capability_ratio_beyond_10_share";
    public const string SystemicWarsPerCentury = "systemic_wars_per_century";
    public const string GreatPowerWarsPerCentury = "great_power_wars_per_century";
    // Era metrics (also named with @<era>).
    public const string WarOnsetsPerYear = "war_onsets_per_year";
    public const string CrisesPerYear = "crises_per_year";
    public const string GreatPowerWarsPerYear = "great_power_wars_per_year";
    public const string ShareWarsWithGreatPower = "share_wars_with_great_power";
    public const string ShareTwoStateWars = "share_two_state_wars";
    public const string BattleDeathsPerYear = "battle_deaths_per_year";
    public const string VetoesPerYear = "vetoes_per_year";
    public const string ResolutionsPerYear = "resolutions_per_year";
    public const string PeacekeepingStartedPerYear = "pko_started_per_year";
    public const string UnitingForPeaceSessionsPerRun = "ufp_sessions_per_run";

    /// <summary>A metric within a calendar era: <c>war_onsets_per_year@1816-1914</c>.</summary>
    public static string InEra(string metric, string era) => metric + "@" + era;

    /// <summary>The regime every other is compared with.</summary>
    public const string BaselineRegime = Simulator.Regimes.NoRegime.RegimeName;
}
