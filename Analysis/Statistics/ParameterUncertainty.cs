namespace Analysis.Statistics;

/// <summary>
/// Parameter uncertainty in an estimate, when each run drew its parameters from a posterior (one particle a run,
/// by weight, independently of the other runs): how far the quantity itself varies across the posterior, and the
/// interval that carries it as well as the Monte Carlo noise.
/// </summary>
/// <remarks>
/// The quantity of interest is m(θ), the expected value of a metric at parameters θ, and θ is uncertain: its
/// interval must cover the spread of m(θ) over the posterior, which more runs do not narrow. Pooling runs over
/// particles and reading only the runs' variance would not do that: it would estimate the posterior mean of m(θ),
/// with an interval that shrinks as 1/√runs however wide the posterior. So the variance is split, by the law of
/// total variance, with a one-way random-effects analysis of the per-run residuals eᵢ = yᵢ − R·xᵢ (the delta
/// method's linearisation of R = Σy/Σx) grouped by particle: the between-particle component σ²_b (ANOVA's
/// (MS_between − MS_within)/n₀, unbiased for unequal groups, floored at 0) is the variance of the particles'
/// expected residuals, and σ²_b/x̄² the variance of m(θ) across the posterior. The interval adds it, once, to the
/// Monte Carlo variance of the pooled estimate: V = V_MC + σ²_b/x̄².
/// </remarks>
public static class ParameterUncertainty
{
    /// <summary>
    /// Fewest degrees of freedom within particles (runs beyond the first of each particle) to tell the components
    /// apart: fewer, and the within-particle variance is too noisy (a posterior of many particles and few runs).
    /// </summary>
    public const int MinWithinDegreesOfFreedom = 20;

    /// <summary>
    /// The variance across the posterior of the ratio Σy/Σx's expected value (σ²_b/x̄²); NaN when it cannot be
    /// told: fewer than two particles drawn, fewer than <see cref="MinWithinDegreesOfFreedom"/> repeated
    /// particles, or Σx = 0.
    /// </summary>
    /// <param name="numerators">yᵢ: the numerator total of run i.</param>
    /// <param name="denominators">xᵢ: the denominator total of run i (1 for a mean).</param>
    /// <param name="particles">The particle run i drew.</param>
    public static double OfRatio(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators, ReadOnlySpan<double> particles)
    {
        int n = numerators.Length;
        if (denominators.Length != n || particles.Length != n)
            throw new ArgumentException("Numerators, denominators and particles must have one entry per run each.", nameof(particles));
        double sumY = 0, sumX = 0;
        for (int i = 0; i < n; i++)
        {
            sumY += numerators[i];
            sumX += denominators[i];
        }
        if (n < 2 || sumX == 0) return double.NaN;
        double ratio = sumY / sumX, meanX = sumX / n;

        // Per particle: count, sum and sum of squares of the residuals; particles in ascending order, so the sums
        // are added in one fixed order whatever the order of the runs.
        var groups = new SortedDictionary<double, (int Count, double Sum, double Squares)>();
        double sumE = 0;
        for (int i = 0; i < n; i++)
        {
            double e = numerators[i] - ratio * denominators[i];
            sumE += e;
            groups.TryGetValue(particles[i], out var g);
            groups[particles[i]] = (g.Count + 1, g.Sum + e, g.Squares + e * e);
        }
        return BetweenGroups(groups.Values, n, sumE, meanX);
    }

    /// <summary>
    /// The variance across the posterior from residuals already summed by particle (count, sum and sum of squares
    /// of each particle's residuals, particles in ascending order): σ²_b/x̄² as <see cref="OfRatio"/> computes it, for
    /// estimates whose residuals are kept as sums rather than run by run.
    /// </summary>
    public static double OfGroups(IReadOnlyCollection<(int Count, double Sum, double Squares)> groups, double meanX = 1)
    {
        int n = 0;
        double sumE = 0;
        foreach (var g in groups)
        {
            n += g.Count;
            sumE += g.Sum;
        }
        if (n < 2) return double.NaN;
        return BetweenGroups(groups, n, sumE, meanX);
    }

    private static double BetweenGroups(IReadOnlyCollection<(int Count, double Sum, double Squares)> groups, int n, double sumE, double meanX)
    {
        int k = groups.Count, withinFreedom = n - k;
        if (k < 2 || withinFreedom < MinWithinDegreesOfFreedom) return double.NaN;
        double grand = sumE / n, within = 0, between = 0, squaredCounts = 0;
        foreach (var g in groups)
        {
            double mean = g.Sum / g.Count;
            within += g.Squares - g.Sum * mean;
            between += g.Count * (mean - grand) * (mean - grand);
            squaredCounts += (double)g.Count * g.Count;
        }
        double msWithin = Math.Max(within, 0) / withinFreedom, msBetween = between / (k - 1);
        double n0 = (n - squaredCounts / n) / (k - 1);
        double sigmaB2 = Math.Max(0, (msBetween - msWithin) / n0);
        return sigmaB2 / (meanX * meanX);
    }

    /// <summary>
    /// A Monte Carlo interval widened by a parameter variance: each side's half-width h becomes √(h² + z²·V).
    /// The share is parameter uncertainty's part of the widened interval's variance, in [0, 1].
    /// </summary>
    public static (Interval Interval, double Share) Widen(Interval monteCarlo, double parameterVariance, double z = Interval.Z95)
    {
        if (double.IsNaN(parameterVariance) || double.IsNaN(monteCarlo.Estimate)) return (monteCarlo, double.NaN);
        double added = z * z * parameterVariance;
        double low = monteCarlo.Estimate - monteCarlo.Low, high = monteCarlo.High - monteCarlo.Estimate;
        var widened = new Interval(monteCarlo.Estimate, monteCarlo.Estimate - Math.Sqrt(low * low + added), monteCarlo.Estimate + Math.Sqrt(high * high + added));
        double monteCarloVariance = (low * low + high * high) / 2;
        double share = added + monteCarloVariance > 0 ? added / (added + monteCarloVariance) : 0;
        return (widened, share);
    }
}
