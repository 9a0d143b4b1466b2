using Analysis.Results;
using Analysis.Statistics;
using Simulator.Numerics;
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
            metrics.AddRange(Dyads(g));
            foreach (var era in g.Eras)
                metrics.AddRange(Era(g, era, baseline is not null && baseline != g ? baseline.Eras.FirstOrDefault(e => e.Name == era.Name) : null, baseline));
        }
        // A relative risk without any war dyad in one class has no estimate: left out rather than written as NaN.
        return metrics.Where(m => !double.IsNaN(m.Value.Estimate)).ToList();
    }

    /// <summary>
    /// Dyads as the record counts them (every pair on opposite sides of a war; sf29-sf34): the war-dyad
    /// rate and relative risks by contiguity, great-power status, capability ratio, democracy and rivalry.
    /// </summary>
    private static IEnumerable<Metric> Dyads(GroupDigest g)
    {
        if (g.TryColumn(SystemCounters.DyadYears.Name) is not { } dyadYears) yield break;
        double[] Col(Counter c) => g.Column(c.Name);
        Metric M(string name, Interval value) => new(g.Point, g.Regime, name, value, g.Runs);
        var warDyads = Col(SystemCounters.WarDyads);
        yield return M(MetricNames.WarDyadsPer10000DyadYears, RatioEstimator.Estimate(warDyads.Select(x => 10000 * x).ToArray(), dyadYears));
        yield return M(MetricNames.RelativeRiskContiguous, RateRatio.Estimate(Col(SystemCounters.ContiguousWarDyads), Col(WorldCounters.ContiguousDyadYears),
            Col(SystemCounters.DistantWarDyads), Col(WorldCounters.DistantDyadYears)));
        yield return M(MetricNames.RelativeRiskMajorMajor, RateRatio.Estimate(Col(SystemCounters.MajorMajorWarDyads), Col(SystemCounters.MajorMajorDyadYears),
            Col(SystemCounters.MinorMinorWarDyads), Col(SystemCounters.MinorMinorDyadYears)));
        yield return M(MetricNames.RelativeRiskParity, RateRatio.Estimate(Col(SystemCounters.ParityWarDyads), Col(SystemCounters.ParityDyadYears),
            Col(SystemCounters.PreponderanceWarDyads), Col(SystemCounters.PreponderanceDyadYears)));
        yield return M(MetricNames.RelativeRiskJointDemocracy, RateRatio.Estimate(Col(SystemCounters.JointDemocracyWarDyads), Col(SystemCounters.JointDemocracyDyadYears),
            Col(SystemCounters.NoDemocracyWarDyads), Col(SystemCounters.NoDemocracyDyadYears)));
        var parity = Col(SystemCounters.ParityDyadYears);
        var preponderance = Col(SystemCounters.PreponderanceDyadYears);
        yield return M(MetricNames.CapabilityRatioWithin3Share, RatioEstimator.Estimate(parity, dyadYears));
        yield return M(MetricNames.CapabilityRatio3To10Share, RatioEstimator.Estimate(
            dyadYears.Select((all, r) => all - parity[r] - preponderance[r]).ToArray(), dyadYears));
        yield return M(MetricNames.CapabilityRatioBeyond10Share, RatioEstimator.Estimate(preponderance, dyadYears));
        var rivals = Col(SystemCounters.RivalWarDyads);
        var rivalYears = Col(SystemCounters.RivalDyadYears);
        yield return M(MetricNames.RelativeRiskRivals, RateRatio.Estimate(rivals, rivalYears,
            warDyads.Zip(rivals, (all, r) => all - r).ToArray(), dyadYears.Zip(rivalYears, (all, r) => all - r).ToArray()));
    }

    /// <summary>The era metrics, named <c>&lt;metric&gt;@&lt;era&gt;</c> (MetricNames.InEra), and wars prevented in the era against the baseline.</summary>
    private static IEnumerable<Metric> Era(GroupDigest g, EraDigest era, EraDigest? baseline, GroupDigest? baselineGroup)
    {
        int n = g.Runs;
        double[] Col(Counter c) => era.Column(c.Name);
        Metric M(string name, Interval value, long count) => new(g.Point, g.Regime, MetricNames.InEra(name, era.Name), value, count);
        var particles = g.TryColumn(Columns.Particle);
        Metric R(string name, double[] y, double[] x) => RatioMetric(g, MetricNames.InEra(name, era.Name), y, x, n, particles);
        static double[] Times(double[] v, double k) => v.Select(x => k * x).ToArray();
        var years = Col(WorldCounters.Years);
        if (years.Sum() <= 0) yield break;
        var stateYears = Col(WorldCounters.StateYears);
        var wars = Col(WorldCounters.InterstateWars);
        var crises = Col(WorldCounters.Crises);
        yield return R(MetricNames.WarOnsetsPer100StateYears, Times(wars, 100), stateYears);
        yield return R(MetricNames.WarOnsetsPerYear, wars, years);
        yield return R(MetricNames.CrisesPerYear, crises, years);
        yield return R(MetricNames.CrisisEscalationShare, wars, crises);
        yield return R(MetricNames.CivilOnsetsPer100StateYears, Times(Col(WorldCounters.CivilWars), 100), stateYears);
        yield return R(MetricNames.GreatPowerWarsPerYear, Col(WorldCounters.GreatPowerWars), years);
        yield return M(MetricNames.ShareWarsWithGreatPower, RatioEstimator.Estimate(era.WarsWithGreatPower, era.WarsBegun), (long)era.WarsBegun.Sum());
        yield return M(MetricNames.ShareTwoStateWars, RatioEstimator.Estimate(era.TwoStateWars, era.WarsBegun), (long)era.WarsBegun.Sum());
        yield return R(MetricNames.BattleDeathsPerYear, Col(WorldCounters.BattleDeaths), years);
        foreach (var (civil, name5, name10) in new[]
                 {
                     (true, MetricNames.Relapse5YearsCivil, MetricNames.Relapse10YearsCivil),
                     (false, MetricNames.Relapse5YearsInterstate, MetricNames.Relapse10YearsInterstate),
                 })
        {
            if (era.Spells.Count(civil) == 0) continue;
            var curve = era.Spells.Relapse(civil);
            yield return RelapseMetric(g, M(name5, curve.FailureBy(5), curve.Count), civil, 5, particles, era);
            yield return RelapseMetric(g, M(name10, curve.FailureBy(10), curve.Count), civil, 10, particles, era);
        }
        foreach (var (name, counter) in new[]
                 {
                     (MetricNames.VetoesPerYear, CounterRegistry.Find("vetoes")!),
                     (MetricNames.ResolutionsPerYear, CounterRegistry.Find("resolutions")!),
                     (MetricNames.PeacekeepingStartedPerYear, CounterRegistry.Find("pko_deployed")!),
                 })
            yield return R(name, Col(counter), years);
        yield return M(MetricNames.UnitingForPeaceSessionsPerRun, MeanEstimator.Estimate(Col(CounterRegistry.Find("ufp_sessions")!)), n);
        if (baseline is not null && baselineGroup is not null)
            yield return WarsPrevented(g, wars, baselineGroup, baseline.Column(WorldCounters.InterstateWars.Name), MetricNames.InEra(MetricNames.WarsPreventedShare, era.Name));
    }

    private static IEnumerable<Metric> Describe(GroupDigest g)
    {
        int n = g.Runs;
        double[] Col(string name) => g.Column(name);
        static double[] Per100(double[] v) => v.Select(x => 100 * x).ToArray();
        Metric M(string name, Interval value, long count) => new(g.Point, g.Regime, name, value, count);
        var particles = g.TryColumn(Columns.Particle);
        var ones = Enumerable.Repeat(1.0, n).ToArray();
        // Run-level estimates (ratios, means, shares of runs) with their parameter share when runs drew particles.
        Metric Ratio(string name, double[] y, double[] x, long count) => RatioMetric(g, name, y, x, count, particles);
        Metric Mean(string name, double[] values) => WithParameters(M(name, MeanEstimator.Estimate(values), n), values, ones, particles);
        Metric Relapse(string name, KaplanMeierCurve curve, bool civil, int horizon) =>
            RelapseMetric(g, M(name, curve.FailureBy(horizon), curve.Count), civil, horizon, particles);
        Metric RunsShare(string name, double[] counts)
        {
            var hit = counts.Select(v => v > 0 ? 1.0 : 0.0).ToArray();
            var metric = WithParameters(M(name, Wilson.Interval((int)hit.Sum(), n), n), hit, ones, particles);
            // A share of runs is a probability: the widened interval is cut at 0 and 1, as Wilson's is.
            return metric with { Value = AsProbability(metric.Value) };
        }

        var stateYears = Col("state_years");
        var crises = Col("crises");
        var wars = Col("interstate_wars");
        yield return Ratio(MetricNames.WarOnsetsPer100StateYears, Per100(wars), stateYears, n);
        yield return Ratio(MetricNames.CrisisEscalationShare, wars, crises, n);
        yield return Ratio(MetricNames.CivilOnsetsPer100StateYears, Per100(Col("civil_wars")), stateYears, n);
        yield return Ratio(MetricNames.CrisesPer100StateYears, Per100(crises), stateYears, n);
        yield return Ratio(MetricNames.CrisesPreventedShare, Col("crises_prevented"), crises, n);

        foreach (var (civil, name5, name10) in new[]
                 {
                     (true, MetricNames.Relapse5YearsCivil, MetricNames.Relapse10YearsCivil),
                     (false, MetricNames.Relapse5YearsInterstate, MetricNames.Relapse10YearsInterstate),
                 })
        {
            var curve = g.Relapse(civil);
            yield return Relapse(name5, curve, civil, 5);
            yield return Relapse(name10, curve, civil, 10);
        }

        yield return RunsShare(MetricNames.GreatPowerWarRunsShare, Col("great_power_wars"));
        yield return RunsShare(MetricNames.SystemicWarRunsShare, Col("systemic_wars"));
        yield return Ratio(MetricNames.SystemicWarsPerCentury, Per100(Col("systemic_wars")), Col("years"), n);
        yield return Ratio(MetricNames.GreatPowerWarsPerCentury, Per100(Col("great_power_wars")), Col("years"), n);
        yield return Mean(MetricNames.BattleDeathsPerRun, Col("battle_deaths"));
        yield return Mean(MetricNames.StatesConqueredPerRun, Col("states_conquered"));
        var gpYears = Col("great_power_state_years");
        var minorYears = stateYears.Zip(gpYears, (s, gp) => s - gp).ToArray();
        yield return M(MetricNames.WarEntryRateRatioGreatVsMinor,
            RateRatio.Estimate(Col("great_power_war_entries"), gpYears, Col("minor_war_entries"), minorYears), n);
        yield return M(MetricNames.WarOnsetRateRatioContiguousVsDistant,
            RateRatio.Estimate(Col("contiguous_war_onsets"), Col("contiguous_dyad_years"), Col("distant_war_onsets"), Col("distant_dyad_years")), n);

        if (g.Regime == MetricNames.BaselineRegime) yield break;
        yield return RunsShare(MetricNames.RegimeCollapseShare, Col("regime_collapse_year").Select(v => double.IsNaN(v) ? 0.0 : 1.0).ToArray());
        foreach (var (mechanism, counter) in CounterRegistry.Prevented)
        {
            var prevented = Col(counter.Name);
            if (prevented.Sum() > 0)
                yield return Ratio(MetricNames.CrisesPreventedByPrefix + mechanism.Name, prevented, crises, n);
        }
        var referrals = Col("referrals");
        if (referrals.Sum() > 0)
            yield return Ratio(MetricNames.ReferralSettledShare, Col("referrals_settled"), referrals, (long)referrals.Sum());
        var sanctions = Col("sanctions");
        if (sanctions.Sum() > 0)
            yield return Ratio(MetricNames.SanctionsSuccessShare, Col("sanctions_succeeded"), sanctions, (long)sanctions.Sum());
        var vetoes = Col("vetoes");
        if (vetoes.Sum() > 0) yield return Mean(MetricNames.VetoesPerRun, vetoes);
        var missions = Col("pko_deployed");
        if (missions.Sum() > 0)
        {
            yield return Mean(MetricNames.PeacekeepingPerRun, missions);
            foreach (var metric in PeacekeepingRelapse(g)) yield return metric;
        }
    }

    /// <summary>
    /// Wars prevented: 1 − (wars under the regime / wars under none), paired by run (common random
    /// numbers), with a seeded percentile bootstrap interval over runs.
    /// </summary>
    private static Metric WarsPrevented(GroupDigest g, GroupDigest baseline) =>
        WarsPrevented(g, g.Column("interstate_wars"), baseline, baseline.Column("interstate_wars"), MetricNames.WarsPreventedShare);

    /// <summary>Wars prevented from per-run war counts of the regime and of the baseline (whole runs or one era), paired by run index.</summary>
    private static Metric WarsPrevented(GroupDigest g, double[] wars, GroupDigest baseline, double[] baselineWars, string name)
    {
        var baselineRuns = baseline.Column("run");
        var byRun = new Dictionary<double, double>();
        for (int i = 0; i < baselineRuns.Length; i++) byRun[baselineRuns[i]] = baselineWars[i];
        var runs = g.Column("run");
        var particles = g.TryColumn(Columns.Particle);
        var treated = new List<double>();
        var control = new List<double>();
        var paired = new List<double>();
        for (int i = 0; i < runs.Length; i++)
            if (byRun.TryGetValue(runs[i], out double none))
            {
                treated.Add(wars[i]);
                control.Add(none);
                if (particles is not null) paired.Add(particles[i]);
            }
        var value = PairedBootstrap.OneMinusRatio(treated.ToArray(), control.ToArray(), BootstrapSeed + (ulong)g.Point);
        // 1 − Σt/Σc varies across the posterior as the ratio Σt/Σc does (the same run index drew the same particle
        // under both regimes).
        var metric = new Metric(g.Point, g.Regime, name, value, treated.Count);
        return particles is null ? metric : WithParameters(metric, [.. treated], [.. control], [.. paired]);
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
        static double Ratio(double failWith, double failWithout) => PortableMath.Log(1 - failWith) / PortableMath.Log(1 - failWithout);
        if (nWith > 0 && b.Estimate is > 0 and < 1 && a.Estimate < 1)
            yield return new Metric(g.Point, g.Regime, MetricNames.PeacekeepingRelapseHazardRatioCivil,
                new Interval(Ratio(a.Estimate, b.Estimate), Ratio(a.Low, b.High), Ratio(a.High, b.Low)), nWith);
    }

    /// <summary>
    /// A Kaplan-Meier failure by a horizon (of the whole run, or of an era's spells), with parameter uncertainty read
    /// off each run's share in it (<see cref="KaplanMeierByParticle"/>) when the runs drew particles.
    /// </summary>
    private static Metric RelapseMetric(GroupDigest g, Metric metric, bool civil, int horizon, double[]? particles, EraDigest? era = null)
    {
        if (particles is null) return metric;
        var (interval, share) = ParameterUncertainty.Widen(metric.Value, g.RelapseParameterVariance(civil, horizon, era));
        // A failure probability: the widened interval is cut at 0 and 1, as the curve's own is.
        return metric with { Value = AsProbability(interval), ParameterShare = share };
    }

    /// <summary>An interval of a probability, cut at 0 and 1.</summary>
    private static Interval AsProbability(Interval value) => value with { Low = Math.Max(0, value.Low), High = Math.Min(1, value.High) };

    /// <summary>A ratio estimator over runs, with its parameter share when the runs drew particles.</summary>
    private static Metric RatioMetric(GroupDigest g, string name, double[] y, double[] x, long count, double[]? particles) =>
        WithParameters(new(g.Point, g.Regime, name, RatioEstimator.Estimate(y, x), count), y, x, particles);

    /// <summary>
    /// With particles (runs drew from a posterior), the metric's interval widened by the variance of Σy/Σx across the
    /// posterior, and the share of it that parameter uncertainty makes; without, the metric as it is.
    /// </summary>
    private static Metric WithParameters(Metric metric, double[] y, double[] x, double[]? particles)
    {
        if (particles is null) return metric;
        var (interval, share) = ParameterUncertainty.Widen(metric.Value, ParameterUncertainty.OfRatio(y, x, particles));
        return metric with { Value = interval, ParameterShare = share };
    }

    /// <summary>
    /// Writes summary.csv (long format) atomically; with <paramref name="withParameterShare"/> (runs drew from a
    /// posterior) a last column, parameter_share, empty where it cannot be told (relapse with or without peacekeepers, rate ratios).
    /// </summary>
    public static void Write(IReadOnlyList<Metric> metrics, string path, bool withParameterShare = false)
    {
        CsvRows.WriteFile(path, withParameterShare ? [.. Columns.Summary, Columns.ParameterShare] : Columns.Summary, csv =>
        {
            foreach (var m in metrics)
            {
                csv.Add(m.Point).Add(m.Regime).Add(m.Name).Add(m.Value.Estimate).Add(m.Value.Low).Add(m.Value.High).Add(m.N);
                if (withParameterShare) csv.Add(m.ParameterShare);
                csv.End();
            }
        });
    }
}
