using Analysis.Results;
using Experiments.Tests.EndToEnd;

namespace Experiments.Tests.History;

/// <summary>A calendar experiment end to end: eras.csv, era metrics, calendar years, determinism.</summary>
public sealed class CalendarRunTests
{
    // 72 items: two blocks of 64, so two shards both have work.
    private static readonly string Config = SimCli.CalendarConfig("calendar", seed: 9, runs: 24);

    private static readonly string[] Eras = ["1816-1914", "1919-1939", "1946-1989", "1990-2007", "2008-2015"];

    private static readonly Lazy<string> Whole = new(() =>
    {
        string work = SimCli.TempFolder("calendar");
        string output = Path.Combine(work, "whole");
        var result = SimCli.Run("run", SimCli.WriteConfig(work, Config), "--out", output, "--quiet", "--no-report", "--threads", "2");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        return output;
    });

    [Test]
    public void Run_Calendar_WritesErasAndCalendarYears()
    {
        var eras = ResultTable.Read(Path.Combine(Whole.Value, "eras.csv"));
        var yearly = ResultTable.Read(Path.Combine(Whole.Value, "yearly.csv"));

        Assert.That(eras.Header, Is.EqualTo(Columns.Eras));
        Assert.That(eras.Rows, Has.Count.EqualTo(3 * 24 * 5));
        Assert.That(eras.Rows.Take(5).Select(r => r[eras.Column("era")]), Is.EqualTo(Eras));
        Assert.That(yearly.Rows.Take(200).Select(r => int.Parse(r[yearly.Column("year")])), Is.EqualTo(Enumerable.Range(1816, 200)));
    }

    [Test]
    public void Run_Calendar_SummaryHasEveryEraMetricAndWarsPreventedByEra()
    {
        var summary = ResultTable.Read(Path.Combine(Whole.Value, "summary.csv"));
        var names = summary.Rows.Select(r => (r[summary.Column("regime")], r[summary.Column("metric")])).ToHashSet();

        foreach (var era in Eras)
        {
            foreach (var metric in new[] { "war_onsets_per_100_state_years", "war_onsets_per_year", "crises_per_year", "crisis_escalation_share",
                                           "civil_onsets_per_100_state_years", "great_power_wars_per_year", "battle_deaths_per_year", "vetoes_per_year",
                                           "resolutions_per_year", "pko_started_per_year", "ufp_sessions_per_run" })
                Assert.That(names, Does.Contain(("historical", $"{metric}@{era}")));
            Assert.That(names, Does.Contain(("un_from_1816", $"wars_prevented_share@{era}")));
            Assert.That(names, Does.Not.Contain(("none", $"wars_prevented_share@{era}")));
        }
        foreach (var metric in new[] { "war_dyads_per_10000_dyad_years", "rr_war_dyads_contiguous_vs_distant", "rr_war_dyads_major_major_vs_minor_minor",
                                       "rr_war_dyads_parity_vs_preponderance", "rr_war_dyads_rival_vs_non_rival" })
            Assert.That(names, Does.Contain(("none", metric)));
    }

    [Test]
    public void Run_Calendar_EraWarsAddUpToTheRunsWithinTheEras()
    {
        var runs = ResultTable.Read(Path.Combine(Whole.Value, "runs.csv"));
        var eras = ResultTable.Read(Path.Combine(Whole.Value, "eras.csv"));
        var episodes = ResultTable.Read(Path.Combine(Whole.Value, "episodes.csv.gz"));

        for (int r = 0; r < 12; r++)
        {
            var mine = episodes.Rows.Where(e => e[episodes.Column("regime")] == "historical" && e[episodes.Column("run")] == r.ToString()
                                              && e[episodes.Column("kind")] == "interstate").Select(e => int.Parse(e[episodes.Column("start_year")])).ToList();
            foreach (var era in Eras)
            {
                var (first, last) = (int.Parse(era[..4]), int.Parse(era[5..]));
                var row = eras.Rows.Single(x => x[eras.Column("regime")] == "historical" && x[eras.Column("run")] == r.ToString() && x[eras.Column("era")] == era);
                Assert.That(int.Parse(row[eras.Column("interstate_wars")]), Is.EqualTo(mine.Count(y => y >= first && y <= last)), $"run {r} era {era}");
            }
            Assert.That(int.Parse(runs.Rows.Single(x => x[runs.Column("regime")] == "historical" && x[runs.Column("run")] == r.ToString())[runs.Column("interstate_wars")]),
                Is.EqualTo(mine.Count));
        }
    }

