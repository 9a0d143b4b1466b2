using Analysis.Statistics;

namespace Analysis.Tests.Statistics;

public class RatioEstimatorTests
{
    [Test]
    public void Estimate_HandExample_MatchesLinearisedVariance()
    {
        // Arrange: y = (2, 0, 3, 1), x = (4, 1, 5, 2).
        // Σy = 6, Σx = 12, R = 0.5; residuals yᵢ − R xᵢ = (0, −0.5, 0.5, 0), Σ residual² = 0.5.
        // var = 4/3 · 0.5 / 144 = 0.00462962962962963, se = 0.0680413817439772,
        // R ± 1.96 se = (0.366638891781805, 0.633361108218195) (by hand, checked in python3).
        double[] y = [2, 0, 3, 1];
        double[] x = [4, 1, 5, 2];

        // Act
        Interval result = RatioEstimator.Estimate(y, x, 1.96);

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Estimate, Is.EqualTo(0.5).Within(1e-15));
            Assert.That(result.Low, Is.EqualTo(0.366638891781805).Within(1e-12));
            Assert.That(result.High, Is.EqualTo(0.633361108218195).Within(1e-12));
        }
    }

    [Test]
    public void Estimate_UnitDenominators_EqualsMeanInterval()
    {
        // Arrange: with every xᵢ = 1, R is the mean ȳ and the linearised variance is
        // n/(n−1) · Σ(yᵢ − ȳ)² / n² = s²/n. Without the n/(n−1) factor it would be (n−1)/n · s²/n,
        // i.e. narrower than the mean's interval by √((n−1)/n); with it the two agree exactly.
        double[] y = [3, 5, 8, 4, 0, 2.5, 7];
        double[] ones = [1, 1, 1, 1, 1, 1, 1];

        // Act
        Interval ratio = RatioEstimator.Estimate(y, ones);
        Interval mean = MeanEstimator.Estimate(y);

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ratio.Estimate, Is.EqualTo(mean.Estimate).Within(1e-12));
            Assert.That(ratio.Low, Is.EqualTo(mean.Low).Within(1e-12));
            Assert.That(ratio.High, Is.EqualTo(mean.High).Within(1e-12));
        }
    }

    [Test]
    public void Estimate_ZeroDenominatorTotal_IsNaN()
    {
        // Arrange
        double[] y = [1, 2];
        double[] x = [0, 0];

        // Act
        Interval result = RatioEstimator.Estimate(y, x);

        // Assert
        Assert.That(result.Estimate, Is.NaN);
    }

    [Test]
    public void Estimate_LengthMismatch_Throws()
    {
        // Arrange, Act, Assert
        Assert.That(() => RatioEstimator.Estimate([1.0, 2.0], [1.0]), Throws.ArgumentException);
    }
}
