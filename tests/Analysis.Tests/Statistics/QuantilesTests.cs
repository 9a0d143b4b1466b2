using Analysis.Statistics;
using Simulator.Randomness;

namespace Analysis.Tests.Statistics;

public class QuantilesTests
{
    // Expected values: numpy.quantile's default (method="linear", Hyndman & Fan type 7),
    // h = (n − 1)p, x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎), evaluated by hand and in python3.
    [TestCase(new double[] { 1, 2, 3, 4 }, 0.1, 1.3)]
    [TestCase(new double[] { 1, 2, 3, 4 }, 0.5, 2.5)]
    [TestCase(new double[] { 1, 2, 3, 4 }, 0.9, 3.7)]
    [TestCase(new double[] { 15, 20, 35, 40, 50 }, 0.4, 29.0)] // Wikipedia "Percentile", second variant (C = 1)
    [TestCase(new double[] { 3, 6, 7, 8, 8, 10, 13, 15, 16, 20 }, 0.25, 7.25)]
    [TestCase(new double[] { 3, 6, 7, 8, 8, 10, 13, 15, 16, 20 }, 0.75, 14.5)]
    [TestCase(new double[] { 3, 6, 7, 8, 8, 10, 13, 15, 16, 20 }, 0.0, 3.0)]
    [TestCase(new double[] { 3, 6, 7, 8, 8, 10, 13, 15, 16, 20 }, 1.0, 20.0)]
    [TestCase(new double[] { 42 }, 0.3, 42.0)]
    public void R7_KnownSample_MatchesNumpyDefault(double[] sorted, double p, double expected)
    {
        // Arrange (the TestCase), Act
        double result = Quantiles.R7(sorted, p);

        // Assert
        Assert.That(result, Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void R7_Empty_IsNaN()
    {
        // Arrange, Act, Assert
        Assert.That(Quantiles.R7([], 0.5), Is.NaN);
    }

    [Test]
    public void R7_ProbabilityOutsideUnitInterval_Throws()
    {
        // Arrange, Act, Assert
        Assert.That(() => Quantiles.R7([1.0], 1.5), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void FromCounts_HandHistogram_MatchesExpandedSample()
    {
        // Arrange: counts (0:2, 1:0, 2:3, 3:1) is the sample 0, 0, 2, 2, 2, 3;
        // p = 0.3 → h = 1.5, halfway between x₍₁₎ = 0 and x₍₂₎ = 2: 1.0.
        long[] counts = [2, 0, 3, 1];

        // Act
        double result = Quantiles.FromCounts(counts, 0.3);

        // Assert
        Assert.That(result, Is.EqualTo(1.0).Within(1e-15));
    }

    [Test]
    public void FromCounts_RandomHistograms_EqualMathNetR7OnExpandedSampleToRoundingError()
    {
        // Arrange: 200 keyed random histograms (fixed seed) of up to 12 values with counts up to 6,
        // including empty bins and trailing zeros; probabilities include both ends.
        ulong seed = Keys.Mix(20260101);
        double[] fixedProbabilities = [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975, 1.0];
        using (Assert.EnterMultipleScope())
        {
            for (int trial = 0; trial < 200; trial++)
            {
                ulong key = Keys.Fold(seed, (ulong)trial);
                int length = 1 + (int)(Keys.ToUnit(Keys.Fold(key, 0)) * 12);
                var counts = new long[length];
                var sample = new List<double>();
                for (int k = 0; k < length; k++)
                {
                    counts[k] = (int)(Keys.ToUnit(Keys.Fold(key, (ulong)(k + 1))) * 7);
                    for (int c = 0; c < counts[k]; c++)
                    {
                        sample.Add(k);
                    }
                }

                if (sample.Count == 0)
                {
                    continue;
                }

                double randomP = Keys.ToUnit(Keys.Fold(key, 1000));
                foreach (double p in fixedProbabilities.Append(randomP))
                {
                    // Act
                    double fromCounts = Quantiles.FromCounts(counts, p);
                    double expanded = Quantiles.R7(sample.ToArray(), p);

                    // Assert: the same definition. MathNet computes the fraction from h + 1, which rounds away a few low bits
                    // that FromCounts (h − ⌊h⌋, exact) keeps, so they agree to rounding error, not bit for bit.
                    Assert.That(fromCounts, Is.EqualTo(expanded).Within(1e-13), $"trial {trial}, p {p}");
                }
            }
        }
    }

    [Test]
    public void FromCounts_AllZero_IsNaN()
    {
        // Arrange, Act, Assert
        Assert.That(Quantiles.FromCounts([0L, 0L], 0.5), Is.NaN);
    }
}