    /// <summary>
    /// A run's summary comes from the digest it built as it wrote its rows; <c>sim report</c> reads the same folder's
    /// tables back: the two give the same bytes, here with everything the digest keeps per run (eras, posterior particles).
    /// </summary>
    [Test]
    public void Report_CalendarRunWithAPosterior_ReadsBackTheSummaryTheRunWrote()
    {
        string work = SimCli.TempFolder("calendar-posterior");
        string posterior = Path.Combine(work, "posterior.csv");
        File.WriteAllText(posterior, "particle,weight,model.crises.base_hazard,model.un.veto_base\n0,0.5,0.003,0.3\n1,0.3,0.005,0.5\n2,0.2,0.004,0.2\n");
        string config = SimCli.WriteConfig(work, SimCli.CalendarConfig("calendar-posterior", seed: 12, runs: 30) + $"\nparameters: {posterior}\n");
        string output = Path.Combine(work, "out");
        var run = SimCli.Run("run", config, "--out", output, "--quiet", "--no-report", "--threads", "2");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var written = new[] { "summary.csv", "targets.csv" }.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(output, f)));
        Assert.That(ResultTable.Read(Path.Combine(output, "runs.csv")).Header, Does.Contain(Columns.Particle));
        foreach (var file in written.Keys) File.Delete(Path.Combine(output, file));

        var report = SimCli.Run("report", output, "--quiet");

        Assert.That(report.ExitCode, Is.Zero, report.Error);
        foreach (var (file, bytes) in written)
            Assert.That(File.ReadAllBytes(Path.Combine(output, file)), Is.EqualTo(bytes), file);
        Assert.That(SimCli.Run("verify", output).ExitCode, Is.Zero, "the run's manifest certifies the summary read back");
    }

    [Test]
    public void Run_Calendar_OneThreadAndShardsMerged_ByteIdentical()
    {
        string work = SimCli.TempFolder("calendar-det");
        string config = SimCli.WriteConfig(work, Config);
        var one = SimCli.Run("run", config, "--out", Path.Combine(work, "one"), "--quiet", "--no-report", "--threads", "1");
        var s0 = SimCli.Run("run", config, "--out", Path.Combine(work, "s0"), "--quiet", "--no-report", "--shard", "0/2");
        var s1 = SimCli.Run("run", config, "--out", Path.Combine(work, "s1"), "--quiet", "--no-report", "--shard", "1/2");
        var merged = SimCli.Run("merge", Path.Combine(work, "s0"), Path.Combine(work, "s1"), "--out", Path.Combine(work, "merged"), "--quiet", "--no-report");

        Assert.That(new[] { one.ExitCode, s0.ExitCode, s1.ExitCode, merged.ExitCode }, Is.All.Zero, one.Error + s0.Error + s1.Error + merged.Error);
        foreach (var file in new[] { "runs.csv", "episodes.csv.gz", "eras.csv", "yearly.csv", "yearly_counts.csv", "summary.csv" })
        {
            Assert.That(File.ReadAllBytes(Path.Combine(work, "one", file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(Whole.Value, file))), "1 thread: " + file);
            Assert.That(File.ReadAllBytes(Path.Combine(work, "merged", file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(Whole.Value, file))), "merged: " + file);
        }
    }
}
