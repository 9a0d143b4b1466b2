using Analysis.Statistics;

namespace Analysis.Tests.Statistics;

public sealed class ParameterUncertaintyTests
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

    private static double[] Ones(int n) => Enumerable.Repeat(1.0, n).ToArray();

    [TestCase(0.0, 1.0)]
    [TestCase(1.0, 1.0)]
    [TestCase(2.0, 1.0)]
    public void OfRatio_KnownComponents_RecoversTheBetweenVariance(double betweenSd, double withinSd)
    {
        // 4,000 runs over 200 particles: σ²_b rests on 200 particle means, so its standard error is about
        // σ²_b·√(2/199) + noise, 0.1-0.3 here; the tolerance 0.15 + 0.25·σ²_b is about three of them.
        var (values, particles) = Runs(4000, 200, betweenSd, withinSd, seed: 11);

        double variance = ParameterUncertainty.OfRatio(values, Ones(values.Length), particles);

        Assert.That(variance, Is.EqualTo(betweenSd * betweenSd).Within(0.15 + 0.25 * betweenSd * betweenSd));
    }

    [Test]
    public void Widen_WithAPosterior_TheIntervalDoesNotShrinkWithMoreRuns()
    {
        // The spread of the quantity across the posterior (sd 1) stays however many runs are made; Monte Carlo
        // noise alone would narrow the interval by √10 from 2,000 to 20,000 runs.
        double HalfWidth(int runs)
        {
            var (values, particles) = Runs(runs, 100, betweenSd: 1, withinSd: 3, seed: 5);
            var monteCarlo = MeanEstimator.Estimate(values);
            var (interval, _) = ParameterUncertainty.Widen(monteCarlo, ParameterUncertainty.OfRatio(values, Ones(runs), particles));
            return (interval.High - interval.Low) / 2;
        }

        double few = HalfWidth(2000), many = HalfWidth(20000);

        Assert.That(many / few, Is.GreaterThan(0.8), $"half-widths {few:G3} and {many:G3}");
        Assert.That(many, Is.EqualTo(1.96).Within(0.5), "about 1.96 sd of the quantity across the posterior");
    }

    [Test]
    public void Widen_NoParameterEffect_KeepsTheMonteCarloIntervalNearly()
    {
        var (values, particles) = Runs(4000, 100, betweenSd: 0, withinSd: 1, seed: 7);
        var monteCarlo = MeanEstimator.Estimate(values);

        var (interval, share) = ParameterUncertainty.Widen(monteCarlo, ParameterUncertainty.OfRatio(values, Ones(4000), particles));

        Assert.That(interval.High - interval.Low, Is.LessThan(1.5 * (monteCarlo.High - monteCarlo.Low)));
        Assert.That(share, Is.LessThan(0.6));
    }

    [Test]
    public void OfRatio_EveryRunItsOwnParticle_CannotTell()
    {
        var values = Enumerable.Range(0, 100).Select(i => (double)(i % 7)).ToArray();
        var particles = Enumerable.Range(0, 100).Select(i => (double)i).ToArray();

        Assert.That(ParameterUncertainty.OfRatio(values, Ones(100), particles), Is.NaN);
        Assert.That(ParameterUncertainty.Widen(MeanEstimator.Estimate(values), double.NaN).Share, Is.NaN);
    }
}
