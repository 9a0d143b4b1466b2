using System.Security.Cryptography;
using Experiments.Tests.EndToEnd;

namespace Experiments.Tests.Golden;

/// <summary>
/// Pins the model's output bit for bit: a small fixed experiment under every built-in regime, with
/// the SHA-256 of its runs.csv and of the CSV inside episodes.csv.gz (the decompressed bytes, so the pin
/// is the model's, whatever the compression). A refactoring must leave these unchanged; a change
/// of the model updates them on purpose, in a commit that says why.
/// </summary>
public sealed class GoldenRunsTests
{
    internal const string Config = """
        name: golden
        seed: 7
        runs: 40
        regimes: [none, concert, league, un]
        model:
          years: 150
        """;

    // Updated only on purpose, with the reason in the commit message.
    private const string RunsSha256 = "284392a538d9e2c8cc83602244ea00c042d39114c8000aa65e6a3bffa8584d64";
    private const string EpisodesSha256 = "cbd92388f736cbc7f2ac6d7068f2291c9bd02bb4f286483083e295bdd865feb8";

    [Test]
    public void Run_GoldenExperiment_MatchesPinnedHashes()
    {
        string work = SimCli.TempFolder("golden");
        string config = SimCli.WriteConfig(work, Config);
        string output = Path.Combine(work, "out");

        var result = SimCli.Run("run", config, "--out", output, "--no-report", "--quiet");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.Multiple(() =>
        {
            Assert.That(Sha256(Path.Combine(output, "runs.csv")), Is.EqualTo(RunsSha256), "runs.csv");
            Assert.That(Sha256(Path.Combine(output, "episodes.csv.gz")), Is.EqualTo(EpisodesSha256), "episodes.csv.gz, decompressed");
        });
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(SimCli.CsvBytes(path)));
}
