namespace Experiments.Tests.EndToEnd;

/// <summary>
/// A run killed (SIGKILL, at a point the test names through SIM_TEST_KILL_AT) in every phase, then
/// resumed, gives the bytes of an uninterrupted run; the points cover the folder claim, blocks,
/// checkpoints, committing the rows, the yearly files, summary, manifest and report.
/// </summary>
[NonParallelizable]
public sealed class FaultTests
{
    // 100 runs x 2 regimes = 200 items: with one thread, blocks of 64 and (under a kill point) a checkpoint after every block.
    private const string Config = """
        name: faults
        seed: 5150
        runs: 100
        regimes: [none, league]
        model:
          years: 30
        """;

    private string work = "", config = "", reference = "";

    [OneTimeSetUp]
    public void RunUninterrupted()
    {
        work = Path.Combine(Path.GetTempPath(), "sim-tests", "faults-" + Environment.ProcessId);
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        Directory.CreateDirectory(work);
        config = Path.Combine(work, "faults.yaml");
        File.WriteAllText(config, Config);
        reference = Path.Combine(work, "reference");
        var run = SimCli.Run("run", config, "--out", reference, "--quiet", "--no-report", "--threads", "1");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
    }

    [OneTimeTearDown]
    public void Clean()
    {
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
    }

