using Experiments.Tests.EndToEnd;

namespace Experiments.Tests.Robustness;

/// <summary>
/// Issue 12: Sim touches only files it wrote, refuses tampered or foreign input with one line, and
/// can prove a folder (sim verify) and re-create it (sim reproduce).
/// </summary>
public sealed class ResultsFolderTests
{
    private const string Config = """
        name: robust
        seed: 99
        runs: 40
        regimes: [none, league]
        model:
          years: 30
        """;

    private static (string Work, string Config, string Folder) Fresh(string name, params string[] options)
    {
        string work = SimCli.TempFolder(name);
        string config = SimCli.WriteConfig(work, Config);
        string folder = Path.Combine(work, "out");
        var run = SimCli.Run(["run", config, "--out", folder, "--quiet", "--no-report", .. options]);
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        return (work, config, folder);
    }

    private static void EditOneByte(string path, int at = 200)
    {
        var bytes = File.ReadAllBytes(path);
        bytes[at] = (byte)(bytes[at] == (byte)'7' ? '8' : '7');
        File.WriteAllBytes(path, bytes);
    }

    private static void AssertOneLine((int ExitCode, string Out, string Error) result, int exitCode, params string[] mentions)
    {
        Assert.That(result.ExitCode, Is.EqualTo(exitCode), result.Error);
        Assert.That(result.Error.TrimEnd('\n'), Does.Not.Contain('\n'), "one line");
        Assert.That(result.Error, Does.Not.Contain("   at "), "no stack trace");
        foreach (var m in mentions) Assert.That(result.Error, Does.Contain(m));
    }

    [Test]
    public void VerifyAndReproduce_FreshFolder_EveryFileMatches()
    {
        var (_, _, folder) = Fresh("reproduce");

        var verify = SimCli.Run("verify", folder);
        var reproduce = SimCli.Run("reproduce", folder, "--threads", "1");

        Assert.That(verify.ExitCode, Is.Zero, verify.Out + verify.Error);
        Assert.That(verify.Out, Does.Contain("matches  runs.csv").And.Contain("all 7 files match"));
        Assert.That(reproduce.ExitCode, Is.Zero, reproduce.Out + reproduce.Error);
        Assert.That(reproduce.Out, Does.Contain("matches  runs.csv").And.Contain("matches  episodes.csv.gz").And.Contain("reproduced: all 7 files match"));
    }

    [Test]
    public void OneByteOfRunsCsvChanged_VerifyReproduceReportAndMergeAllRefuse()
    {
        var (work, config, folder) = Fresh("tampered");
        EditOneByte(Path.Combine(folder, "runs.csv"));

        var verify = SimCli.Run("verify", folder);
        var reproduce = SimCli.Run("reproduce", folder, "--threads", "1");
        var report = SimCli.Run("report", folder, "--quiet");

        Assert.That(verify.ExitCode, Is.EqualTo(1));
        Assert.That(verify.Out, Does.Contain("DIFFERS  runs.csv").And.Contain("matches  episodes.csv.gz"));
        Assert.That(reproduce.ExitCode, Is.EqualTo(1));
        Assert.That(reproduce.Out, Does.Contain("DIFFERS  runs.csv").And.Contain("not reproduced: 1 of 7"));
        AssertOneLine(report, 2, "runs.csv differs", "sim verify");

        // Shards: one byte edited, rows removed, episodes.csv.gz emptied or deleted: merge refuses each.
        for (int k = 0; k < 2; k++)
            Assert.That(SimCli.Run("run", config, "--out", Path.Combine(work, $"s{k}"), "--shard", $"{k}/2", "--quiet", "--no-report").ExitCode, Is.Zero);
        string runs = Path.Combine(work, "s1", "runs.csv"), episodes = Path.Combine(work, "s1", "episodes.csv.gz");
        byte[] keepRuns = File.ReadAllBytes(runs), keepEpisodes = File.ReadAllBytes(episodes);
        foreach (var (damage, what) in new (Action, string)[]
                 {
                     (() => EditOneByte(runs, 300), "runs.csv differs"),
                     (() => File.WriteAllLines(runs, File.ReadAllLines(runs).SkipLast(3)), "runs.csv differs"),
                     (() => File.WriteAllText(episodes, ""), "episodes.csv.gz differs"),
                     (() => File.Delete(episodes), "episodes.csv.gz missing"),
                 })
        {
            damage();
            AssertOneLine(SimCli.Run("merge", Path.Combine(work, "s0"), Path.Combine(work, "s1"), "--out", Path.Combine(work, "merged"), "--quiet", "--no-report"), 2, what);
            File.WriteAllBytes(runs, keepRuns);
            File.WriteAllBytes(episodes, keepEpisodes);
        }
        Assert.That(SimCli.Run("merge", Path.Combine(work, "s0"), Path.Combine(work, "s1"), "--out", Path.Combine(work, "merged"), "--quiet", "--no-report").ExitCode, Is.Zero);
    }

