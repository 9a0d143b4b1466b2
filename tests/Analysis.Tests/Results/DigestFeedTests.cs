using System.Text;
using Analysis.Results;
using Simulator.Observation;

namespace Analysis.Tests.Results;

/// <summary>
/// The digest a run builds as it writes its rows (<see cref="DigestFeed"/>) is the digest read back from the written
/// tables (<see cref="ResultsDigest"/>), number for number: two regimes of calendar runs with eras and posterior
/// particles, runs without episodes, episodes still going at the horizon, renewals, peacekeepers, great powers and wars
/// of two states, fed in blocks of any size.
/// </summary>
public sealed class DigestFeedTests
{
    private const int RunsPerRegime = 23, Years = 60, FirstYear = 1900;
    private static readonly string[] Regimes = ["none", "un"];
    private static readonly string[] Eras = ["1900-1929", "1930-1959"];

    /// <summary>One run: its runs.csv row, its eras.csv rows and its episodes, all derived from its number.</summary>
    private sealed record Run(string RunsRow, string ErasRows, DigestEpisode[] Episodes);

    private static List<Run> MakeRuns(bool withParticle)
    {
        var runs = new List<Run>();
        foreach (var regime in Regimes)
            for (int r = 0; r < RunsPerRegime; r++)
            {
                int seed = 7 * r + regime.Length;
                string Counters(int salt) => string.Join(',', CounterRegistry.All.Select((c, i) =>
                    c.Name == "years" ? Years.ToString() : i % 5 == 4 ? "" : ((seed * 31 + i * 17 + salt) % 11).ToString()));
                string runsRow = withParticle ? $"0,{regime},{r},{seed},{r % 4},{Counters(0)}\n" : $"0,{regime},{r},{seed},{Counters(0)}\n";
                string erasRows = string.Concat(Eras.Select((era, e) => $"0,{regime},{r},{era},{Counters(e + 1)}\n"));
                runs.Add(new Run(runsRow, erasRows, Episodes(r, seed)));
            }
        return runs;
    }

    /// <summary>A run's episodes in episode order; every fifth run has none.</summary>
    private static DigestEpisode[] Episodes(int r, int seed)
    {
        if (r % 5 == 3) return [];
        var episodes = new List<DigestEpisode>();
        int count = 2 + seed % 7;
        for (int n = 0; n < count; n++)
        {
            int start = FirstYear + (seed * 13 + n * 9) % Years;
            int end = (n + seed) % 6 == 0 ? -1 : Math.Min(FirstYear + Years - 1, start + (n * seed) % 9);
            int relapseOf = n > 0 && (n + r) % 3 == 0 && episodes[n - 1].End >= 0 ? n - 1 : -1;
            episodes.Add(new DigestEpisode(n, Civil: (n + r) % 2 == 0, start, end, relapseOf, Peacekeeping: (n * r) % 4 == 1,
                GreatPowers: (n + seed) % 3, Participants: 2 + (n * seed) % 3));
        }
        return [.. episodes];
    }

    private static string EpisodesCsv(List<Run> runs)
    {
        var text = new StringBuilder(string.Join(',', Columns.Episodes) + "\n");
        for (int i = 0; i < runs.Count; i++)
        {
            string regime = Regimes[i / RunsPerRegime];
            int r = i % RunsPerRegime;
            foreach (var e in runs[i].Episodes)
                text.Append($"0,{regime},{r},{e.Number},{(e.Civil ? "civil" : "interstate")},{e.Start},{(e.End < 0 ? "" : e.End)},")
                    .Append($"{(e.End < 0 ? "" : "victory")},100,{e.GreatPowers},false,{(e.RelapseOf < 0 ? "" : e.RelapseOf)},1,2,")
                    .Append($"{e.Participants},{(e.Peacekeeping ? "true" : "false")}\n");
        }
        return text.ToString();
    }

    [TestCase(true, 1)]
    [TestCase(true, 7)]
    [TestCase(true, 1000)]
    [TestCase(false, 5)]
    public void Fed_InBlocks_IsTheDigestReadFromTheTables(bool withParticle, int blockSize)
    {
        var runs = MakeRuns(withParticle);
        string runsCsv = string.Join(',', Columns.RunsOf(withParticle)) + "\n" + string.Concat(runs.Select(r => r.RunsRow));
        string erasCsv = string.Join(',', Columns.Eras) + "\n" + string.Concat(runs.Select(r => r.ErasRows));
        var read = ResultsDigest.FromText(runsCsv, erasCsv, EpisodesCsv(runs), FirstYear);

        var feed = new DigestFeed(FirstYear, Columns.RunsOf(withParticle), Eras.Length);
        for (int first = 0; first < runs.Count; first += blockSize)
        {
            var block = runs.Skip(first).Take(blockSize).ToList();
            feed.Add(Encoding.UTF8.GetBytes(string.Concat(block.Select(r => r.RunsRow))), Encoding.UTF8.GetBytes(string.Concat(block.Select(r => r.ErasRows))),
                k => block[k].Episodes);
        }
        var fed = feed.Complete();

        AssertSame(read, fed);
        Assert.That(read.Groups.Sum(g => g.Spells(civil: true) + g.Spells(civil: false)), Is.GreaterThan(100), "the runs end enough episodes to compare");
        Assert.That(read.Groups[0].Eras[1].WarsBegun.Sum(), Is.GreaterThan(0), "wars begin in the second era");
    }