    /// <summary>Starts the real process with a kill point and waits for it to die there.</summary>
    internal static void RunUntilKilled(string point, params string[] args)
    {
        using var process = SimCli.Start(args, (FaultPointVariable, point));
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.EqualTo(137), $"killed (SIGKILL) at {point}, not finished; stderr: {stderr.Result}");
    }

    private const string FaultPointVariable = "SIM_TEST_KILL_AT";

    [TestCase("before:.sim-results", false)]
    [TestCase("before:config.yaml", false)]
    [TestCase("after:config.yaml", false)]
    [TestCase("block.written", false)]
    [TestCase("checkpoint.counts-written", false)]
    [TestCase("before:checkpoint.json", false)]
    [TestCase("checkpoint.committed", false)]
    [TestCase("block.written#2", false)]
    [TestCase("checkpoint.counts-written#2", false)]
    [TestCase("checkpoint.committed#3", false)]
    [TestCase("block.written#4", false)]
    [TestCase("checkpoint.counts-written#4", false)]
    [TestCase("checkpoint.committed#4", false)]
    [TestCase("before:runs.csv", false)]
    [TestCase("after:runs.csv", false)]
    [TestCase("after:episodes.csv.gz", false)]
    [TestCase("after:yearly_counts.csv", false)]
    [TestCase("after:yearly.csv", false)]
    [TestCase("before:summary.csv", false)]
    [TestCase("after:summary.csv", false)]
    [TestCase("before:manifest.json", false)]
    [TestCase("after:manifest.json", false)]
    [TestCase("report.figure", true)]
    [TestCase("report.figure#3", true)]
    [TestCase("before:report.html", true)]
    [TestCase("after:report.html", true)]
    [TestCase("run.complete", false)]
    public void Run_KilledAtPointThenResumed_ByteIdenticalToAnUninterruptedRun(string point, bool report)
    {
        string folder = Path.Combine(work, "killed-" + point.Replace(':', '-').Replace('#', '-'));
        string[] options = report ? ["--quiet", "--threads", "1"] : ["--quiet", "--no-report", "--threads", "1"];

        RunUntilKilled(point, ["run", config, "--out", folder, .. options]);
        var resumed = SimCli.RunProcess(["run", config, "--out", folder, "--resume", .. options]);

        Assert.That(resumed.ExitCode, Is.Zero, resumed.Error);
        SimCli.AssertSameData(reference, folder);
        Assert.That(Directory.GetFiles(folder, "*.partial"), Is.Empty, "no partial files left");
        Assert.That(Directory.GetFiles(folder, "checkpoint*"), Is.Empty, "no checkpoint left");
        Assert.That(SimCli.Run("verify", folder).ExitCode, Is.Zero, "the manifest certifies the resumed files");
        if (report) Assert.That(File.Exists(Path.Combine(folder, "report.html")), Is.True);
    }

    [TestCase("after:runs.csv", false)]
    [TestCase("before:summary.csv", false)]
    [TestCase("before:manifest.json", false)]
    [TestCase("before:report.html", true)]
    public void Run_KilledAfterTheSimulation_ResumeRedoesNoRun(string point, bool report)
    {
        // Issue 12.2: the resume is armed to die at the first block it simulates; it must not simulate any.
        string folder = Path.Combine(work, "no-rerun-" + point.Replace(':', '-'));
        string[] options = report ? ["--quiet", "--threads", "1"] : ["--quiet", "--no-report", "--threads", "1"];
        RunUntilKilled(point, ["run", config, "--out", folder, .. options]);

        using var resume = SimCli.Start(["run", config, "--out", folder, "--resume", .. options], (FaultPointVariable, "block.written"));
        string error = resume.StandardError.ReadToEnd();
        resume.WaitForExit();

        Assert.That(resume.ExitCode, Is.Zero, "the resume simulated a block (or failed): " + error);
        SimCli.AssertSameData(reference, folder);
    }

    [Test]
    public void Run_KilledBetweenCountsAndCheckpoint_ResumeDoesNotCountRunsTwice()
    {
        // Issue 12.1: the counts of checkpoint 2 written, its checkpoint.json not: the resume must use checkpoint 1's counts.
        string folder = Path.Combine(work, "counts-twice");
        RunUntilKilled("checkpoint.counts-written#2", "run", config, "--out", folder, "--quiet", "--no-report", "--threads", "1");
        Assert.That(File.Exists(Path.Combine(folder, "checkpoint.json")), Is.True, "checkpoint 1 is there to resume from");

        var resumed = SimCli.Run("run", config, "--out", folder, "--resume", "--quiet", "--no-report", "--threads", "1");

        Assert.That(resumed.ExitCode, Is.Zero, resumed.Error);
        Assert.That(File.ReadAllBytes(Path.Combine(folder, "yearly.csv")), Is.EqualTo(File.ReadAllBytes(Path.Combine(reference, "yearly.csv"))));
    }

    [Test]
    public void Run_TamperedCheckpointCounts_ResumeRefusesInsteadOfMiscounting()
    {
        string folder = Path.Combine(work, "tampered-checkpoint");
        RunUntilKilled("block.written#3", "run", config, "--out", folder, "--quiet", "--no-report", "--threads", "1");
        string slot = Directory.GetFiles(folder, "checkpoint_yearly_counts.*.csv").First();
        File.AppendAllText(slot, "0,none,0,active_wars,0,5\n");

        var resumed = SimCli.Run("run", config, "--out", folder, "--resume", "--quiet", "--no-report", "--threads", "1");

        Assert.That(resumed.ExitCode, Is.Not.Zero);
        Assert.That(resumed.Error, Does.Contain("does not match its checkpoint's SHA-256"));
    }

    [Test]
    public void Run_WhileAnotherRunHoldsTheFolder_ExitsTwoAndLeavesItAlone()
    {
        // Issue 12.4: the test holds the folder's lock as a running sim would.
        string folder = Path.Combine(work, "locked");
        Directory.CreateDirectory(folder);
        var first = SimCli.Run("run", config, "--out", folder, "--quiet", "--no-report", "--threads", "1");
        Assert.That(first.ExitCode, Is.Zero, first.Error);
        string before = File.ReadAllText(Path.Combine(folder, "runs.csv"));

        using (new FileStream(Path.Combine(folder, ".sim-lock"), FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var second = SimCli.RunProcess("run", config, "--out", folder, "--force", "--runs", "7", "--quiet", "--no-report");
            var report = SimCli.RunProcess("report", folder, "--quiet");

            Assert.That(second.ExitCode, Is.EqualTo(2), second.Error);
            Assert.That(second.Error, Does.Contain("in use by another sim process"));
            Assert.That(report.ExitCode, Is.EqualTo(2), report.Error);
        }
        Assert.That(File.ReadAllText(Path.Combine(folder, "runs.csv")), Is.EqualTo(before));
    }

    [Test]
    public void Run_DiskFullDuringTheRun_OneLineExitOneThenResumesWhenThereIsSpace()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root") Assert.Ignore("needs root on Linux to mount a small tmpfs");
        string mountPoint = Path.Combine(work, "tiny");
        Directory.CreateDirectory(mountPoint);
        // 112 KB: the first block's rows fit (config 17 KB, runs 13 KB, its episodes' gzip member 48 KB), the
        // yearly counts of its checkpoint (60 KB) do not (a kill point that never fires makes a checkpoint follow every block).
        if (Sh($"mount -t tmpfs -o size=112k tmpfs '{mountPoint}'") != 0) Assert.Ignore("mount does not work here");
        try
        {
            string folder = Path.Combine(mountPoint, "out");
            using var process = SimCli.Start(["run", config, "--out", folder, "--quiet", "--no-report", "--threads", "1"], (FaultPointVariable, "never"));
            var full = (ExitCode: 0, Error: process.StandardError.ReadToEnd());
            process.WaitForExit();
            full.ExitCode = process.ExitCode;

            Assert.That(full.ExitCode, Is.EqualTo(1), full.Error);
            Assert.That(full.Error.TrimEnd('\n'), Does.Not.Contain('\n'), "one line");
            Assert.That(full.Error, Does.Contain("No space left on device").And.Contain("checkpoint_yearly_counts"));
            Assert.That(full.Error, Does.Not.Contain("AggregateException").And.Not.Contain("   at "));

            Assert.That(Sh($"mount -o remount,size=16m '{mountPoint}'"), Is.Zero);
            var resumed = SimCli.RunProcess("run", config, "--out", folder, "--resume", "--quiet", "--no-report", "--threads", "1");
            Assert.That(resumed.ExitCode, Is.Zero, resumed.Error);
            SimCli.AssertSameData(reference, folder);
            Assert.That(Directory.GetFiles(folder, "*.partial"), Is.Empty, "no partial files left");
        }
        finally
        {
            Sh($"umount '{mountPoint}'");
        }
    }

    private static int Sh(string command)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sh", ["-c", command + " 2>/dev/null"]))!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
