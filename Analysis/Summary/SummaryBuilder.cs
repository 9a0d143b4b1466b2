using Analysis.Results;
using Analysis.Statistics;
using Simulator.Observation;

namespace Analysis.Summary;

/// <summary>
/// Computes summary.csv from a results folder: every metric per (point, regime) with a 95%
/// interval. Rates and shares are ratio estimators with runs as clusters; relapse is Kaplan-Meier,
/// censored at the horizon; shares of runs use Wilson intervals; wars prevented is a paired
/// bootstrap against <c>none</c> at the same design point.
/// </summary>
public static class SummaryBuilder
{
    /// <summary>Seed of the summary's bootstrap resampling: fixed, so summary.csv is reproducible.</summary>
    private const ulong BootstrapSeed = 0x5EED_0F_B007UL;

    public static IReadOnlyList<Metric> Build(ResultsDigest digest)
    {
        var metrics = new List<Metric>();
        foreach (var g in digest.Groups)
        {
            metrics.AddRange(Describe(g));
            var baseline = digest.Groups.FirstOrDefault(b => b.Point == g.Point && b.Regime == MetricNames.BaselineRegime);
            if (baseline is not null && baseline != g) metrics.Add(WarsPrevented(g, baseline));
        }
        return metrics;
    }

    private static IEnumerable<Metric> Describe(GroupDigest g)
    {
        int n = g.Runs;
        double[] Col(string name) => g.Column(name);
        static double[] Per100(double[] v) => v.Select(x => 100 * x).ToArray();
        Metric M(string name, Interval value, long count) => new(g.Point, g.Regime, name, value, count);

        var stateYears = Col("state_years");
        var crises = Col("crises");
        var wars = Col("interstate_wars");
        yield return M(MetricNames.WarOnsetsPer100StateYears, RatioEstimator.Estimate(Per100(wars), stateYears), n);
        yield return M(MetricNames.CrisisEscalationShare, RatioEstimator.Estimate(wars, crises), n);
        yield return M(MetricNames.CivilOnsetsPer100StateYears, RatioEstimator.Estimate(Per100(Col("civil_wars")), stateYears), n);
        yield return M(MetricNames.CrisesPer100StateYears, RatioEstimator.Estimate(Per100(crises), stateYears), n);
        yield return M(MetricNames.CrisesPreventedShare, RatioEstimator.Estimate(Col("crises_prevented"), crises), n);

        foreach (var (civil, name5, name10) in new[]
                 {
                     (true, MetricNames.Relapse5YearsCivil, MetricNames.Relapse10YearsCivil),
                     (false, MetricNames.Relapse5YearsInterstate, MetricNames.Relapse10YearsInterstate),
                 })
        {
            var curve = g.Relapse(civil);
            yield return M(name5, curve.FailureBy(5), curve.Count);
            yield return M(name10, curve.FailureBy(10), curve.Count);
        }

        yield return M(MetricNames.GreatPowerWarRunsShare, Wilson.Interval(Col("great_power_wars").Count(v => v > 0), n), n);
        yield return M(MetricNames.SystemicWarRunsShare, Wilson.Interval(Col("systemic_wars").Count(v => v > 0), n), n);
        yield return M(MetricNames.BattleDeathsPerRun, MeanEstimator.Estimate(Col("battle_deaths")), n);
        yield return M(MetricNames.StatesConqueredPerRun, MeanEstimator.Estimate(Col("states_conquered")), n);
        var gpYears = Col("great_power_state_years");
        var minorYears = stateYears.Zip(gpYears, (s, gp) => s - gp).ToArray();
        yield return M(MetricNames.WarEntryRateRatioGreatVsMinor,
            RateRatio.Estimate(Col("great_power_war_entries"), gpYears, Col("minor_war_entries"), minorYears), n);
        yield return M(MetricNames.WarOnsetRateRatioContiguousVsDistant,
            RateRatio.Estimate(Col("contiguous_war_onsets"), Col("contiguous_dyad_years"), Col("distant_war_onsets"), Col("distant_dyad_years")), n);

        if (g.Regime == MetricNames.BaselineRegime) yield break;
        yield return M(MetricNames.RegimeCollapseShare, Wilson.Interval(Col("regime_collapse_year").Count(v => !double.IsNaN(v)), n), n);
        foreach (var (mechanism, counter) in CounterRegistry.Prevented)
        {
            var prevented = Col(counter.Name);
            if (prevented.Sum() > 0)
                yield return M(MetricNames.CrisesPreventedByPrefix + mechanism.Name, RatioEstimator.Estimate(prevented, crises), n);
        }
        var referrals = Col("referrals");
        if (referrals.Sum() > 0)
            yield return M(MetricNames.ReferralSettledShare, RatioEstimator.Estimate(Col("referrals_settled"), referrals), (long)referrals.Sum());
        var sanctions = Col("sanctions");
        if (sanctions.Sum() > 0)
            yield return M(MetricNames.SanctionsSuccessShare, RatioEstimator.Estimate(Col("sanctions_succeeded"), sanctions), (long)sanctions.Sum());
        var vetoes = Col("vetoes");
        if (vetoes.Sum() > 0) yield return M(MetricNames.VetoesPerRun, MeanEstimator.Estimate(vetoes), n);
        var missions = Col("pko_deployed");
        if (missions.Sum() > 0)
        {
            yield return M(MetricNames.PeacekeepingPerRun, MeanEstimator.Estimate(missions), n);
            foreach (var metric in PeacekeepingRelapse(g)) yield return metric;
        }
    }

