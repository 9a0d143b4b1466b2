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
    private const string Config = """
        name: golden
        seed: 7
        runs: 40
        regimes: [none, concert, league, un]
        model:
          years: 150
        """;

    // Updated only on purpose, with the reason in the commit message.
    private const string RunsSha256 = "44bdc26c18af8ef5933a1cbb909ad300a0a4ef526ef63f1125d057dc60159700";
    private const string EpisodesSha256 = "60ccdf2195394ec6dac310fb44a502c0524d1ea75e0307ef42d66c84778283ae";

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
