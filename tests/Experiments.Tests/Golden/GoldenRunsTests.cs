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
    private const string RunsSha256 = "312449bd0c23e5d3f773b8a19fabecbef76b9150821288903582f691c1452681";
    private const string EpisodesSha256 = "948c73277297a84638037642889f01e1116494140e9803bab8ec2a72634e9bef";

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
