using Analysis.Statistics;

namespace Analysis.Tests.Statistics;

public class ConvergenceTests
{
    [Test]
    public void LogSpacedCounts_TenToThousand_AreDistinctAscendingAndIncludeTheEnds()
    {
        // Act
        int[] counts = Convergence.LogSpacedCounts(10, 1000, 5);

        // Assert: 10·10^(k/2): 10, 32, 100, 316, 1000.
        Assert.That(counts, Is.EqualTo(new[] { 10, 32, 100, 316, 1000 }));
    }

    [Test]
    public void Trace_MeanOfIidNormals_HalfWidthFallsLikeOneOverRootN()
    {
        // Arrange: a fixed sample; the half-width of z·s/√n must follow −1/2 on log-log axes.
        var random = new Random(5);
        var values = Enumerable.Range(0, 20_000)
            .Select(_ => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble())).ToArray();
        int[] counts = Convergence.LogSpacedCounts(50, values.Length, 10);

        // Act
        var points = Convergence.Trace(counts, n => MeanEstimator.Estimate(values.AsSpan(0, n)));

        // Assert
        Assert.That(points.Select(p => p.N), Is.EqualTo(counts));
        Assert.That(Convergence.HalfWidthSlope(points), Is.EqualTo(-0.5).Within(0.05));
        Assert.That(points[^1].HalfWidth, Is.EqualTo(Interval.Z95 / Math.Sqrt(values.Length)).Within(0.002));
        Assert.That(points[^1].Value.Estimate, Is.EqualTo(0.0).Within(0.03));
    }

    [Test]
    public void HalfWidthSlope_FewerThanTwoUsablePoints_IsNaN()
    {
        // Arrange
        ConvergencePoint[] points = [new(10, new Interval(1, 1, 1))];

        // Act / Assert
        Assert.That(Convergence.HalfWidthSlope(points), Is.NaN);
    }
}
