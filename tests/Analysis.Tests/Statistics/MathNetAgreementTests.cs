using Analysis.Statistics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace Analysis.Tests.Statistics;

/// <summary>Where Sim keeps its own number instead of MathNet's, how far apart they are and which is closer.</summary>
public sealed class MathNetAgreementTests
{
    [Test]
    public void Z95_IsOneUlpBelowTheCorrectlyRoundedQuantileAndCloserThanMathNet()
    {
        // Φ⁻¹(0.975) = 1.95996398454005423552… (OEIS A220510); the nearest double is 1.9599639845400543.
        double mathNet = Normal.InvCDF(0, 1, 0.975);

        Assert.That(Math.BitIncrement(Interval.Z95), Is.EqualTo(1.9599639845400543));
        Assert.That(mathNet, Is.EqualTo(Math.BitDecrement(Interval.Z95)), "MathNet 5.0 is one more ulp low");
    }

    [Test]
    public void MeanEstimator_AgreesWithMathNetMeanAndVarianceToRoundingError()
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 5000).Select(_ => (double)random.Next(0, 3_000_000)).ToArray();
        var (mean, variance) = ArrayStatistics.MeanVariance(values);
        double z = Interval.Z95;

        var interval = MeanEstimator.Estimate(values);

        Assert.That(interval.Estimate, Is.EqualTo(mean).Within(1e-12).Percent);
        Assert.That(interval.High - interval.Estimate, Is.EqualTo(z * Math.Sqrt(variance / values.Length)).Within(1e-9).Percent);
        Assert.That(interval.Estimate, Is.EqualTo(values.Sum() / values.Length), "the exact sum over n, correctly rounded");
    }

    [Test]
    public void R7_IsMathNetsDefinitionSeven()
    {
        var random = new Random(3);
        for (int n = 1; n < 60; n++)
        {
            var sorted = Enumerable.Range(0, n).Select(_ => random.NextDouble()).Order().ToArray();
            foreach (double p in new[] { 0.0, 0.025, 0.1, 0.5, 0.9, 0.975, 1.0 })
                Assert.That(Quantiles.R7(sorted, p), Is.EqualTo(SortedArrayStatistics.QuantileCustom(sorted, p, QuantileDefinition.R7)), $"n={n} p={p}");
        }
    }
}
