using Analysis.Calibration;

namespace Analysis.Tests.Calibration;

public class TargetDistanceTests
{
    private static TargetCheck Check(string value, string tolerance, string unit = "ratio")
    {
        var target = new Target("t", "a quantity", "1816-2007", value, unit, "source", tolerance, "train");
        return new TargetCheck(target, new Measure("t", "m", "how", (_, v) => v), value, Tolerance.For(tolerance, value, unit), null, "");
    }

    [Test]
    public void Of_FactorBand_IsOneAtEitherEdgeOnTheLogScale()
    {
        var check = Check("18", "factor 2");

        Assert.Multiple(() =>
        {
            Assert.That(TargetDistance.Of(check, 36), Is.EqualTo(1).Within(1e-12));
            Assert.That(TargetDistance.Of(check, 9), Is.EqualTo(1).Within(1e-12));
            Assert.That(TargetDistance.Of(check, 18 * Math.Sqrt(2)), Is.EqualTo(0.5).Within(1e-12));
        });
    }

    [Test]
    public void Of_PoissonBand_MeasuresEachSideByItsOwnHalfWidth()
    {
        var check = Check("39", "poisson95", "wars");

        Assert.Multiple(() =>
        {
            Assert.That(TargetDistance.Of(check, check.Band.High), Is.EqualTo(1).Within(1e-12));
            Assert.That(TargetDistance.Of(check, check.Band.Low), Is.EqualTo(1).Within(1e-12));
            Assert.That(TargetDistance.Of(check, 39), Is.Zero);
        });
    }

    [Test]
    public void Of_NothingMeasured_IsLargeButFinite() =>
        Assert.That(TargetDistance.Of(Check("18", "factor 2"), double.NaN), Is.EqualTo(TargetDistance.Undefined));
}