    [TestCase(-1)]
    [TestCase(+1)]
    public void Fed_ErasRowsOfAnotherCount_IsRefused(int extra)
    {
        var runs = MakeRuns(withParticle: false).Take(3).ToList();
        string eras = string.Concat(runs.Select(r => r.ErasRows));
        eras = extra < 0 ? eras[..eras.TrimEnd('\n').LastIndexOf('\n')] + "\n" : eras + runs[^1].ErasRows.Split('\n')[0] + "\n";
        var feed = new DigestFeed(FirstYear, Columns.RunsOf(false), Eras.Length);

        Assert.That(() => feed.Add(Encoding.UTF8.GetBytes(string.Concat(runs.Select(r => r.RunsRow))), Encoding.UTF8.GetBytes(eras), k => runs[k].Episodes),
            Throws.ArgumentException.With.Message.Contains("eras rows"));
    }

    private static void AssertSame(ResultsDigest read, ResultsDigest fed)
    {
        Assert.That(fed.EraNames, Is.EqualTo(read.EraNames));
        Assert.That(fed.Calendar, Is.EqualTo(read.Calendar));
        Assert.That(fed.HasPosterior, Is.EqualTo(read.HasPosterior));
        Assert.That(fed.Groups.Select(g => (g.Point, g.Regime, g.Runs, g.Years, g.FirstYear)), Is.EqualTo(read.Groups.Select(g => (g.Point, g.Regime, g.Runs, g.Years, g.FirstYear))));
        foreach (var (a, b) in read.Groups.Zip(fed.Groups))
        {
            foreach (var counter in CounterRegistry.All)
                Assert.That(b.Column(counter.Name), Is.EqualTo(a.Column(counter.Name)), counter.Name);
            Assert.That(b.TryColumn(Columns.Particle), Is.EqualTo(a.TryColumn(Columns.Particle)));
            for (int d = 0; d < a.Decades; d++)
                Assert.That(b.InterstateOnsetsInDecade(d), Is.EqualTo(a.InterstateOnsetsInDecade(d)), $"decade {d}");
            foreach (bool civil in new[] { true, false })
            {
                foreach (bool? peacekeeping in new bool?[] { null, true, false })
                {
                    Assert.That(b.Spells(civil, peacekeeping), Is.EqualTo(a.Spells(civil, peacekeeping)));
                    Assert.That(b.Relapse(civil, peacekeeping).Steps.ToArray(), Is.EqualTo(a.Relapse(civil, peacekeeping).Steps.ToArray()));
                }
                for (int horizon = 1; horizon <= GroupDigest.RelapseYearsKept; horizon++)
                    Assert.That(b.RelapseParameterVariance(civil, horizon), Is.EqualTo(a.RelapseParameterVariance(civil, horizon)));
            }
            Assert.That(b.Eras.Select(e => e.Name), Is.EqualTo(a.Eras.Select(e => e.Name)));
            foreach (var (x, y) in a.Eras.Zip(b.Eras))
            {
                Assert.That((y.WarsBegun, y.WarsWithGreatPower, y.TwoStateWars), Is.EqualTo((x.WarsBegun, x.WarsWithGreatPower, x.TwoStateWars)), x.Name);
                foreach (var counter in CounterRegistry.All)
                    Assert.That(y.Column(counter.Name), Is.EqualTo(x.Column(counter.Name)), $"{x.Name} {counter.Name}");
                foreach (bool civil in new[] { true, false })
                {
                    Assert.That(y.Spells.Count(civil, null), Is.EqualTo(x.Spells.Count(civil, null)));
                    Assert.That(y.Spells.Relapse(civil, null).Steps.ToArray(), Is.EqualTo(x.Spells.Relapse(civil, null).Steps.ToArray()));
                    Assert.That(b.RelapseParameterVariance(civil, 5, y), Is.EqualTo(a.RelapseParameterVariance(civil, 5, x)));
                }
            }
        }
    }
}
