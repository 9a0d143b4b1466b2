using Simulator.Engine;
using Simulator.History;
using Simulator.Observation;
using Simulator.Parameters;
using Simulator.Randomness;
using Simulator.Regimes;

namespace Simulator.Tests.History;

/// <summary>The calendar mode follows the record's state system (MODEL.md section 6).</summary>
public sealed class CalendarWorldTests
{
    internal static ModelParameters History(int burnIn = 30) => new()
    {
        Years = 200,
        Calendar = new CalendarParameters
        {
            StartYear = 1816, BurnInYears = burnIn, FollowRecord = true,
            Eras = "1816-1914, 1919-1939, 1946-1989, 1990-2007, 2008-2015",
        },
    };

    private static readonly Lazy<List<(RunResult Result, Recorder Recorder)>> Runs =
        new(() => Worlds.RunMany(History(), () => new NoRegime(), 12));

    [Test]
    public void Run_EveryReportedYear_IsLabelledByCalendarYear()
    {
        foreach (var (_, recorder) in Runs.Value)
            Assert.That(recorder.Years.Select(y => y.Year), Is.EqualTo(Enumerable.Range(1816, 200)));
    }

    [Test]
    public void Run_SystemSize_WithinTenPercentOfTheRecordEveryYear()
    {
        foreach (var (_, recorder) in Runs.Value)
            foreach (var y in recorder.Years)
            {
                int record = StateSystemRecord.StatesIn(y.Year);
                Assert.That(Math.Abs(y.AliveStates - record), Is.LessThanOrEqualTo(0.1 * record), $"{y.Year}: {y.AliveStates} states, record {record}");
            }
    }

    [Test]
    public void Run_GreatPowersAndDemocracies_FollowTheRecordEveryYear()
    {
        foreach (var (_, recorder) in Runs.Value)
            foreach (var y in recorder.Years)
            {
                Assert.That(y.GreatPowers, Is.EqualTo(StateSystemRecord.MajorPowersIn(y.Year)), $"great powers in {y.Year}");
                // Set at the start of the year; a democracy conquered later in the year may be missing at its end.
                int record = StateSystemRecord.DemocraciesIn(y.Year);
                Assert.That(y.Democracies, Is.InRange(record - Math.Max(3, record / 20), record), $"democracies in {y.Year}");
            }
    }

    [Test]
    public void Run_Eras_AddUpToNoMoreThanTheWholeAndCountTheirYears()
    {
        var eras = History().Calendar.ParseEras();
        foreach (var (result, _) in Runs.Value)
        {
            Assert.That(result.EraCount, Is.EqualTo(5));
            Assert.That(Enumerable.Range(0, 5).Select(e => result.InEra(e, WorldCounters.Years)), Is.EqualTo(eras.Select(e => (double)(e.LastYear - e.FirstYear + 1))));
            double wars = Enumerable.Range(0, 5).Sum(e => result.InEra(e, WorldCounters.InterstateWars));
            Assert.That(wars, Is.LessThanOrEqualTo(result[WorldCounters.InterstateWars]));
        }
    }

    [Test]
    public void Run_Episodes_NumberedFromZeroAfterTheBurnIn()
    {
        foreach (var (_, recorder) in Runs.Value)
        {
            var numbers = recorder.Episodes.Select(e => e.Episode).Order().ToList();
            Assert.That(numbers, Is.EqualTo(Enumerable.Range(0, numbers.Count)));
            Assert.That(recorder.Episodes.All(e => e.StartYear >= 1816), Is.True);
            Assert.That(recorder.Episodes.All(e => e.RelapseOf is null || e.RelapseOf < e.Episode), Is.True);
        }
    }

    [Test]
    public void StateSystemRecord_MatchesTheShippedTable()
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", "..", "data", "record", "system_size.csv");
        var rows = File.ReadAllLines(path).Skip(1).Select(l => l.Split(',').Select(int.Parse).ToArray()).ToList();

        Assert.That(rows, Has.Count.EqualTo(StateSystemRecord.LastYear - StateSystemRecord.FirstYear + 1));
        foreach (var r in rows)
            Assert.That(new[] { StateSystemRecord.StatesIn(r[0]), StateSystemRecord.MajorPowersIn(r[0]), StateSystemRecord.DemocraciesIn(r[0]) },
                Is.EqualTo(r[1..]), $"{r[0]}");
    }
}
