using Analysis.Results;
using Analysis.Statistics;

namespace Analysis.Summary;

/// <summary>
/// Computes summary.csv from runs.csv and episodes.csv: every metric per (point, regime) with a 95%
/// interval. Rates and shares are ratio estimators with runs as clusters; relapse is Kaplan-Meier,
/// censored at the horizon; shares of runs use Wilson intervals.
/// </summary>
public static class SummaryBuilder
{
    private sealed record Group(int Point, string Regime, List<string[]> Runs)
    {
        public int EpisodesFrom { get; set; } = -1;
        public int EpisodesTo { get; set; } = -1;
    }

    public static IReadOnlyList<Metric> Build(ResultTable runs, EpisodeTable episodes)
    {
        var groups = GroupRows(runs, episodes);
        var metrics = new List<Metric>();
        foreach (var g in groups)
        {
            metrics.AddRange(Describe(g, runs, episodes));
            var baseline = groups.FirstOrDefault(b => b.Point == g.Point && b.Regime == MetricNames.BaselineRegime);
            if (baseline is not null && baseline != g) metrics.Add(WarsPrevented(g, baseline, runs));
        }
        return metrics;
    }

    /// <summary>Groups in file order, which is (point, regime, run) order.</summary>
    private static List<Group> GroupRows(ResultTable runs, EpisodeTable episodes)
    {
        var groups = new List<Group>();
        var byKey = new Dictionary<(int, string), Group>();
        int rp = runs.Column("point"), rr = runs.Column("regime");
        foreach (var row in runs.Rows)
        {
            var key = (int.Parse(row[rp]), row[rr]);
            if (!byKey.TryGetValue(key, out var g))
            {
                g = new Group(key.Item1, key.Item2, new());
                byKey[key] = g;
                groups.Add(g);
            }
            g.Runs.Add(row);
        }
        // episodes.csv is in (point, regime, run, episode) order, so each group's episodes are one range.
        for (int i = 0; i < episodes.Count; i++)
            if (byKey.TryGetValue((episodes.Point[i], episodes.Regime[i]), out var g))
            {
                if (g.EpisodesFrom < 0) g.EpisodesFrom = i;
                else if (g.EpisodesTo != i) throw new InvalidDataException("episodes.csv is not in (point, regime, run) order");
                g.EpisodesTo = i + 1;
            }
        return groups;
    }

    private static IEnumerable<Metric> Describe(Group g, ResultTable runs, EpisodeTable episodes)
    {
        double[] Col(string name)
        {
            int c = runs.Column(name);
            var values = new double[g.Runs.Count];
            for (int i = 0; i < values.Length; i++) values[i] = ResultTable.Number(g.Runs[i][c]);
            return values;
        }
        double[] Per100(double[] v) => v.Select(x => 100 * x).ToArray();
        int n = g.Runs.Count;
        Metric M(string name, Interval value, long count) => new(g.Point, g.Regime, name, value, count);

        var stateYears = Col("state_years");
        var crises = Col("crises");
        var wars = Col("interstate_wars");
        yield return M(MetricNames.WarOnsetsPer100StateYears, RatioEstimator.Estimate(Per100(wars), stateYears), n);
        yield return M(MetricNames.CrisisEscalationShare, RatioEstimator.Estimate(wars, crises), n);
        yield return M(MetricNames.CivilOnsetsPer100StateYears, RatioEstimator.Estimate(Per100(Col("civil_wars")), stateYears), n);
        yield return M(MetricNames.CrisesPer100StateYears, RatioEstimator.Estimate(Per100(crises), stateYears), n);
        yield return M(MetricNames.CrisesPreventedShare, RatioEstimator.Estimate(Col("crises_prevented"), crises), n);

        int years = (int)Col("years").Max();
        foreach (var (kind, name5, name10) in new[]
                 {
                     (true, MetricNames.Relapse5YearsCivil, MetricNames.Relapse10YearsCivil),
                     (false, MetricNames.Relapse5YearsInterstate, MetricNames.Relapse10YearsInterstate),
                 })
        {
            var (durations, events) = RelapseSpells(episodes, g.EpisodesFrom, g.EpisodesTo, civil: kind, years);
            var curve = KaplanMeier.Fit(durations, events);
            yield return M(name5, curve.FailureBy(5), durations.Length);
            yield return M(name10, curve.FailureBy(10), durations.Length);
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
        int collapseColumn = runs.Column("regime_collapse_year");
        yield return M(MetricNames.RegimeCollapseShare, Wilson.Interval(g.Runs.Count(r => r[collapseColumn].Length > 0), n), n);
        foreach (var mechanism in Simulator.Regimes.MechanismNames.Preventing)
        {
            var prevented = Col("prevented_by_" + mechanism);
            if (prevented.Sum() > 0)
                yield return M(MetricNames.CrisesPreventedByPrefix + mechanism, RatioEstimator.Estimate(prevented, crises), n);
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
            foreach (var metric in PeacekeepingRelapse(g, episodes, years)) yield return metric;
        }
    }

    /// <summary>
    /// Civil relapse within 10 years after episodes with and without peacekeepers, and the hazard
    /// ratio they imply, ln S_pko(10) / ln S_no_pko(10) (a constant-ratio reading of two Kaplan-Meier
    /// curves), whose interval combines the two curves' interval ends (conservative).
    /// </summary>
    private static IEnumerable<Metric> PeacekeepingRelapse(Group g, EpisodeTable episodes, int years)
    {
        var (durations, events) = RelapseSpells(episodes, g.EpisodesFrom, g.EpisodesTo, civil: true, years);
        var pko = EndedEpisodeFlags(episodes, g.EpisodesFrom, g.EpisodesTo, civil: true);
        var with = KaplanMeier.Fit(durations.Where((_, i) => pko[i]).ToArray(), events.Where((_, i) => pko[i]).ToArray());
        var without = KaplanMeier.Fit(durations.Where((_, i) => !pko[i]).ToArray(), events.Where((_, i) => !pko[i]).ToArray());
        var a = with.FailureBy(10);
        var b = without.FailureBy(10);
        long nWith = pko.Count(x => x);
        yield return new Metric(g.Point, g.Regime, MetricNames.Relapse10YearsCivilWithPeacekeeping, a, nWith);
        yield return new Metric(g.Point, g.Regime, MetricNames.Relapse10YearsCivilWithoutPeacekeeping, b, pko.Length - nWith);
        static double Ratio(double failWith, double failWithout) => Math.Log(1 - failWith) / Math.Log(1 - failWithout);
        if (nWith > 0 && b.Estimate is > 0 and < 1 && a.Estimate < 1)
            yield return new Metric(g.Point, g.Regime, MetricNames.PeacekeepingRelapseHazardRatioCivil,
                new Interval(Ratio(a.Estimate, b.Estimate), Ratio(a.Low, b.High), Ratio(a.High, b.Low)), nWith);
    }

    /// <summary>The pko flag of each ended episode of a kind, in the order <see cref="RelapseSpells"/> lists them.</summary>
    private static bool[] EndedEpisodeFlags(EpisodeTable t, int from, int to, bool civil)
    {
        var flags = new List<bool>();
        for (int i = Math.Max(0, from); i < to; i++)
            if (t.IsCivil[i] == civil && t.EndYear[i] >= 0) flags.Add(t.Peacekeeping[i]);
        return flags.ToArray();
    }

    /// <summary>
    /// Wars prevented: 1 − (wars under the regime / wars under none), paired by run (common random
    /// numbers), with a seeded percentile bootstrap interval over runs.
    /// </summary>
    private static Metric WarsPrevented(Group g, Group baseline, ResultTable runs)
    {
        int cRun = runs.Column("run"), cWars = runs.Column("interstate_wars");
        var byRun = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in baseline.Runs) byRun[row[cRun]] = ResultTable.Number(row[cWars]);
        var treated = new List<double>();
        var control = new List<double>();
        foreach (var row in g.Runs)
            if (byRun.TryGetValue(row[cRun], out double none))
            {
                treated.Add(ResultTable.Number(row[cWars]));
                control.Add(none);
            }
        var value = PairedBootstrap.OneMinusRatio(treated.ToArray(), control.ToArray(), BootstrapSeed + (ulong)g.Point);
        return new Metric(g.Point, g.Regime, MetricNames.WarsPreventedShare, value, treated.Count);
    }

