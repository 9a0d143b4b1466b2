using Analysis.Statistics;
using Simulator.Randomness;

namespace Analysis.Tests.Statistics;

public class PairedBootstrapTests
{
    private const int Runs = 2000;

    [Test]
    public void RatioOfMeans_SameSeed_IsBitIdentical()
    {
        // Arrange
        (double[] wars, double[] crises) = Sample(Runs, 7);

        // Act
        Interval first = PairedBootstrap.RatioOfMeans(wars, crises, seed: 42);
        Interval second = PairedBootstrap.RatioOfMeans(wars, crises, seed: 42);

        // Assert: record-struct equality compares the doubles exactly.
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void RatioOfMeans_DifferentSeeds_GiveDifferentIntervals()
    {
        // Arrange
        (double[] wars, double[] crises) = Sample(Runs, 7);

        // Act
        Interval first = PairedBootstrap.RatioOfMeans(wars, crises, seed: 1);
        Interval second = PairedBootstrap.RatioOfMeans(wars, crises, seed: 2);

        // Assert: the point estimate is the data's; only the resampled limits move.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.Estimate, Is.EqualTo(first.Estimate));
            Assert.That(second.Low, Is.Not.EqualTo(first.Low));
            Assert.That(second.High, Is.Not.EqualTo(first.High));
        }
    }

    [Test]
    public void RatioOfMeans_Sample_IntervalContainsEstimate()
    {
        // Arrange
        (double[] wars, double[] crises) = Sample(Runs, 11);

        // Act
        Interval result = PairedBootstrap.RatioOfMeans(wars, crises, seed: 3);

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Estimate, Is.EqualTo(wars.Sum() / crises.Sum()).Within(1e-15));
            Assert.That(result.Low, Is.LessThan(result.Estimate));
            Assert.That(result.High, Is.GreaterThan(result.Estimate));
        }
    }

    [Test]
    public void RatioOfMeans_LargeSample_WidthMatchesDeltaMethod()
    {
        // Arrange: 2000 runs, so the ratio is close to normal and the percentile interval's
        // half-width should be ≈ z·se of the linearised (delta-method) estimator.
        // Tolerance: with B = 2000 replicates, a 2.5% or 97.5% sample quantile of a normal has
        // Monte Carlo sd √(0.025·0.975/B)/φ(1.96) = 0.0035/0.0584 ≈ 0.060σ; the width (difference
        // of the two ends) has sd ≈ √2·0.060σ ≈ 0.085σ out of 3.92σ, i.e. ≈ 2.2% relative.
        // Allowing ≈ 4.5 such sds gives 10%; the O(1/n) gap between the bootstrap and delta-method
        // variances (including the n/(n−1) factor, 0.05%) is far smaller.
        (double[] wars, double[] crises) = Sample(Runs, 13);
        Interval delta = RatioEstimator.Estimate(wars, crises);

        // Act
        Interval bootstrap = PairedBootstrap.RatioOfMeans(wars, crises, seed: 5);

        // Assert
        double deltaWidth = delta.High - delta.Low;
        double bootstrapWidth = bootstrap.High - bootstrap.Low;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(bootstrap.Estimate, Is.EqualTo(delta.Estimate).Within(1e-12));
            Assert.That(bootstrapWidth, Is.EqualTo(deltaWidth).Within(10).Percent);
            Assert.That((bootstrap.Low + bootstrap.High) / 2, Is.EqualTo(delta.Estimate).Within(0.1 * deltaWidth));
        }
    }

    [Test]
    public void RatioOfMeans_ProportionalArms_IsDegenerate()
    {
        // Arrange: treated = 2 × baseline run by run, so every paired resample has ratio exactly 2
        // (doubling is exact in binary floating point, so Σ2b = 2Σb bit for bit).
        (_, double[] crises) = Sample(50, 17);
        double[] doubled = crises.Select(c => 2 * c).ToArray();

        // Act
        Interval result = PairedBootstrap.RatioOfMeans(doubled, crises, seed: 9);

        // Assert
        Assert.That(result, Is.EqualTo(new Interval(2, 2, 2)));
    }

    [Test]
    public void OneMinusRatio_Sample_IsRatioFlipped()
    {
        // Arrange
        (double[] wars, double[] crises) = Sample(200, 19);

        // Act
        Interval ratio = PairedBootstrap.RatioOfMeans(wars, crises, seed: 4, replicates: 500);
        Interval prevented = PairedBootstrap.OneMinusRatio(wars, crises, seed: 4, replicates: 500);

        // Assert
        Assert.That(prevented, Is.EqualTo(new Interval(1 - ratio.Estimate, 1 - ratio.High, 1 - ratio.Low)));
    }

    [Test]
    public void Difference_LargeSample_WidthMatchesPairedMeanInterval()
    {
        // Arrange: the paired difference of means is the mean of per-run differences, whose
        // normal interval is MeanEstimator's; same 10% tolerance as for the ratio above.
        (double[] wars, double[] crises) = Sample(Runs, 23);
        double[] differences = wars.Zip(crises, (w, c) => w - c).ToArray();
        Interval normal = MeanEstimator.Estimate(differences);

        // Act
        Interval bootstrap = PairedBootstrap.Difference(wars, crises, seed: 6);

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(bootstrap.Estimate, Is.EqualTo(normal.Estimate).Within(1e-12));
            Assert.That(bootstrap.High - bootstrap.Low, Is.EqualTo(normal.High - normal.Low).Within(10).Percent);
        }
    }

    [Test]
    public void Difference_IdenticalArms_IsZero()
    {
        // Arrange
        (double[] wars, _) = Sample(50, 29);

        // Act
        Interval result = PairedBootstrap.Difference(wars, wars, seed: 8, replicates: 200);

        // Assert
        Assert.That(result, Is.EqualTo(new Interval(0, 0, 0)));
    }

    [Test]
    public void Index_ManyDraws_StaysInRangeAndCoversAllRuns()
    {
        // Arrange
        const int n = 7;
        var seen = new int[n];

        // Act
        for (int draw = 0; draw < 10_000; draw++)
        {
            int i = PairedBootstrap.Index(PairedBootstrap.ReplicateKey(99, 0), draw, n);
            Assert.That(i, Is.InRange(0, n - 1));
            seen[i]++;
        }

        // Assert: each of 7 indices expects 1428.6 hits with sd ≈ 35; ±200 is over 5 sd.
        Assert.That(seen, Has.All.InRange(1229, 1629));
    }

    // Per-run crises xᵢ uniform on 1..10 and wars yᵢ ~ Binomial(xᵢ, 0.3), from keyed uniforms.
    private static (double[] Wars, double[] Crises) Sample(int runs, ulong seed)
    {
        var wars = new double[runs];
        var crises = new double[runs];
        for (int run = 0; run < runs; run++)
        {
            ulong key = Keys.Fold(Keys.Mix(seed), (ulong)run);
            int x = 1 + (int)(Keys.ToUnit(Keys.Fold(key, 0)) * 10);
            int y = 0;
            for (int j = 1; j <= x; j++)
            {
                if (Keys.ToUnit(Keys.Fold(key, (ulong)j)) < 0.3)
                {
                    y++;
                }
            }

            crises[run] = x;
            wars[run] = y;
        }

        return (wars, crises);
    }
}
