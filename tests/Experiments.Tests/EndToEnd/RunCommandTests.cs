using Analysis.Results;

namespace Experiments.Tests.EndToEnd;

public sealed class RunCommandTests
{
    private static readonly string[] DeterministicFiles = ["runs.csv", "episodes.csv", "yearly.csv", "summary.csv", "config.yaml"];

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
    public void Run_SmallExperiment_WritesEveryResultFileWithTheContractedHeaders()
    {
        string work = SimCli.TempFolder("files");
        string config = SimCli.WriteConfig(work, SimCli.SmallConfig);
        string output = Path.Combine(work, "out");

        var result = SimCli.Run("run", config, "--out", output, "--runs", "30", "--quiet");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(File.ReadLines(Path.Combine(output, "runs.csv")).First().Split(','), Is.EqualTo(Columns.Runs));
        Assert.That(File.ReadLines(Path.Combine(output, "episodes.csv")).First().Split(','), Is.EqualTo(Columns.Episodes));
        Assert.That(File.ReadLines(Path.Combine(output, "summary.csv")).First().Split(','), Is.EqualTo(Columns.Summary));
        Assert.That(File.ReadLines(Path.Combine(output, "runs.csv")).Count(), Is.EqualTo(31));
        Assert.That(File.Exists(Path.Combine(output, "manifest.json")), Is.True);
        Assert.That(Directory.GetFiles(output, "*.partial"), Is.Empty);
        // The reader side of the contract: Analysis reads what Experiments wrote.
        var runs = ResultTable.Read(Path.Combine(output, "runs.csv"));
        Assert.That(runs.Rows.Select(r => r[runs.Column("run")]), Is.EqualTo(Enumerable.Range(0, 30).Select(i => i.ToString())));
        var summary = File.ReadAllText(Path.Combine(output, "summary.csv"));
        foreach (var metric in new[] { "war_onsets_per_100_state_years", "crisis_escalation_share", "civil_onsets_per_100_state_years",
                                       "relapse_10y_civil", "relapse_10y_interstate" })
            Assert.That(summary, Does.Contain($"0,none,{metric},"));
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
