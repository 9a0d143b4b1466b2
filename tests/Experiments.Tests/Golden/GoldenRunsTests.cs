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
    private const string RunsSha256 = "b9d48ce5a440c4de4c2d171b6005dc60fa1ed82888c911eb0a0dbd3631318618";
    private const string EpisodesSha256 = "d31389fc633f4699c5113a966bf9f7b2c23c43f05ea573d7d20fa585870f4542";

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
