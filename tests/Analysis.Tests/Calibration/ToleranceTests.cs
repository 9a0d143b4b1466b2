using Analysis.Calibration;
using Analysis.Statistics;

namespace Analysis.Tests.Calibration;

// Poisson reference values: the Garwood limits found independently of the χ² route, by bisection on the
// Poisson CDF in python3 (math only): upper U with P(X <= k; U) = 0.025, lower L with P(X >= k; L) = 0.025.
public class ToleranceTests
{
    [TestCase(9, 4.115373097378328, 17.084803451419177)]
    [TestCase(39, 27.732812489437087, 53.31428386583288)]
    [TestCase(0, 0.0, 3.688879454113936)]
    [TestCase(406, 367.4633351678732, 447.479251617381)]
    [TestCase(2000, 1913.2987096256047, 2089.617439445831)]
    public void Poisson95_Count_MatchesPoissonCdfRoots(long count, double low, double high)
    {
        // Act
        var band = Tolerance.Poisson95(count);

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(band.Low, Is.EqualTo(low).Within(1e-7));
            Assert.That(band.High, Is.EqualTo(high).Within(1e-7));
        }
    }

    [Test]
    public void For_Poisson95OfNineWars_Is4Point1To17Point1()
    {
        // Act
        var band = Tolerance.For("poisson95", "9", "wars (0.500/yr)");

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Math.Round(band.Low, 1), Is.EqualTo(4.1));
            Assert.That(Math.Round(band.High, 1), Is.EqualTo(17.1));
            Assert.That(band.Contains(9), Is.True);
            Assert.That(band.Contains(17.2), Is.False);
            Assert.That(band.Contains(4.0), Is.False);
        }
    }

    [Test]
    public void For_Poisson95OfTheWarCount_ScalesTheRateByTheCountsInterval()
    {
        // Act: 1.089 wars per 100 state-years from 39 wars.
        var band = Tolerance.For("poisson95 (of the war count)", "1.089", "rate", count: 39);

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(band.Low, Is.EqualTo(1.089 * 27.732812489437087 / 39).Within(1e-9));
            Assert.That(band.High, Is.EqualTo(1.089 * 53.31428386583288 / 39).Within(1e-9));
        }
    }

    [Test]
    public void For_Poisson95OfTheWarCountWithoutCount_Throws() =>
        Assert.That(() => Tolerance.For("poisson95 (of the war count)", "1.089", "rate"), Throws.ArgumentException);

    [Test]
    public void For_Poisson95CountInYears_GivesThePerYearBand()
    {
        // Act
        var band = Tolerance.For("poisson95 (406 MIDs in 99 years)", "4.1", "MIDs/yr");

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(band.Low, Is.EqualTo(367.46333516784546 / 99).Within(1e-8));
            Assert.That(band.High, Is.EqualTo(447.47925161738283 / 99).Within(1e-8));
        }
    }

    [Test]
    public void For_Poisson95ApproximateCount_ReadsTheNumberAfterTheTilde() =>
        Assert.That(Tolerance.For("poisson95 (each count)", "~58", "operations").Contains(58), Is.True);

    [Test]
    public void For_Poisson95NotACount_Throws() =>
        Assert.That(() => Tolerance.For("poisson95", "4.5", "wars"), Throws.ArgumentException);

    [Test]
    public void For_Wilson95_IsTheWilsonIntervalOfTheUnitsFractionInPercent()
    {
        // Arrange
        Interval wilson = Wilson.Interval(42, 403);

        // Act
        var band = Tolerance.For("wilson95", "10.4", "% (42/403)");

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(band.Low, Is.EqualTo(100 * wilson.Low).Within(1e-12));
            Assert.That(band.High, Is.EqualTo(100 * wilson.High).Within(1e-12));
            Assert.That(band.Contains(10.4), Is.True);
        }
    }

    [Test]
    public void For_Wilson95FractionInsideText_IsFound() =>
        Assert.That(Tolerance.For("wilson95", "4.1", "% of MIDs (107/2586)").Contains(4.1), Is.True);

    [Test]
    public void For_Wilson95WithoutFraction_Throws() =>
        Assert.That(() => Tolerance.For("wilson95", "34", "%"), Throws.ArgumentException);

    [Test]
    public void For_Factor_IsValueDividedAndMultiplied()
    {
        // Act
        var band = Tolerance.For("factor 2", "18", "ratio (59.6 vs 3.3 per 10k)");

        // Assert
        Assert.That(band, Is.EqualTo(new Band(9, 36)));
    }

    [Test]
    public void For_FactorBelowOne_Throws() =>
        Assert.That(() => Tolerance.For("factor 0.5", "18", "ratio"), Throws.ArgumentException);

    [Test]
    public void For_Rel_IsRelativeDistanceEitherWay()
    {
        // Act
        var band = Tolerance.For("rel 0.10", "36", "states");

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(band.Low, Is.EqualTo(32.4).Within(1e-12));
            Assert.That(band.High, Is.EqualTo(39.6).Within(1e-12));
        }
    }

    [Test]
    public void For_AbsOnAPercentage_IsThatManyPercentagePoints()
    {
        // Act: abs 0.10 of a proportion is 10 points on a value written in percent.
        var band = Tolerance.For("abs 0.10 (each share)", "56", "% with vs without UN PKO");

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(band.Low, Is.EqualTo(46).Within(1e-12));
            Assert.That(band.High, Is.EqualTo(66).Within(1e-12));
        }
    }

    [Test]
    public void For_AbsOnAPlainNumber_IsThatMuchEitherWay() =>
        Assert.That(Tolerance.For("abs 0.5", "2", "ratio"), Is.EqualTo(new Band(1.5, 2.5)));

    [Test]
    public void For_Range_IsTheValueItselfInEitherOrder()
    {
        // Act
        var band = Tolerance.For("range", "-50 to -75", "% hazard");

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(band, Is.EqualTo(new Band(-75, -50)));
            Assert.That(band.Contains(-60), Is.True);
            Assert.That(band.Contains(-40), Is.False);
        }
    }

    [Test]
    public void For_RangeNotWrittenAToB_Throws() =>
        Assert.That(() => Tolerance.For("range", "-50", "%"), Throws.ArgumentException);

    [Test]
    public void For_UnknownRule_Throws() =>
        Assert.That(() => Tolerance.For("within reason", "1", "wars"), Throws.ArgumentException);
}
