using System.Security.Cryptography;
using Experiments.Tests.EndToEnd;

namespace Experiments.Tests.Golden;

/// <summary>
/// Pins the model's output bit for bit: a small fixed experiment under every built-in regime, with
/// the SHA-256 of its runs.csv and episodes.csv. A refactoring must leave these unchanged; a change
/// of the model updates them on purpose, in a commit that says why.
/// </summary>
public sealed class GoldenRunsTests
{
    private const string Config = """
        name: golden
        seed: 7
        runs: 40
        regimes: [none, concert, league, un]
        model:
          years: 150
        """;

    // Updated only on purpose, with the reason in the commit message.
    private const string RunsSha256 = "27e3c4d8668a30045168cd5a5e705a106b88250992310a9f18b9a584a9eb811a";
    private const string EpisodesSha256 = "cb0ac14ebf6fff375fc0574ba31fb5b5c07a8a25fbb1df09b9e3e0ea05e73e11";

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
            Assert.That(Sha256(Path.Combine(output, "episodes.csv")), Is.EqualTo(EpisodesSha256), "episodes.csv");
        });
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
