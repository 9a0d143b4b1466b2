namespace Experiments.Tests.EndToEnd;

/// <summary>Sharding and merging give exactly the files of one uninterrupted run (resuming: <see cref="FaultTests"/>).</summary>
public sealed class ScaleTests
{
    private const string Config = """
        name: scale
        seed: 31
        runs: 150
        regimes: [none, league]
        model:
          years: 80
        """;

    private static void AssertSameFiles(string expected, string actual) => SimCli.AssertSameData(expected, actual);

    [Test]
    public void Merge_ThreeShards_ByteIdenticalToTheWholeRun()
    {
        string work = SimCli.TempFolder("shards");
        string config = SimCli.WriteConfig(work, Config);
        SimCli.Run("run", config, "--out", Path.Combine(work, "whole"), "--quiet");

        for (int k = 0; k < 3; k++)
        {
            var shard = SimCli.Run("run", config, "--out", Path.Combine(work, $"s{k}"), "--shard", $"{k}/3", "--quiet", "--threads", k == 1 ? "1" : "2");
            Assert.That(shard.ExitCode, Is.Zero, shard.Error);
        }
        var merged = SimCli.Run("merge", Path.Combine(work, "s2"), Path.Combine(work, "s0"), Path.Combine(work, "s1"), "--out", Path.Combine(work, "merged"), "--quiet");

        Assert.That(merged.ExitCode, Is.Zero, merged.Error);
        AssertSameFiles(Path.Combine(work, "whole"), Path.Combine(work, "merged"));

        // sim report regenerates the summary from the files: the same on the merged folder as on the whole run.
        var reportWhole = SimCli.Run("report", Path.Combine(work, "whole"));
        var reportMerged = SimCli.Run("report", Path.Combine(work, "merged"));
        Assert.That(reportWhole.ExitCode, Is.Zero, reportWhole.Error);
        Assert.That(reportMerged.ExitCode, Is.Zero, reportMerged.Error);
        Assert.That(File.ReadAllBytes(Path.Combine(work, "merged", "summary.csv")), Is.EqualTo(File.ReadAllBytes(Path.Combine(work, "whole", "summary.csv"))));
        Assert.That(File.Exists(Path.Combine(work, "merged", "report.html")), Is.True);
    }

    [Test]
    public void Run_SlurmArrayEnvironment_TakesItsShardFromIt()
    {
        string work = SimCli.TempFolder("slurm-env");
        string config = SimCli.WriteConfig(work, Config);
        SimCli.Run("run", config, "--out", Path.Combine(work, "explicit"), "--shard", "1/2", "--quiet");

        Environment.SetEnvironmentVariable("SLURM_ARRAY_TASK_ID", "1");
        Environment.SetEnvironmentVariable("SLURM_ARRAY_TASK_COUNT", "2");
        try
        {
            SimCli.Run("run", config, "--out", Path.Combine(work, "fromenv"), "--quiet");
        }
        finally
        {
            Environment.SetEnvironmentVariable("SLURM_ARRAY_TASK_ID", null);
            Environment.SetEnvironmentVariable("SLURM_ARRAY_TASK_COUNT", null);
        }

        AssertSameFiles(Path.Combine(work, "explicit"), Path.Combine(work, "fromenv"));
        Assert.That(File.ReadAllText(Path.Combine(work, "fromenv", "manifest.json")), Does.Contain("\"shards\": \"1/2\""));
    }

    [Test]
    public void Merge_MissingDuplicateOrForeignShards_ExitTwoAndSayWhich()
    {
        string work = SimCli.TempFolder("bad-merge");
        string config = SimCli.WriteConfig(work, Config);
        string other = SimCli.WriteConfig(work, Config.Replace("seed: 31", "seed: 32"), "other.yaml");
        // 40 runs are one block: shards 0 and 1 are empty, which sim refuses unless asked.
        for (int k = 0; k < 3; k++) SimCli.Run("run", config, "--out", Path.Combine(work, $"s{k}"), "--shard", $"{k}/3", "--quiet", "--runs", "20", "--allow-empty-shard");
        SimCli.Run("run", other, "--out", Path.Combine(work, "foreign"), "--shard", "2/3", "--quiet", "--runs", "20");
        string S(string name) => Path.Combine(work, name);

        var missing = SimCli.Run("merge", S("s0"), S("s1"), "--out", S("m1"));
        var duplicate = SimCli.Run("merge", S("s0"), S("s1"), S("s1"), S("s2"), "--out", S("m2"));
        var foreign = SimCli.Run("merge", S("s0"), S("s1"), S("foreign"), "--out", S("m3"));

        Assert.That(missing.ExitCode, Is.EqualTo(2));
        Assert.That(missing.Error, Does.Contain("missing shards: 2 of 3"));
        Assert.That(duplicate.ExitCode, Is.EqualTo(2));
        Assert.That(duplicate.Error, Does.Contain("duplicate shards: 1"));
        Assert.That(foreign.ExitCode, Is.EqualTo(2));
        Assert.That(foreign.Error, Does.Contain("different config or seed"));
    }
}
