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

    [Test]
    public void ParameterVariance_AtAShorterHorizon_UsesOnlyItsYears()
    {
        double[] hazards = [0.05, 0.25];
        var failures = hazards.Select(h => 1 - Math.Pow(1 - h, 5 + 1)).ToArray();
        double expected = (failures[1] - failures[0]) * (failures[1] - failures[0]) / 2;
        var (sums, particles, _, _) = Runs(4000, hazards, seed: 4);

        Assert.That(sums.ParameterVariance(5, particles) / expected, Is.EqualTo(1).Within(0.2));
    }

    [Test]
    public void Horizon_BeyondTheYearsKept_Throws() =>
        Assert.That(() => new KaplanMeierByParticle(Kept).ParameterVariance(Kept + 1, [0.0, 1.0]), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
