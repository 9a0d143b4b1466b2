using Analysis.Statistics;

namespace Analysis.Tests.Statistics;

public class MeanEstimatorTests
{
    [Test]
    public void Estimate_HandExample_MatchesTextbookFormula()
    {
        // Arrange: values (3, 5, 8, 4): mean 5, deviations (−2, 0, 3, −1), Σd² = 14,
        // s = √(14/3) = 2.16024689946929, se = s/√4 = 1.08012344973464,
        // 5 ± 1.96 se = (2.8829580385201, 7.1170419614799) (by hand, checked in python3).
        double[] values = [3, 5, 8, 4];

        // Act
        Interval result = MeanEstimator.Estimate(values, 1.96);

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Estimate, Is.EqualTo(5.0));
            Assert.That(result.Low, Is.EqualTo(2.8829580385201).Within(1e-12));
            Assert.That(result.High, Is.EqualTo(7.1170419614799).Within(1e-12));
        }
    }

    [Test]
    public void Estimate_SingleValue_HasUnknownSpread()
    {
        // Arrange, Act
        Interval result = MeanEstimator.Estimate([4.0]);

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Estimate, Is.EqualTo(4.0));
            Assert.That(result.Low, Is.NaN);
            Assert.That(result.High, Is.NaN);
        }
    }

    [Test]
    public void Estimate_Empty_IsNaN()
    {
        // Arrange, Act
        Interval result = MeanEstimator.Estimate([]);

        // Assert
        Assert.That(result.Estimate, Is.NaN);
    }
}
