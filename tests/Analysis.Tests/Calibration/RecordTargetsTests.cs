using Analysis.Calibration;
using Analysis.Statistics;
using Analysis.Summary;

namespace Analysis.Tests.Calibration;

public class RecordTargetsTests
{
    [Test]
    public void All_EmbeddedTargets_ReadsEveryRowWithItsFields()
    {
        // Act
        var all = RecordTargets.All;
        var sf02 = RecordTargets.Get("sf02");
        var sf29 = RecordTargets.Get("sf29");

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(all, Has.Count.EqualTo(35));
            Assert.That(sf02, Is.EqualTo(new Target("sf02", "COW inter-state war onsets", "1816-1914", "39", "wars (0.394/yr)",
                "COW Inter-State War Data v4.0 (Sarkees & Wayman 2010)", "poisson95", "train")));
            Assert.That(sf02.Number, Is.EqualTo(39));
            Assert.That(sf29.Source, Does.Contain("war dyads over COW system dyad-years"), "a quoted cell with commas");
            Assert.That(RecordTargets.Get("sf05").IsTest, Is.True);
            Assert.That(RecordTargets.Get("sf56").Number, Is.Null, "a pair of counts is not one number");
        }
    }

    [Test]
    public void All_EveryTolerance_GivesABandAroundTheRecordsValue()
    {
        // Act / Assert: each measured target's band contains its own value.
        var (measurable, _) = TargetEvaluation.Partition(["1816-1853", "1816-1914", "1919-1939", "1946-1989", "1990-2007", "1948-1987", "1988-2020"], calendar: true);
        using (Assert.EnterMultipleScope())
        {
            foreach (var (target, measure) in measurable)
            {
                long? count = measure.CountFrom is { } from ? (long?)RecordTargets.Get(from).Number : null;
                string value = measure.Value ?? target.Value;
                var band = Tolerance.For(measure.Tolerance ?? target.Tolerance, value, measure.Unit ?? target.Unit, count);
                double centre = target.Tolerance == "range" ? (band.Low + band.High) / 2 : double.Parse(value.TrimStart('~'), System.Globalization.CultureInfo.InvariantCulture);
                Assert.That(band.Contains(centre), Is.True, $"{target.Id}: {band} around {value}");
            }
        }
    }

    [Test]
    public void Measures_EveryTarget_IsMeasuredOrHasAReasonButNotBoth()
    {
        // Arrange
        var measured = TargetMeasures.All.Select(m => m.TargetId).ToHashSet();

        // Assert
        using (Assert.EnterMultipleScope())
        {
            foreach (var t in RecordTargets.All)
                Assert.That(measured.Contains(t.Id) ^ TargetMeasures.NotMeasured.ContainsKey(t.Id), Is.True, t.Id);
            Assert.That(measured.Concat(TargetMeasures.NotMeasured.Keys).Where(id => RecordTargets.All.All(t => t.Id != id)), Is.Empty);
        }
    }

    [TestCase("id,quantity,period,value,unit,source,tolerance\nsf1,a,1816-1914,1,w,s,poisson95\n", "no column 'use'")]
    [TestCase("id,quantity,period,value,unit,source,tolerance,use\nsf1,a,1816-1914,1,w,s,poisson95,maybe\n", "neither train nor test")]
    [TestCase("id,quantity,period,value,unit,source,tolerance,use\nsf1,a,1816-1914,1,w,s,poisson95,train\nsf1,a,1816-1914,1,w,s,poisson95,test\n", "duplicate id 'sf1'")]
    [TestCase("id,quantity,period,value,unit,source,tolerance,use\nsf1,a,1816-1914,1,w,s,poisson95\n", "x.csv")]
    public void Parse_BadTable_ThrowsNamingTheProblem(string text, string message) =>
        Assert.That(() => RecordTargets.Parse(text, "x.csv"), Throws.InstanceOf<InvalidDataException>().With.Message.Contains(message));

    [Test]
    public void Partition_AbstractWorld_MeasuresOnlyWholeRunRatesAndShares()
    {
        // Act
        var (measurable, unmeasured) = TargetEvaluation.Partition([], calendar: false);

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(measurable.Select(m => m.Target.Id).Distinct(),
                Is.EquivalentTo(new[] { "sf23", "sf29", "sf30", "sf31", "sf32", "sf33", "sf34", "sf38", "sf39", "sf51", "sf55", "sf56", "sf62" }));
            Assert.That(unmeasured.Single(u => u.Target.Id == "sf02").Reason, Does.Contain("calendar"));
            Assert.That(unmeasured.Single(u => u.Target.Id == "sf52").Reason, Does.Contain("budget"));
        }
    }

    [Test]
    public void Partition_DefaultEras_MarksAPeriodThatIsNoEraAsNotMeasurable()
    {
        // Act
        var (measurable, unmeasured) = TargetEvaluation.Partition(["1816-1914", "1919-1939", "1946-1989", "1990-2007", "2008-2015"], calendar: true);

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(measurable.Select(m => m.Target.Id), Does.Contain("sf57").And.Contain("sf02").And.Contain("sf61"));
            Assert.That(unmeasured.Single(u => u.Target.Id == "sf58").Reason, Does.Contain("1816-1853 is not one of this run's eras"));
            Assert.That(unmeasured.Where(u => u.Target.Id == "sf60").Select(u => u.Label), Is.EqualTo(new[] { "sf60 (1948-1987)", "sf60 (1988-2020)" }));
        }
    }

    [Test]
    public void Check_SimulatedValues_AreConvertedToTheTargetsScaleAndJudgedAgainstTheBand()
    {
        // Arrange: 0.2 wars a year over 1816-1914 is 19.8 expected wars, below 39's band (27.7-53.3);
        // 120 civil onsets per run is below 169's band (144.5-195.5);
        // a crisis escalation share of 10% is inside 42/403's Wilson band.
        var metrics = new List<Metric>
        {
            new(0, "h", "war_onsets_per_year@1816-1914", new Interval(0.2, 0.15, 0.25), 8),
            new(0, "h", "civil_onsets@1816-1914", new Interval(120, 110, 130), 8),
            new(0, "h", "crisis_escalation_share@1816-1914", new Interval(0.10, 0.09, 0.11), 8),
            new(0, "h", "pko_relapse_hazard_ratio_civil", new Interval(0.4, 0.3, 0.6), 8),
            new(0, "other", "war_onsets_per_year@1816-1914", new Interval(0.4, 0.3, 0.5), 8),
        };
        var (measurable, _) = TargetEvaluation.Partition(["1816-1914"], calendar: true);

        // Act
        var checks = TargetEvaluation.Check(metrics, "h", measurable).ToDictionary(c => c.Label);

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(checks["sf02"].Simulated!.Value.Estimate, Is.EqualTo(19.8).Within(1e-9));
            Assert.That(checks["sf02"].Inside, Is.False);
            Assert.That(checks["sf19"].Simulated!.Value.Estimate, Is.EqualTo(120));
            Assert.That(checks["sf19"].Inside, Is.False);
            Assert.That(checks["sf24"].Simulated!.Value.Estimate, Is.EqualTo(10).Within(1e-9));
            Assert.That(checks["sf24"].Inside, Is.True);
            Assert.That(checks["sf62"].Simulated!.Value, Is.EqualTo(new Interval(-60, -70, -40)).Using<Interval>((a, b) =>
                Math.Abs(a.Estimate - b.Estimate) < 1e-9 && Math.Abs(a.Low - b.Low) < 1e-9 && Math.Abs(a.High - b.High) < 1e-9));
            Assert.That(checks["sf62"].Inside, Is.True);
            Assert.That(checks["sf06"].Simulated, Is.Null);
            Assert.That(checks["sf06"].Note, Does.Contain("no war_onsets_per_100_state_years@1816-1914"));
            Assert.That(checks["sf06"].Inside, Is.Null);
        }
    }
}
