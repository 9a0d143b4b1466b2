using Analysis.Statistics;

namespace Analysis.Tests.Statistics;

public class WilsonTests
{
    // Reference values: the roots in p of the score-test equation (p̂ − p)² = z² p (1 − p) / n,
    // solved as the quadratic (1 + z²/n) p² − (2p̂ + z²/n) p + p̂² = 0 in python3 (math only),
    // an independent route from the closed form the code uses; z = 1.959963984540054.
    [Test]
    public void Interval_81Of263_MatchesQuadraticRoots()
    {
        // Arrange
        const long successes = 81;
        const long n = 263;

        // Act
        Interval result = Wilson.Interval(successes, n);

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Estimate, Is.EqualTo(0.307984790874525).Within(1e-12));
            Assert.That(result.Low, Is.EqualTo(0.255288519878274).Within(1e-12));
            Assert.That(result.High, Is.EqualTo(0.3662095769828).Within(1e-12));
        }
    }

    [Test]
    public void Interval_5Of7_MatchesQuadraticRoots()
    {
        // Arrange, Act
        Interval result = Wilson.Interval(5, 7);

        // Assert: python3 quadratic roots as above.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Estimate, Is.EqualTo(5.0 / 7.0).Within(1e-15));
            Assert.That(result.Low, Is.EqualTo(0.358934451832619).Within(1e-12));
            Assert.That(result.High, Is.EqualTo(0.917781075995943).Within(1e-12));
        }
    }

    [Test]
    public void Interval_ZeroSuccesses_LowIsExactlyZero()
    {
        // Arrange, Act
        Interval result = Wilson.Interval(0, 10);

        // Assert: upper root z²/(n + z²) = 3.8414588/13.8414588 = 0.277532799862889 (python3).
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Estimate, Is.Zero);
            Assert.That(result.Low, Is.Zero);
            Assert.That(result.High, Is.EqualTo(0.277532799862889).Within(1e-12));
        }
    }

    [Test]
    public void Interval_AllSuccesses_HighIsExactlyOne()
    {
        // Arrange, Act
        Interval result = Wilson.Interval(10, 10);

        // Assert: by symmetry the lower root is 1 − 0.277532799862889.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Estimate, Is.EqualTo(1.0));
            Assert.That(result.Low, Is.EqualTo(0.722467200137111).Within(1e-12));
            Assert.That(result.High, Is.EqualTo(1.0));
        }
    }

    [Test]
    public void Interval_NoTrials_IsNaN()
    {
        // Arrange, Act
        Interval result = Wilson.Interval(0, 0);

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Estimate, Is.NaN);
            Assert.That(result.Low, Is.NaN);
            Assert.That(result.High, Is.NaN);
        }
    }

    [Test]
    public void Interval_MoreSuccessesThanTrials_Throws()
    {
        // Arrange, Act, Assert
        Assert.That(() => Wilson.Interval(11, 10), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
