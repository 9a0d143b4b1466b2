namespace Analysis.Statistics;

/// <summary>The ratio Σy/Σx over independent runs with a cluster-robust (linearisation) standard error.</summary>
// Hand-written: MathNet.Numerics has no ratio (cluster-robust linearisation) estimator.
public static class RatioEstimator
{
    /// <summary>
    /// Σy/Σx ± z·se, where each index is one independent cluster (one simulation run) and
    /// se² = n/(n−1) · Σ(yᵢ − R xᵢ)² / (Σx)², the delta-method variance of a ratio estimator
    /// (Cochran 1977, Sampling Techniques, §6.4, with the n/(n−1) small-sample correction of
    /// cluster-robust variance estimators). All NaN for no runs or Σx = 0; NaN limits for one run.
    /// </summary>
    /// <param name="numerators">yᵢ: the numerator total of run i (e.g. wars).</param>
    /// <param name="denominators">xᵢ: the denominator total of run i (e.g. crises); same length.</param>
    /// <param name="z">Standard normal quantile of the two-sided level.</param>
    public static Interval Estimate(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators, double z = Interval.Z95)
    {
        if (numerators.Length != denominators.Length)
        {
            throw new ArgumentException("Numerators and denominators must have one entry per run each.", nameof(denominators));
        }

        int n = numerators.Length;
        double sumY = 0.0;
        double sumX = 0.0;
        for (int i = 0; i < n; i++)
        {
            sumY += numerators[i];
            sumX += denominators[i];
        }

        if (n == 0 || sumX == 0.0)
        {
            return Interval.Undefined;
        }

        double ratio = sumY / sumX;
        if (n == 1)
        {
            return new Interval(ratio, double.NaN, double.NaN);
        }

        // Linearise R = Σy/Σx around its value: dR ≈ Σ(yᵢ − R xᵢ)/Σx, a sum of independent
        // per-run residuals whose variance is estimated by their (corrected) sum of squares.
        double squares = 0.0;
        for (int i = 0; i < n; i++)
        {
            double residual = numerators[i] - ratio * denominators[i];
            squares += residual * residual;
        }

        double variance = n / (n - 1.0) * squares / (sumX * sumX);
        double standardError = Math.Sqrt(variance);
        return new Interval(ratio, ratio - z * standardError, ratio + z * standardError);
    }
}
