namespace Experiments.Tests.EndToEnd;

public sealed class RunCommandTests
{
    private static readonly string[] DeterministicFiles = ["runs.csv", "episodes.csv.gz", "yearly.csv", "summary.csv", "targets.csv", "config.yaml"];

    [Test]
    public void Run_OneThreadAndTwoThreads_WriteByteIdenticalFiles()
    {
        string work = SimCli.TempFolder("threads");
        string config = SimCli.WriteConfig(work, SimCli.SmallConfig);

        var one = SimCli.Run("run", config, "--threads", "1", "--out", Path.Combine(work, "t1"), "--quiet");
        var two = SimCli.Run("run", config, "--threads", "2", "--out", Path.Combine(work, "t2"), "--quiet");

        Assert.That(one.ExitCode, Is.Zero, one.Error);
        Assert.That(two.ExitCode, Is.Zero, two.Error);
        foreach (var file in DeterministicFiles)
            Assert.That(File.ReadAllBytes(Path.Combine(work, "t2", file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(work, "t1", file))), file);
    }

    [Test]
    public void Run_SmallExperiment_EveryFileReadsBackWithCsvHelperWithConsistentValuesUnderItsColumns()
    {
        // Arrange
        string work = SimCli.TempFolder("files");
        string config = SimCli.WriteConfig(work, """
            name: values
            seed: 77
            runs: 25
            regimes: [none, un]
            model:
              years: 90
            """);
        string output = Path.Combine(work, "out");

        // Act
        var result = SimCli.Run("run", config, "--out", output, "--quiet", "--no-report");

        // Assert: each file is read by column name with CsvHelper, independently of Sim's own reader.
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(Directory.GetFiles(output, "*.partial"), Is.Empty);
        var runs = ReadRows(Path.Combine(output, "runs.csv"));
        var episodes = ReadRows(Path.Combine(output, "episodes.csv.gz"));
        Assert.That(runs, Has.Count.EqualTo(2 * 25));
        Assert.That(runs.Select(r => r["regime"]).Distinct(), Is.EqualTo(new[] { "none", "un" }));
        Assert.That(runs.Where(r => r["regime"] == "un").Select(r => int.Parse(r["run"])), Is.EqualTo(Enumerable.Range(0, 25)));
        Assert.That(runs.Select(r => int.Parse(r["years"])), Has.All.EqualTo(90));
        Assert.That(runs.Select(r => int.Parse(r["state_years"])), Has.All.GreaterThan(0));
        var byRun = episodes.ToLookup(e => (e["regime"], e["run"], e["kind"]));
        foreach (var run in runs)
        {
            string which = $"{run["regime"]} run {run["run"]}";
            Assert.That(int.Parse(run["interstate_wars"]), Is.EqualTo(byRun[(run["regime"], run["run"], "interstate")].Count()), which);
            Assert.That(int.Parse(run["civil_wars"]), Is.EqualTo(byRun[(run["regime"], run["run"], "civil")].Count()), which);
        }
        Assert.That(episodes.Select(e => e["kind"]).Distinct().Order(), Is.EqualTo(new[] { "civil", "interstate" }));
        foreach (var e in episodes)
        {
            int start = int.Parse(e["start_year"]);
            Assert.That(start, Is.InRange(0, 89));
            if (e["end_year"].Length > 0) Assert.That(int.Parse(e["end_year"]), Is.InRange(start, 89));
            Assert.That(e["pko"], Is.EqualTo("true").Or.EqualTo("false"));
        }
        var yearly = ReadRows(Path.Combine(output, "yearly.csv"));
        Assert.That(yearly, Has.Count.EqualTo(2 * 90));
        Assert.That(yearly.Where(y => y["regime"] == "none").Select(y => int.Parse(y["year"])), Is.EqualTo(Enumerable.Range(0, 90)));
        var counts = ReadRows(Path.Combine(output, "yearly_counts.csv"));
        foreach (var regime in new[] { "none", "un" })
            Assert.That(counts.Where(c => c["regime"] == regime && c["quantity"] == "war_onsets").Sum(c => long.Parse(c["value"]) * long.Parse(c["count"])),
                Is.EqualTo(runs.Where(r => r["regime"] == regime).Sum(r => long.Parse(r["interstate_wars"]))), regime);
        var summary = ReadRows(Path.Combine(output, "summary.csv"));
        var rate = summary.Single(m => m["regime"] == "none" && m["metric"] == "war_onsets_per_100_state_years");
        var noneRuns = runs.Where(r => r["regime"] == "none").ToArray();
        double expected = 100.0 * noneRuns.Sum(r => double.Parse(r["interstate_wars"])) / noneRuns.Sum(r => double.Parse(r["state_years"]));
        Assert.That(double.Parse(rate["estimate"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expected).Within(1e-9));
        Assert.That(int.Parse(rate["n"]), Is.EqualTo(25));
        Assert.That(double.Parse(rate["ci_low"], System.Globalization.CultureInfo.InvariantCulture), Is.LessThan(expected));
    }

    /// <summary>Every record of a CSV file (a .gz one decompressed) as a column-name → cell map, read with CsvHelper.</summary>
    private static List<Dictionary<string, string>> ReadRows(string path)
    {
        using var reader = CsvHelper.CsvReader.Create(SimCli.CsvBytes(path), new CsvHelper.CsvReaderOptions { Separator = ',' });
        var header = reader.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            Assert.That(reader.FieldCount, Is.EqualTo(header.Length), $"{path}: record {reader.RowNumber}");
            rows.Add(header.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => reader.GetString(c.i)));
        }
        return rows;
    }

    [Test]
    public void Run_ConfigYaml_IsTheResolvedConfigAndReproducesTheRun()
    {
        string work = SimCli.TempFolder("reproduce");
        string config = SimCli.WriteConfig(work, SimCli.SmallConfig);
        SimCli.Run("run", config, "--out", Path.Combine(work, "first"), "--runs", "20", "--seed", "99", "--quiet");

        var again = SimCli.Run("run", Path.Combine(work, "first", "config.yaml"), "--out", Path.Combine(work, "second"), "--quiet");

        Assert.That(again.ExitCode, Is.Zero, again.Error);
        foreach (var file in DeterministicFiles)
            Assert.That(File.ReadAllBytes(Path.Combine(work, "second", file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(work, "first", file))), file);
    }

    [Test]
    public void Run_RunsWithoutAnEpisode_WriteAHeaderOnlyEpisodesTableThatVerifiesAndReports()
    {
        // Three states over five years, one run a regime: no crisis or civil conflict begins, and compressing the empty
        // block of episodes crashed the run (IndexOutOfRange in GzipMember.Compress).
        string work = SimCli.TempFolder("no-episodes");
        string config = SimCli.WriteConfig(work, "model: {years: 5, world: {states: 3}}\n");
        string output = Path.Combine(work, "out");

        var run = SimCli.Run("run", config, "--out", output, "--runs", "1", "--quiet");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(SimCli.CsvText(Path.Combine(output, "episodes.csv.gz")), Is.EqualTo(string.Join(',', Analysis.Results.Columns.Episodes) + "\n"));
        Assert.That(File.Exists(Path.Combine(output, "report.html")), Is.True);
        var verify = SimCli.Run("verify", output);
        Assert.That(verify.ExitCode, Is.Zero, verify.Error + verify.Out);
    }

    [Test]
    public void Run_ExistingResults_RefusesWithoutForceAndKeepsThem()
    {
        string work = SimCli.TempFolder("existing");
        string config = SimCli.WriteConfig(work, SimCli.SmallConfig);
        string output = Path.Combine(work, "out");
        SimCli.Run("run", config, "--out", output, "--runs", "5", "--quiet");
        byte[] before = File.ReadAllBytes(Path.Combine(output, "runs.csv"));

        var refused = SimCli.Run("run", config, "--out", output, "--runs", "6", "--quiet");
        byte[] kept = File.ReadAllBytes(Path.Combine(output, "runs.csv"));
        var forced = SimCli.Run("run", config, "--out", output, "--runs", "6", "--quiet", "--force");

        Assert.That(refused.ExitCode, Is.EqualTo(2));
        Assert.That(refused.Error, Does.Contain("--force"));
        Assert.That(kept, Is.EqualTo(before));
        Assert.That(forced.ExitCode, Is.Zero, forced.Error);
        Assert.That(File.ReadLines(Path.Combine(output, "runs.csv")).Count(), Is.EqualTo(7));
    }

    [Test]
    public void Run_DifferentSeeds_GiveDifferentResults()
    {
        string work = SimCli.TempFolder("seeds");
        string config = SimCli.WriteConfig(work, SimCli.SmallConfig);

        SimCli.Run("run", config, "--out", Path.Combine(work, "a"), "--runs", "10", "--seed", "1", "--quiet");
        SimCli.Run("run", config, "--out", Path.Combine(work, "b"), "--runs", "10", "--seed", "2", "--quiet");

        Assert.That(File.ReadAllBytes(Path.Combine(work, "b", "runs.csv")), Is.Not.EqualTo(File.ReadAllBytes(Path.Combine(work, "a", "runs.csv"))));
    }
}