    [Test]
    public void Merge_ShardsOfDifferentBuilds_Refused()
    {
        string work = SimCli.TempFolder("builds");
        string config = SimCli.WriteConfig(work, Config);
        for (int k = 0; k < 2; k++) SimCli.Run("run", config, "--out", Path.Combine(work, $"s{k}"), "--shard", $"{k}/2", "--quiet", "--no-report");
        // As if shard 1 had been built from the same commit with local changes.
        string manifest = Path.Combine(work, "s1", "manifest.json");
        string text = File.ReadAllText(manifest);
        text = System.Text.RegularExpressions.Regex.Replace(text, "\"dirty\": (true|false)", "\"dirty\": true");
        text = System.Text.RegularExpressions.Regex.Replace(text, "\"source_diff\": \"[0-9a-f]*\"", "\"source_diff\": \"0123456789abcdef0123456789abcdef01234567\"");
        File.WriteAllText(manifest, text);

        var merge = SimCli.Run("merge", Path.Combine(work, "s0"), Path.Combine(work, "s1"), "--out", Path.Combine(work, "merged"));

        AssertOneLine(merge, 2, "uncommitted changes 0123456789ab", "shards of one version");
    }

    [Test]
    public void Merge_OutIsOneOfTheInputs_RefusedAndTheShardIsIntact()
    {
        string work = SimCli.TempFolder("merge-self");
        string config = SimCli.WriteConfig(work, Config);
        for (int k = 0; k < 2; k++) SimCli.Run("run", config, "--out", Path.Combine(work, $"s{k}"), "--shard", $"{k}/2", "--quiet", "--no-report");
        byte[] before = File.ReadAllBytes(Path.Combine(work, "s0", "runs.csv"));

        var merge = SimCli.Run("merge", Path.Combine(work, "s0"), Path.Combine(work, "s1"), "--out", Path.Combine(work, "s1", "..", "s0") + "/", "--force");

        AssertOneLine(merge, 2, "is also an input shard");
        Assert.That(File.ReadAllBytes(Path.Combine(work, "s0", "runs.csv")), Is.EqualTo(before));
        Assert.That(SimCli.Run("verify", Path.Combine(work, "s0")).ExitCode, Is.Zero);
    }

    [Test]
    public void ResumeOrForce_OnAFolderSimDidNotWrite_RefusedAndNothingChanged()
    {
        string work = SimCli.TempFolder("foreign");
        string config = SimCli.WriteConfig(work, Config);
        string folder = Path.Combine(work, "mine");
        Directory.CreateDirectory(Path.Combine(folder, "plots"));
        File.WriteAllText(Path.Combine(folder, "config.yaml"), "my own config\n");
        File.WriteAllText(Path.Combine(folder, "plots", "figure.png"), "my own figure");
        File.WriteAllText(Path.Combine(folder, "data.csv.partial"), "my download");

        var resume = SimCli.Run("run", config, "--out", folder, "--resume", "--quiet");
        var force = SimCli.Run("run", config, "--out", folder, "--force", "--quiet");

        AssertOneLine(resume, 2, "not a sim results folder");
        AssertOneLine(force, 2, "not a sim results folder");
        Assert.That(File.ReadAllText(Path.Combine(folder, "config.yaml")), Is.EqualTo("my own config\n"));
        Assert.That(File.Exists(Path.Combine(folder, "plots", "figure.png")), Is.True);
        Assert.That(File.Exists(Path.Combine(folder, "data.csv.partial")), Is.True);
    }