    /// <summary>Seed of the summary's bootstrap resampling: fixed, so summary.csv is reproducible.</summary>
    private const ulong BootstrapSeed = 0x5EED_0F_B007UL;

    /// <summary>
    /// Peace spells after each ended episode of a kind in rows [from, to): years to the first episode
    /// that renews it (its relapse_of), or censored at the horizon. Episodes still going at the horizon
    /// open no spell. Within a run, episode k is the run's k-th row, so renewals are found by position.
    /// </summary>
    internal static (double[] Durations, bool[] Events) RelapseSpells(EpisodeTable t, int from, int to, bool civil, int years)
    {
        if (from < 0) return ([], []);
        var firstRenewal = new int[to - from];
        Array.Fill(firstRenewal, int.MaxValue);
        for (int i = from, start = from; i < to; i++)
        {
            if (i > from && t.Run[i] != t.Run[i - 1]) start = i;
            if (t.IsCivil[i] != civil || t.RelapseOf[i] < 0) continue;
            int renewed = start + t.RelapseOf[i] - from;
            if (renewed < 0 || renewed >= firstRenewal.Length || t.Episode[renewed + from] != t.RelapseOf[i])
                throw new InvalidDataException($"episodes.csv: run {t.Run[i]} episode {t.Episode[i]} renews a missing episode {t.RelapseOf[i]}");
            firstRenewal[renewed] = Math.Min(firstRenewal[renewed], t.StartYear[i]);
        }
        var durations = new List<double>();
        var events = new List<bool>();
        for (int i = from; i < to; i++)
        {
            if (t.IsCivil[i] != civil || t.EndYear[i] < 0) continue;
            int next = firstRenewal[i - from];
            durations.Add(next != int.MaxValue ? next - t.EndYear[i] : years - 1 - t.EndYear[i]);
            events.Add(next != int.MaxValue);
        }
        return (durations.ToArray(), events.ToArray());
    }

    /// <summary>Writes summary.csv (long format) atomically.</summary>
    public static void Write(IReadOnlyList<Metric> metrics, string path)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        string F(double v) => double.IsNaN(v) ? "" : v.ToString("R", inv);
        var lines = new List<string> { string.Join(',', Columns.Summary) };
        foreach (var m in metrics)
            lines.Add(string.Join(',', m.Point.ToString(inv), m.Regime, m.Name, F(m.Value.Estimate), F(m.Value.Low), F(m.Value.High),
                m.N.ToString(inv)));
        string temp = path + ".partial";
        File.WriteAllText(temp, string.Join('\n', lines) + "\n", new System.Text.UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads runs.csv and episodes.csv of a results folder and writes its summary.csv.</summary>
    public static IReadOnlyList<Metric> WriteFor(string folder)
    {
        var metrics = Build(ResultTable.Read(Path.Combine(folder, "runs.csv")), EpisodeTable.Read(Path.Combine(folder, "episodes.csv")));
        Write(metrics, Path.Combine(folder, "summary.csv"));
        return metrics;
    }
}