    /// <summary>
    /// Wars prevented: 1 − (wars under the regime / wars under none), paired by run (common random
    /// numbers), with a seeded percentile bootstrap interval over runs.
    /// </summary>
    private static Metric WarsPrevented(GroupDigest g, GroupDigest baseline)
    {
        var baselineRuns = baseline.Column("run");
        var baselineWars = baseline.Column("interstate_wars");
        var byRun = new Dictionary<double, double>();
        for (int i = 0; i < baselineRuns.Length; i++) byRun[baselineRuns[i]] = baselineWars[i];
        var runs = g.Column("run");
        var wars = g.Column("interstate_wars");
        var treated = new List<double>();
        var control = new List<double>();
        for (int i = 0; i < runs.Length; i++)
            if (byRun.TryGetValue(runs[i], out double none))
            {
                treated.Add(wars[i]);
                control.Add(none);
            }
        var value = PairedBootstrap.OneMinusRatio(treated.ToArray(), control.ToArray(), BootstrapSeed + (ulong)g.Point);
        return new Metric(g.Point, g.Regime, MetricNames.WarsPreventedShare, value, treated.Count);
    }

    /// <summary>
    /// Civil relapse within 10 years after episodes with and without peacekeepers, and the hazard
    /// ratio they imply, ln S_pko(10) / ln S_no_pko(10) (a constant-ratio reading of two Kaplan-Meier
    /// curves), whose interval combines the two curves' interval ends (conservative).
    /// </summary>
    private static IEnumerable<Metric> PeacekeepingRelapse(GroupDigest g)
    {
        var a = g.Relapse(civil: true, peacekeeping: true).FailureBy(10);
        var b = g.Relapse(civil: true, peacekeeping: false).FailureBy(10);
        long nWith = g.Spells(civil: true, peacekeeping: true);
        yield return new Metric(g.Point, g.Regime, MetricNames.Relapse10YearsCivilWithPeacekeeping, a, nWith);
        yield return new Metric(g.Point, g.Regime, MetricNames.Relapse10YearsCivilWithoutPeacekeeping, b, g.Spells(civil: true, peacekeeping: false));
        static double Ratio(double failWith, double failWithout) => Math.Log(1 - failWith) / Math.Log(1 - failWithout);
        if (nWith > 0 && b.Estimate is > 0 and < 1 && a.Estimate < 1)
            yield return new Metric(g.Point, g.Regime, MetricNames.PeacekeepingRelapseHazardRatioCivil,
                new Interval(Ratio(a.Estimate, b.Estimate), Ratio(a.Low, b.High), Ratio(a.High, b.Low)), nWith);
    }

    /// <summary>Writes summary.csv (long format) atomically.</summary>
    public static void Write(IReadOnlyList<Metric> metrics, string path)
    {
        CsvRows.WriteFile(path, Columns.Summary, csv =>
        {
            foreach (var m in metrics)
                csv.Add(m.Point).Add(m.Regime).Add(m.Name).Add(m.Value.Estimate).Add(m.Value.Low).Add(m.Value.High).Add(m.N).End();
        });
    }
}
