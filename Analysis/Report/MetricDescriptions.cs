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
    };

    public static string Of(string metric) =>
        Known.TryGetValue(metric, out var text) ? text
        : metric.StartsWith("crises_prevented_by_", StringComparison.Ordinal) ? $"share of crises defused by {metric["crises_prevented_by_".Length..].Replace('_', ' ')}"
        : "";
}
