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
    private const string RunsSha256 = "bcf017613d91ef90fafcbef65a0f5c356c66b8809632e047d1d4660d3fc42a84";
    private const string EpisodesSha256 = "d12addfa096bc8dfb57811532869fa27e54375c646cad1518ee799a242c14466";

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
