using System.Diagnostics;
using System.Text.RegularExpressions;
using Experiments.Tests.EndToEnd;

namespace Experiments.Tests.Slurm;

/// <summary>
/// The sharded run on a real Slurm cluster (scripts/slurm/run-experiment.sh): a job array of
/// shards plus a dependent merge must give byte-identical results to one `sim run`. Needs a
/// running cluster (`.ci/run` starts one with scripts/slurm/local-cluster.sh); skipped otherwise,
/// so the plain `dotnet test` passes on machines without Slurm.
/// </summary>
[Category("Slurm")]
[NonParallelizable]
public sealed partial class SlurmIntegrationTests
{
    private const int Shards = 4;

    private static readonly string[] ResultFiles = ["runs.csv", "episodes.csv.gz", "yearly.csv", "summary.csv", "targets.csv", "config.yaml"];

    // Two regimes so that the shards split a (regime, run) grid, not only one regime's runs; 260 runs
    // are 5 blocks of 64, so none of the 4 shards is empty (sim refuses an empty shard).
    private const string Config = """
        name: slurmtest
        seed: 11
        runs: 130
        regimes: [none, un]
        model:
          years: 60
        """;

    [Test]
    [CancelAfter(300_000)]
    public async Task ShardedRunOnSlurm_MergedResultsAreByteIdenticalToOneProcess()
    {
        var token = TestContext.CurrentContext.CancellationToken;
        await SkipUnlessSlurmIsUp(token);

        string work = SimCli.TempFolder("slurm");
        string config = SimCli.WriteConfig(work, Config, "slurmtest.yaml");
        string sim = Path.Combine(TestContext.CurrentContext.TestDirectory, "sim.dll");
        string single = Path.Combine(work, "single");
        string sharded = Path.Combine(work, "sharded");

        // Unset the array variables: inside a Slurm job (CI on a cluster) they would make this run a shard.
        var unsharded = new Dictionary<string, string?> { ["SLURM_ARRAY_TASK_ID"] = null, ["SLURM_ARRAY_TASK_COUNT"] = null };
        var whole = await Run("dotnet", [sim, "run", config, "--out", single, "--no-report", "--quiet"], unsharded, token);
        Assert.That(whole.ExitCode, Is.Zero, "single-process sim run failed:\n" + whole.Error);

        string script = Path.Combine(DocsTests.RepositoryRoot(), "scripts", "slurm", "run-experiment.sh");
        // The script splits SIM on spaces: the test directory must not contain any.
        var environment = new Dictionary<string, string?> { ["SIM"] = $"dotnet {sim}" };
        string? arrayJob = null, mergeJob = null;
        try
        {
            // The script's own timeout ends its wait before the test's [CancelAfter] does.
            var submit = await Run("bash", [script, "--wait", "--timeout", "240", config, sharded, Shards.ToString()], environment, token);
            arrayJob = ArrayJobId().Match(submit.Out) is { Success: true } a ? a.Groups["array"].Value : null;
            mergeJob = MergeJobId().Match(submit.Out) is { Success: true } m ? m.Groups["merge"].Value : null;
            Assert.That(submit.ExitCode, Is.Zero, $"run-experiment.sh failed:\n{submit.Out}\n{submit.Error}");
            Assert.That(arrayJob, Is.Not.Null, "no array_job= line:\n" + submit.Out);
            Assert.That(mergeJob, Is.Not.Null, "no merge_job= line:\n" + submit.Out);

            // Finished jobs stay visible to squeue for MinJobAge (300 s) even without accounting.
            var states = await Run("squeue", ["-t", "all", "-h", "-j", $"{arrayJob},{mergeJob}", "-o", "%i %T"], null, token);
            var lines = states.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines, Has.Length.EqualTo(Shards + 1), "expected every array task and the merge job:\n" + states.Out);
            Assert.That(lines, Has.All.EndsWith(" COMPLETED"), states.Out);

            // A job that failed to launch can still be reported COMPLETED, with its node drained.
            var drained = await Run("sinfo", ["-h", "-R"], null, token);
            Assert.That(drained.Out.Trim(), Is.Empty, "drained or down nodes after the run");

            for (int k = 0; k < Shards; k++)
                Assert.That(Directory.Exists(Path.Combine(sharded, "shards", k.ToString())), $"shard {k} folder missing");
            foreach (string file in ResultFiles)
            {
                string merged = Path.Combine(sharded, "merged", file);
                Assert.That(File.Exists(merged), $"merged/{file} missing");
                Assert.That(File.ReadAllBytes(merged), Is.EqualTo(File.ReadAllBytes(Path.Combine(single, file))),
                    $"{file} differs between the merged shards and the single-process run");
            }
        }
        finally
        {
            // Never leave jobs queued behind a failed or cancelled test (no-op once they finished).
            var ids = new[] { arrayJob, mergeJob }.OfType<string>().ToArray();
            if (ids.Length > 0) await Run("scancel", ids, null, CancellationToken.None);
        }
    }

    private static async Task SkipUnlessSlurmIsUp(CancellationToken token)
    {
        bool onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, "sbatch")));
        if (!onPath) Assert.Ignore("sbatch is not on PATH: no Slurm here (scripts/slurm/local-cluster.sh start sets one up)");

        // Ask the controller first: sbatch retries for about 27 s when it is down.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(token);
        limit.CancelAfter(TimeSpan.FromSeconds(30));
        (int ExitCode, string Out, string Error) ping;
        try { ping = await Run("scontrol", ["ping"], null, limit.Token); }
        catch (OperationCanceledException) when (!token.IsCancellationRequested) { ping = (-1, "", "timed out"); }
        if (ping.ExitCode != 0 || !ping.Out.Contains("is UP", StringComparison.Ordinal))
            Assert.Ignore($"the Slurm controller does not answer `scontrol ping` ({ping.Out.Trim()} {ping.Error.Trim()}): start it with scripts/slurm/local-cluster.sh start");
    }

    private static async Task<(int ExitCode, string Out, string Error)> Run(
        string file, string[] args, Dictionary<string, string?>? environment, CancellationToken token)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        if (environment is not null)
            foreach (var (key, value) in environment)
                if (value is null) start.Environment.Remove(key); else start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    [GeneratedRegex(@"^array_job=(?<array>\d+)$", RegexOptions.Multiline)]
    private static partial Regex ArrayJobId();

    [GeneratedRegex(@"^merge_job=(?<merge>\d+)$", RegexOptions.Multiline)]
    private static partial Regex MergeJobId();
}
