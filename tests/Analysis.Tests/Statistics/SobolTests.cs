using Analysis.Statistics;

namespace Analysis.Tests.Statistics;

public class SobolTests
{
    // Ishigami & Homma (1990) with a = 7, b = 0.1 on U(−π, π)³; analytic indices from Saltelli et al.
    // (2008, Global Sensitivity Analysis: The Primer, §4.5): V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2.
    private static readonly double[] FirstAnalytic = [0.3139, 0.4424, 0.0];
    private static readonly double[] TotalAnalytic = [0.5576, 0.4424, 0.2437];

    private static double Ishigami(double[] x) => Math.Sin(x[0]) + 7.0 * Math.Pow(Math.Sin(x[1]), 2) + 0.1 * Math.Pow(x[2], 4) * Math.Sin(x[0]);

    private static (double[] FA, double[] FB, IReadOnlyList<double>[] FAB) Design(int n, int seed)
    {
        var random = new Random(seed);
        double Draw() => (random.NextDouble() * 2.0 - 1.0) * Math.PI;
        var a = Enumerable.Range(0, n).Select(_ => new[] { Draw(), Draw(), Draw() }).ToArray();
        var b = Enumerable.Range(0, n).Select(_ => new[] { Draw(), Draw(), Draw() }).ToArray();
        var fab = new IReadOnlyList<double>[3];
        for (int i = 0; i < 3; i++)
            fab[i] = a.Zip(b, (ra, rb) =>
            {
                var row = (double[])ra.Clone();
                row[i] = rb[i];
                return Ishigami(row);
            }).ToArray();
        return (a.Select(Ishigami).ToArray(), b.Select(Ishigami).ToArray(), fab);
    }

    [Test]
    public void Estimate_IshigamiFunction_MatchesAnalyticIndices()
    {
        // Arrange: 100,000 rows put the Monte Carlo error of each index near 0.005.
        var (fa, fb, fab) = Design(100_000, seed: 12345);

        // Act
        var indices = Sobol.Estimate(fa, fb, fab, seed: 7, replicates: 100);

        // Assert
        using (Assert.EnterMultipleScope())
        {
            for (int i = 0; i < 3; i++)
            {
                Assert.That(indices.First[i].Estimate, Is.EqualTo(FirstAnalytic[i]).Within(0.02), $"S{i + 1}");
                Assert.That(indices.Total[i].Estimate, Is.EqualTo(TotalAnalytic[i]).Within(0.02), $"ST{i + 1}");
            }
        }
    }

    [Test]
    public void Estimate_IshigamiFunction_IntervalsBracketTheEstimateAndShrinkWithMoreRows()
    {
        // Arrange
        var (fa1, fb1, fab1) = Design(2_000, seed: 1);
        var (fa2, fb2, fab2) = Design(32_000, seed: 2);

        // Act
        var small = Sobol.Estimate(fa1, fb1, fab1, seed: 3, replicates: 300);
        var large = Sobol.Estimate(fa2, fb2, fab2, seed: 3, replicates: 300);

        // Assert: sixteen times the rows, about a quarter of the width.
        using (Assert.EnterMultipleScope())
        {
            for (int i = 0; i < 3; i++)
            {
                foreach (var v in new[] { small.First[i], small.Total[i], large.First[i], large.Total[i] })
                    Assert.That(v.Low, Is.LessThanOrEqualTo(v.Estimate).And.LessThan(v.High), $"input {i + 1}");
                double ratio = (large.Total[i].High - large.Total[i].Low) / (small.Total[i].High - small.Total[i].Low);
                Assert.That(ratio, Is.InRange(0.15, 0.4), $"ST{i + 1} width ratio");
            }
        }
    }

    [Test]
    public void Estimate_SameSeed_GivesBitIdenticalIntervals()
    {
        // Arrange
        var (fa, fb, fab) = Design(500, seed: 9);

        // Act
        var first = Sobol.Estimate(fa, fb, fab, seed: 42, replicates: 50);
        var second = Sobol.Estimate(fa, fb, fab, seed: 42, replicates: 50);

        // Assert
        Assert.That(second.First, Is.EqualTo(first.First));
        Assert.That(second.Total, Is.EqualTo(first.Total));
    }

    [Test]
    public void Estimate_MismatchedLengths_Throws()
    {
        // Arrange
        double[] fa = [1, 2, 3];
        double[] fb = [1, 2];

        // Act / Assert
        Assert.That(() => Sobol.Estimate(fa, fb, [fa]), Throws.ArgumentException);
    }
}