    [Test]
    public void Resume_OfAFinishedFolderWhoseRunsWereCutShort_RefusedNamingTheFile()
    {
        var (_, config, folder) = Fresh("resume-finished");
        Assert.That(SimCli.Run("run", config, "--out", folder, "--resume").Out, Does.Contain("already complete"));
        string runs = Path.Combine(folder, "runs.csv");
        var bytes = File.ReadAllBytes(runs);
        File.WriteAllBytes(runs, bytes[..(bytes.Length / 2)]);

        // It said "already complete" and exited 0, and the folder stayed cut short.
        var resume = SimCli.Run("run", config, "--out", folder, "--resume", "--quiet");

        AssertOneLine(resume, 2, "runs.csv differs", "sim verify");
    }

    [Test]
    public void Report_PlotsIsASymbolicLink_RefusedAndTheTargetUntouched()
    {
        var (work, _, folder) = Fresh("symlink");
        string elsewhere = Path.Combine(work, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "holiday.png"), "precious");
        File.WriteAllText(Path.Combine(elsewhere, "diagram.svg"), "precious");
        Directory.CreateSymbolicLink(Path.Combine(folder, "plots"), elsewhere);

        var report = SimCli.Run("report", folder, "--quiet");

        AssertOneLine(report, 2, "symbolic link");
        Assert.That(Directory.GetFiles(elsewhere).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "diagram.svg", "holiday.png" }));
    }

    [TestCase("--threads", "33554432", "--threads", "1 to 1024")]
    [TestCase("--runs", "10000001", "--runs", "1 to 10000000")]
    [TestCase("--out", "", "--out", "an empty path")]
    [TestCase("--shard", "0/100", "has no runs", "--allow-empty-shard")]
    [TestCase("--only-run", "40", "--only-run", "0 to 39")]
    public void Run_OutOfRangeOption_ExitsTwoWithOneLine(string option, string value, string mention1, string mention2)
    {
        string work = SimCli.TempFolder("option");
        string config = SimCli.WriteConfig(work, Config);
        string[] args = option == "--out" ? ["run", config, "--out", value, "--quiet"] : ["run", config, "--out", Path.Combine(work, "out"), "--quiet", option, value];

        AssertOneLine(SimCli.Run(args), 2, mention1, mention2);
        Assert.That(Directory.Exists(Path.Combine(work, "out")), Is.False, "nothing written");
    }

    [Test]
    public void Run_LatinHypercubeOf20000Points_ExitsTwoNamingTheLimit()
    {
        string work = SimCli.TempFolder("huge-design");
        string config = SimCli.WriteConfig(work, "name: huge\nruns: 1\nregimes: [none]\nmodel:\n  years: 30\ndesign:\n  kind: latin_hypercube\n  samples: 20000\n"
                                                 + "  seed: 1\n  parameters:\n    model.crises.base_hazard: {min: 0.003, max: 0.004}\n");

        AssertOneLine(SimCli.Run("run", config, "--out", Path.Combine(work, "out"), "--quiet"), 2, "20000 points", "at most 500000", "yearly: first_point");
        Assert.That(Directory.Exists(Path.Combine(work, "out")), Is.False, "nothing written");
    }

    [Test]
    public void Guard_FailureInsideTheWriterTask_OneLineNamingTheCauseNotTheWrapper()
    {
        // A full disk during a checkpoint surfaces from the writer task as an AggregateException.
        var error = new StringWriter();
        var stderr = Console.Error;
        Console.SetError(error);
        int code;
        try
        {
            code = Experiments.Commands.Cli.Guard(() => throw new AggregateException(new IOException("No space left on device : 'x/checkpoint.json'")));
        }
        finally
        {
            Console.SetError(stderr);
        }

        Assert.That(code, Is.EqualTo(1));
        Assert.That(error.ToString(), Is.EqualTo("sim: error: No space left on device : 'x/checkpoint.json'\n"));
    }

    [Test]
    public void Run_EmptyShardAllowed_WritesAnEmptyShard()
    {
        string work = SimCli.TempFolder("empty-shard");
        string config = SimCli.WriteConfig(work, Config);

        var run = SimCli.Run("run", config, "--out", Path.Combine(work, "out"), "--shard", "0/100", "--allow-empty-shard", "--quiet", "--no-report");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(File.ReadAllLines(Path.Combine(work, "out", "runs.csv")), Has.Length.EqualTo(1), "header only");
    }

    [TestCase("\"un2\\n\"")]
    [TestCase("\"un\\nx\"")]
    public void Run_CustomRegimeNameWithANewline_ExitsTwoBeforeRunning(string quotedName)
    {
        string work = SimCli.TempFolder("newline");
        string config = SimCli.WriteConfig(work, $"name: nl\nruns: 3\nregimes: [none, {quotedName}]\nmodel:\n  years: 10\ncustom_regimes:\n  {quotedName}:\n    base: un\n");

        var run = SimCli.Run("run", config, "--out", Path.Combine(work, "out"), "--quiet");

        AssertOneLine(run, 2, "not a valid regime name");
        Assert.That(Directory.Exists(Path.Combine(work, "out")), Is.False);
    }

    [Test]
    public void Run_ExperimentNameEndingInANewline_ExitsTwo()
    {
        string work = SimCli.TempFolder("newline-name");
        string config = SimCli.WriteConfig(work, "name: \"exp\\n\"\nruns: 3\nmodel:\n  years: 10\n");

        AssertOneLine(SimCli.Run("check", config), 2, "not a valid experiment name");
    }

    [Test]
    public void OnlyRunTrace_ReproducesRowKOfRunsCsv()
    {
        var (work, config, folder) = Fresh("trace");
        string trace = Path.Combine(work, "trace.txt");
        const int k = 17;

        var replay = SimCli.Run("run", config, "--only-run", k.ToString(System.Globalization.CultureInfo.InvariantCulture), "--trace", trace);

        Assert.That(replay.ExitCode, Is.Zero, replay.Error);
        var rows = File.ReadAllLines(Path.Combine(folder, "runs.csv"));
        var expected = rows.Skip(1).Where(r => r.Split(',')[0] == "0" && r.Split(',')[2] == k.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.That(expected, Has.Length.EqualTo(2), "one row per regime");
        Assert.That(replay.Out.TrimEnd('\n').Split('\n'), Is.EqualTo((string[])[rows[0], .. expected]), "stdout: header and the rows of run K");
        string text = File.ReadAllText(trace);
        foreach (var row in expected) Assert.That(text, Does.Contain("runs.csv: " + row));

        // The trace's own counts agree with the row's totals.
        var header = rows[0].Split(',');
        int Column(string row, string name) => int.Parse(row.Split(',')[Array.IndexOf(header, name)], System.Globalization.CultureInfo.InvariantCulture);
        var sections = text.Split("# run ", StringSplitOptions.RemoveEmptyEntries);
        for (int r = 0; r < 2; r++)
        {
            Assert.That(sections[r].Split('\n').Count(l => l.Contains(": crisis ", StringComparison.Ordinal)), Is.EqualTo(Column(expected[r], "crises")), "crises");
            Assert.That(sections[r].Split('\n').Count(l => l.Contains(": war ", StringComparison.Ordinal) && l.Contains(" begins", StringComparison.Ordinal)),
                Is.EqualTo(Column(expected[r], "interstate_wars")), "wars begun");
            Assert.That(sections[r].Split('\n').Count(l => l.Contains(": crisis ", StringComparison.Ordinal) && l.Contains(", prevented", StringComparison.Ordinal)), Is.EqualTo(Column(expected[r], "crises_prevented")), "prevented");
        }
    }
}
