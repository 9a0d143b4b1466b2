namespace Experiments.Calibration;

/// <summary>
/// The ABC-SMC perturbation kernel of Beaumont et al. (2009): a Gaussian with twice the weighted
/// covariance of the previous population, in the working space. Twice the covariance is their
/// choice minimising the Kullback-Leibler divergence between proposal and target for a Gaussian
/// posterior. The kernel is held as the Cholesky factor L of that covariance.
/// </summary>
internal sealed class PerturbationKernel
{
    private readonly double[,] lower;

    public PerturbationKernel(IReadOnlyList<Particle> population, IReadOnlyList<CalibrationParameter> parameters)
    {
        int d = parameters.Count;
        var mean = new double[d];
        foreach (var p in population)
            for (int k = 0; k < d; k++) mean[k] += p.Weight * p.Working[k];
        var covariance = new double[d, d];
        foreach (var p in population)
            for (int a = 0; a < d; a++)
                for (int b = 0; b <= a; b++)
                    covariance[a, b] += 2 * p.Weight * (p.Working[a] - mean[a]) * (p.Working[b] - mean[b]);
        // A population collapsed in one coordinate (every particle equal) would give a singular kernel that
        // can never move again: a floor of (1e-6 of the prior width)² on the diagonal keeps it positive definite.
        for (int k = 0; k < d; k++)
        {
            double width = parameters[k].WorkingMax - parameters[k].WorkingMin;
            covariance[k, k] += 1e-12 * width * width;
        }
        lower = Cholesky(covariance, d);
        Dimensions = d;
    }

    public int Dimensions { get; }

    /// <summary>The centre plus L·z for standard normal <paramref name="z"/>.</summary>
    public double[] Perturb(double[] centre, double[] z)
    {
        var x = (double[])centre.Clone();
        for (int a = 0; a < Dimensions; a++)
            for (int b = 0; b <= a; b++) x[a] += lower[a, b] * z[b];
        return x;
    }

    /// <summary>The squared Mahalanobis distance (x − c)ᵀ Σ⁻¹ (x − c): the kernel's log density up to constants is −half of it.</summary>
    public double Mahalanobis(double[] x, double[] centre)
    {
        var y = new double[Dimensions];
        double sum = 0;
        for (int a = 0; a < Dimensions; a++)
        {
            double v = x[a] - centre[a];
            for (int b = 0; b < a; b++) v -= lower[a, b] * y[b];
            y[a] = v / lower[a, a];
            sum += y[a] * y[a];
        }
        return sum;
    }

    private static double[,] Cholesky(double[,] m, int d)
    {
        var l = new double[d, d];
        for (int a = 0; a < d; a++)
            for (int b = 0; b <= a; b++)
            {
                double s = m[a, b];
                for (int k = 0; k < b; k++) s -= l[a, k] * l[b, k];
                if (a == b) l[a, a] = Math.Sqrt(Math.Max(s, 1e-300));
                else l[a, b] = s / l[b, b];
            }
        return l;
    }
}
