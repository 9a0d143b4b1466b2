namespace Analysis.Statistics;

/// <summary>
/// How much of a ratio estimate's variance comes from parameter uncertainty, when each run drew its parameters
/// from a posterior (one particle a run, by weight, independently of the other runs).
/// </summary>
/// <remarks>
/// The estimate Σy/Σx linearises to a mean of per-run residuals eᵢ = yᵢ − R·xᵢ (the delta method behind
/// <see cref="RatioEstimator"/>). Runs draw their particles independently, so they stay independent clusters and the
/// ratio's interval stays valid; by the law of total variance the variance of eᵢ is the variance of the particles'
/// expected residuals (between particles: parameter uncertainty) plus the expected variance within a particle (Monte
/// Carlo noise), and the estimate's variance, that total over n, splits in the same proportions. The within part is
/// the pooled within-particle variance of runs that drew the same particle (one-way ANOVA's mean square within;
/// particles with one run add nothing to it), and the total is the runs' variance (runs are independent draws); the share is 1 − within / total, clamped to [0, 1].
/// This was chosen over a Monte Carlo-only interval because it needs nothing but runs.csv and reads the same for
/// every metric; the Monte Carlo-only half-width is the interval's half-width times √(1 − share).
/// </remarks>
public static class ParameterShare
{
    /// <summary>
    /// Fewest degrees of freedom within particles (runs beyond the first of each particle) for a share: fewer, and
    /// the within-particle variance is too noisy to say anything (a posterior of many particles and few runs).
    /// </summary>
    public const int MinWithinDegreesOfFreedom = 20;

    /// <summary>
    /// The between-particle share of the variance of Σy/Σx, in [0, 1]; NaN when it cannot be told: fewer than
    /// <see cref="MinWithinDegreesOfFreedom"/> repeated particles, no variance, Σx = 0, or no particles given.
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
        double ratio = sumY / sumX;

        // Per particle: count, sum and sum of squares of the residuals; particles in ascending order, so the sums
        // are added in one fixed order whatever the order of the runs.
        var groups = new SortedDictionary<double, (int Count, double Sum, double Squares)>();
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            double e = numerators[i] - ratio * denominators[i];
            total += e * e;
            groups.TryGetValue(particles[i], out var g);
            groups[particles[i]] = (g.Count + 1, g.Sum + e, g.Squares + e * e);
        }
        int withinFreedom = n - groups.Count;
        if (withinFreedom < MinWithinDegreesOfFreedom || total <= 0) return double.NaN;
        double within = 0;
        foreach (var g in groups.Values)
            within += g.Squares - g.Sum * g.Sum / g.Count;
        // Σe = 0 exactly in theory (R is the ratio of the sums), so the total variance is Σe²/(n − 1).
        double share = 1 - (Math.Max(within, 0) / withinFreedom) / (total / (n - 1));
        return Math.Clamp(share, 0, 1);
    }
}
