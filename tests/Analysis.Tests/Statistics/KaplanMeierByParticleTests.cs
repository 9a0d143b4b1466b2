using Analysis.Statistics;

namespace Analysis.Tests.Statistics;

/// <summary>
/// Runs' shares in a pooled Kaplan-Meier failure, summed by particle: with every run alike their sum of squares
/// is Greenwood's variance, and across particles of different hazards they recover the spread of the particles'
/// failures.
/// </summary>
public sealed class KaplanMeierByParticleTests
{
    private const int Kept = 10, Horizon = 10, SpellsPerRun = 20, FollowUp = 15;

    /// <summary>Runs of spells with a yearly relapse hazard per particle (run r draws particle r mod P), and the pooled counts.</summary>
    private static (KaplanMeierByParticle Sums, double[] Particles, long[] Events, long[] Censored) Runs(int runs, double[] hazards, int seed)
    {
        var random = new Random(seed);
        var sums = new KaplanMeierByParticle(Kept);
        var particles = new double[runs];
        var (events, censored) = (new long[FollowUp + 1], new long[FollowUp + 1]);
        for (int r = 0; r < runs; r++)
        {
            int p = r % hazards.Length;
            particles[r] = p;
            for (int s = 0; s < SpellsPerRun; s++)
            {
                int t = 0;
                while (t < FollowUp && random.NextDouble() >= hazards[p]) t++;
                bool relapsed = t < FollowUp;
                sums.AddSpell(t, relapsed);
                (relapsed ? events : censored)[t]++;
            }
            sums.EndRun(p);
        }
        return (sums, particles, events, censored);
    }

    [Test]
    public void MonteCarloVariance_RunsAlike_IsGreenwoodsVariance()
    {
        var (sums, particles, events, censored) = Runs(2000, [0.12], seed: 1);

        double robust = sums.MonteCarloVariance(Horizon, particles);
        var curve = KaplanMeier.FitCounts(events, censored);
        double greenwood = Math.Pow(curve.Steps.ToArray().Last(s => s.Time <= Horizon).StdError, 2);

        // 2,000 runs: the runs' sum of squares estimates the variance to within a few per cent.
        Assert.That(robust / greenwood, Is.EqualTo(1).Within(0.1));
    }

    [Test]
    public void ParameterVariance_HazardsDiffer_IsTheVarianceOfTheParticlesFailures()
    {
        double[] hazards = [0.10, 0.11, 0.12, 0.13, 0.14, 0.15, 0.16, 0.17, 0.18, 0.20];
        var failures = hazards.Select(h => 1 - Math.Pow(1 - h, Horizon + 1)).ToArray();
        double mean = failures.Average(), expected = failures.Sum(f => (f - mean) * (f - mean)) / (failures.Length - 1);
        var (sums, particles, _, _) = Runs(4000, hazards, seed: 2);

        // 400 runs of 20 spells a particle: Monte Carlo noise in the particles' failures is some 5% of the spread.
        Assert.That(sums.ParameterVariance(Horizon, particles) / expected, Is.EqualTo(1).Within(0.2));
    }

    [Test]
    public void ParameterVariance_HazardsAlike_IsSmall()
    {
        var (sums, particles, _, _) = Runs(4000, Enumerable.Repeat(0.15, 10).ToArray(), seed: 3);
        const double spread = 0.0025; // about the variance across the particles of the test above

        Assert.That(sums.ParameterVariance(Horizon, particles), Is.LessThan(0.05 * spread));
    }

    [TestCase(3)]
    [TestCase(5)]
    [TestCase(10)]
    public void ParameterVariance_IsOfRatioOnEachRunsDerivative_WithCensoringEmptyRunsAndUnequalParticles(int horizon)
    {
        // Runs of 0-12 spells, many censored within the years kept, drawing 7 particles of unequal size.
        var random = new Random(horizon);
        const int runs = 300;
        var sums = new KaplanMeierByParticle(Kept);
        var spells = new List<(int Years, bool Relapsed)>[runs];
        var particles = new double[runs];
        for (int r = 0; r < runs; r++)
        {
            particles[r] = Math.Min(6, (int)(7 * random.NextDouble() * random.NextDouble() * 2));
            spells[r] = [];
            double hazard = 0.05 + 0.04 * particles[r];
            for (int s = random.Next(13); s > 0; s--)
            {
                int end = random.Next(2, 16), t = 0; // followed for `end` years at most
                while (t < end && random.NextDouble() >= hazard) t++;
                spells[r].Add((t, t < end));
            }
            foreach (var (years, relapsed) in spells[r]) sums.AddSpell(years, relapsed);
            sums.EndRun(particles[r]);
        }

        // Each run's share: runs times the derivative of the failure by the weight of the run's spells.
        double Failure(int run, double weight)
        {
            double survival = 1;
            for (int t = 0; t <= horizon; t++)
            {
                double atRisk = 0, events = 0;
                for (int r = 0; r < runs; r++)
                    foreach (var (years, relapsed) in spells[r])
                    {
                        double w = r == run ? weight : 1;
                        if (years >= t) atRisk += w;
                        if (relapsed && years == t) events += w;
                    }
                if (atRisk > 0) survival *= 1 - events / atRisk;
            }
            return 1 - survival;
        }
        const double h = 1e-4;
        var share = Enumerable.Range(0, runs).Select(r => runs * (Failure(r, 1 + h) - Failure(r, 1 - h)) / (2 * h)).ToArray();
        double expected = ParameterUncertainty.OfRatio(share, Enumerable.Repeat(1.0, runs).ToArray(), particles);

        Assert.That(expected, Is.GreaterThan(0), "the particles' hazards differ");
        Assert.That(sums.ParameterVariance(horizon, particles), Is.EqualTo(expected).Within(1e-6).Percent);
    }

    [Test]
    public void Horizon_BeyondTheYearsKept_Throws() =>
        Assert.That(() => new KaplanMeierByParticle(Kept).ParameterVariance(Kept + 1, [0.0, 1.0]), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
