using System.Globalization;
using Analysis.Results;
using Simulator.Engine;
using Simulator.Observation;
using Simulator.Parameters;
using Simulator.Regimes;

namespace Experiments.Tests.EndToEnd;

/// <summary>
/// runs.csv and its readers follow the counter registry: every counter's value stands under its own
/// column name, and the digest reads it back, as replaying the run in the Simulator gives it.
/// </summary>
public sealed class CounterRegistryTests
{
    private const string Config = """
        name: registry
        seed: 31
        runs: 6
        regimes: [none, league, un]
        model:
          years: 120
        """;

    private static readonly Lazy<string> Output = new(() =>
    {
        string work = SimCli.TempFolder("registry");
        string config = SimCli.WriteConfig(work, Config);
        string output = Path.Combine(work, "out");
        var result = SimCli.Run("run", config, "--out", output, "--no-report", "--quiet");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        return output;
    });

    private static RunResult Replay(string regime, ulong seed) =>
        Simulation.Run(new ModelParameters { Years = 120 }, RegimeCatalog.Create(regime), seed);

    private static string Expected(RunResult result, Counter counter) => counter.Kind switch
    {
        CounterKind.Count => ((long)result[counter]).ToString(CultureInfo.InvariantCulture),
        CounterKind.Total => Math.Round(result[counter]).ToString("R", CultureInfo.InvariantCulture),
        _ => result.YearOf(counter)?.ToString(CultureInfo.InvariantCulture) ?? "",
    };

    [Test]
    public void RunsCsv_EveryCounter_StandsUnderItsColumnWithTheReplayedValue()
    {
        var table = ResultTable.Read(Path.Combine(Output.Value, "runs.csv"));

        Assert.That(table.Header, Is.EqualTo(new[] { "point", "regime", "run", "seed" }.Concat(CounterRegistry.All.Select(c => c.Name))));
        Assert.That(table.Rows, Has.Count.EqualTo(18));
        int checkedNonZero = 0;
        foreach (var row in table.Rows)
        {
            var replay = Replay(row[table.Column("regime")], ulong.Parse(row[table.Column("seed")], CultureInfo.InvariantCulture));
            foreach (var counter in CounterRegistry.All)
            {
                Assert.That(row[table.Column(counter.Name)], Is.EqualTo(Expected(replay, counter)), $"{row[table.Column("regime")]} run {row[table.Column("run")]}: {counter.Name}");
                if (row[table.Column(counter.Name)] is not ("0" or "")) checkedNonZero++;
            }
        }
        Assert.That(checkedNonZero, Is.GreaterThan(100), "the runs must exercise the counters");
    }

    [Test]
    public void Digest_EveryCounter_ReadsTheReplayedValues()
    {
        var digest = ResultsDigest.Read(Output.Value);
        var seeds = ResultTable.Read(Path.Combine(Output.Value, "runs.csv"));

        Assert.That(digest.Groups.Select(g => g.Regime), Is.EqualTo(new[] { "none", "league", "un" }));
        foreach (var group in digest.Groups)
        {
            var replays = seeds.Rows.Where(r => r[seeds.Column("regime")] == group.Regime)
                .Select(r => Replay(group.Regime, ulong.Parse(r[seeds.Column("seed")], CultureInfo.InvariantCulture))).ToArray();
            foreach (var counter in CounterRegistry.All)
            {
                double[] expected = replays.Select(r => counter.Kind == CounterKind.Total ? Math.Round(r[counter]) : r[counter]).ToArray();
                Assert.That(group.Column(counter.Name), Is.EqualTo(expected), $"{group.Regime}: {counter.Name}");
            }
        }
    }
}
