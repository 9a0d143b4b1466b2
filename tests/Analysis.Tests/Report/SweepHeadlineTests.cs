using Analysis.Report;
using Analysis.Statistics;
using Analysis.Summary;

namespace Analysis.Tests.Report;

/// <summary>How much of a sweep's spread across points its Monte Carlo noise explains, from the points' own intervals.</summary>
public sealed class SweepHeadlineTests
{
    private const double Z = Interval.Z95;

    private static Metric At(int point, double estimate, double standardError) =>
        new(point, "un", MetricNames.WarsPreventedShare, new Interval(estimate, estimate - Z * standardError, estimate + Z * standardError), 10);

    [Test]
    public void NoiseShare_StandardErrorsAgainstTheSpread_IsTheirRatioOfVariances()
    {
        // Estimates 0, 1, 2: variance 1. Standard errors 0.5: noise variance 0.25.
        double share = SweepHeadline.NoiseShare([At(0, 0, 0.5), At(1, 1, 0.5), At(2, 2, 0.5)]);
        Assert.That(share, Is.EqualTo(0.25).Within(1e-12));
    }

    [Test]
    public void NoiseShare_NoiseBeyondTheSpread_IsAtMostOne()
    {
        Assert.That(SweepHeadline.NoiseShare([At(0, 0, 3), At(1, 1, 3)]), Is.EqualTo(1));
    }

    [Test]
    public void NoiseShare_WithAPosterior_LeavesOutTheParameterPartThatThePointsShare()
    {
        // Standard errors 1 (variance 1) of which three quarters from parameter uncertainty: independent noise 0.25.
        var metrics = new[] { At(0, 0, 1), At(1, 1, 1), At(2, 2, 1) }.Select(m => m with { ParameterShare = 0.75 }).ToArray();
        Assert.That(SweepHeadline.NoiseShare(metrics), Is.EqualTo(0.25).Within(1e-12));
    }

    [Test]
    public void NoiseShare_NoIntervalsOrNoSpread_IsZero()
    {
        var noInterval = new Metric(0, "un", MetricNames.WarsPreventedShare, new Interval(0.2, double.NaN, double.NaN), 10);
        Assert.That(SweepHeadline.NoiseShare([noInterval, noInterval with { Point = 1 }]), Is.Zero);
        Assert.That(SweepHeadline.NoiseShare([At(0, 0.3, 0.1), At(1, 0.3, 0.1)]), Is.Zero);
    }
}
