using Analysis.Summary;

namespace Analysis.Report;

/// <summary>One plain-language line per summary metric, for readers who do not speak snake_case.</summary>
internal static class MetricDescriptions
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        [MetricNames.WarOnsetsPer100StateYears] = "inter-state wars starting per 100 state-years",
        [MetricNames.CrisisEscalationShare] = "share of crises that become wars",
        [MetricNames.CivilOnsetsPer100StateYears] = "civil conflicts starting per 100 state-years",
        [MetricNames.CrisesPer100StateYears] = "crises per 100 state-years",
        [MetricNames.CrisesPreventedShare] = "share of crises a regime defused",
        [MetricNames.Relapse5YearsCivil] = "ended civil conflicts renewed within 5 years (Kaplan-Meier)",
        [MetricNames.Relapse10YearsCivil] = "ended civil conflicts renewed within 10 years (Kaplan-Meier)",
        [MetricNames.Relapse5YearsInterstate] = "ended wars renewed by former enemies within 5 years (Kaplan-Meier)",
        [MetricNames.Relapse10YearsInterstate] = "ended wars renewed by former enemies within 10 years (Kaplan-Meier)",
        [MetricNames.GreatPowerWarRunsShare] = "share of runs with a war between great powers",
        [MetricNames.SystemicWarRunsShare] = "share of runs with a systemic war (3+ great powers)",
        [MetricNames.BattleDeathsPerRun] = "battle deaths per simulated history",
        [MetricNames.StatesConqueredPerRun] = "states conquered per simulated history",
        [MetricNames.WarEntryRateRatioGreatVsMinor] = "war entries per state-year, great powers over minor states",
        [MetricNames.WarOnsetRateRatioContiguousVsDistant] = "war onsets per dyad-year, neighbours over distant pairs",
        ["wars_prevented_share"] = "share of the baseline's wars that do not start under this regime",
        [MetricNames.WarDyadsPer10000DyadYears] = "pairs of states entering a war against each other per 10,000 dyad-years",
        [MetricNames.RelativeRiskContiguous] = "war onset rate of neighbouring pairs over distant pairs (dyads)",
        [MetricNames.RelativeRiskMajorMajor] = "war onset rate of two great powers over two minor states (dyads)",
        [MetricNames.RelativeRiskParity] = "war onset rate at capability parity (3:1 or closer) over preponderance (above 10:1)",
        [MetricNames.RelativeRiskJointDemocracy] = "war onset rate of two democracies over two non-democracies",
        [MetricNames.RelativeRiskRivals] = "war onset rate of rivals over non-rivals",
        [MetricNames.CapabilityRatioWithin3Share] = "share of dyad-years whose capabilities are within 3:1 (COW CINC: 29%)",
        [MetricNames.CapabilityRatio3To10Share] = "share of dyad-years whose capability ratio is between 3:1 and 10:1 (COW CINC: 26%)",
        [MetricNames.CapabilityRatioBeyond10Share] = "share of dyad-years whose capability ratio is beyond 10:1 (COW CINC: 45%)",
        [MetricNames.SystemicWarsPerCentury] = "wars with three or more great powers per century",
        [MetricNames.GreatPowerWarsPerCentury] = "wars with great powers on opposite sides per century",
        [MetricNames.WarOnsetsPerYear] = "inter-state wars starting per year",
        [MetricNames.CrisesPerYear] = "crises per year",
        [MetricNames.GreatPowerWarsPerYear] = "wars with a great power starting per year",
        [MetricNames.ShareWarsWithGreatPower] = "share of wars with a great power among the fighters",
        [MetricNames.ShareTwoStateWars] = "share of wars fought by two states only",
        [MetricNames.BattleDeathsPerYear] = "battle deaths per year",
        [MetricNames.VetoesPerYear] = "Security Council vetoes per year",
        [MetricNames.ResolutionsPerYear] = "Security Council resolutions per year",
        [MetricNames.PeacekeepingStartedPerYear] = "peacekeeping operations started per year",
        [MetricNames.UnitingForPeaceSessionsPerRun] = "Uniting-for-Peace emergency sessions per simulated history",
    };

    public static string Of(string metric) =>
        metric.Split('@') is [var name, var era] && Of(name) is { Length: > 0 } inEra ? $"{inEra}, {era}"
        : Known.TryGetValue(metric, out var text) ? text
        : metric.StartsWith("crises_prevented_by_", StringComparison.Ordinal) ? $"share of crises defused by {metric["crises_prevented_by_".Length..].Replace('_', ' ')}"
        : "";
}
