using Analysis.Statistics;

namespace Analysis.Tests.Statistics;

public sealed class ParameterShareTests
{
    /// <summary>
    /// Runs drawing one of <paramref name="particles"/> particles uniformly; run i's value is the particle's mean
    /// (sd <paramref name="betweenSd"/> across particles) plus noise of sd <paramref name="withinSd"/>.
    /// </summary>
    private static (double[] Values, double[] Particles) Runs(int runs, int particles, double betweenSd, double withinSd, int seed)
    {
        var random = new System.Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var means = Enumerable.Range(0, particles).Select(_ => 10 + betweenSd * Normal()).ToArray();
        var drawn = Enumerable.Range(0, runs).Select(_ => (double)random.Next(particles)).ToArray();
        return (drawn.Select(p => means[(int)p] + withinSd * Normal()).ToArray(), drawn);
    }

    [TestCase(0.0, 1.0, 0.0)]
    [TestCase(1.0, 1.0, 0.5)]
    [TestCase(2.0, 1.0, 0.8)]
    public void OfRatio_KnownComponents_RecoversTheBetweenShare(double betweenSd, double withinSd, double expected)
    {
        // 4,000 runs over 200 particles: the share's sampling error is a few points (the between variance rests on
        // 200 particle means); 0.08 is about three standard errors at 0.5.
        var (values, particles) = Runs(4000, 200, betweenSd, withinSd, seed: 11);
        var ones = Enumerable.Repeat(1.0, values.Length).ToArray();

        double share = ParameterShare.OfRatio(values, ones, particles);

        Assert.That(share, Is.EqualTo(expected).Within(0.08));
    }

    [Test]
    public void OfRatio_NoWithinNoise_IsOne()
    {
        var (values, particles) = Runs(500, 20, betweenSd: 1, withinSd: 0, seed: 3);

        Assert.That(ParameterShare.OfRatio(values, Enumerable.Repeat(1.0, 500).ToArray(), particles), Is.EqualTo(1).Within(1e-9));
    }

    [Test]
    public void OfRatio_EveryRunItsOwnParticle_CannotTell()
    {
        var values = Enumerable.Range(0, 100).Select(i => (double)(i % 7)).ToArray();
        var particles = Enumerable.Range(0, 100).Select(i => (double)i).ToArray();

        Assert.That(ParameterShare.OfRatio(values, Enumerable.Repeat(1.0, 100).ToArray(), particles), Is.NaN);
    }
}
