using Simulator.Randomness;

namespace Analysis.Statistics;

/// <summary>
/// Variance-based sensitivity indices from the outputs of Saltelli's design: two independent sample
/// matrices A and B (N rows each) and, for each input i, the matrix AB_i, A with column i taken from B.
/// </summary>
// Hand-written: MathNet.Numerics has no Sobol sensitivity indices; the bootstrap percentiles are MathNet's R7 quantiles.
public static class Sobol
{
    // Domain separator so the resampling keys never coincide with the simulator's or the paired bootstrap's.
    private const ulong SobolPurpose = 0x50B0_1000_0001UL;

    /// <summary>
    /// First order by Saltelli et al. (2010, table 2 (b)): V_i = (1/N) Σ f(B)ⱼ (f(AB_i)ⱼ − f(A)ⱼ); total order by
    /// Jansen (1999): E_i = (1/2N) Σ (f(A)ⱼ − f(AB_i)ⱼ)²; both divided by the variance of f over A and B together.
    /// Intervals are percentile intervals over <paramref name="replicates"/> resamples of the N rows.
    /// </summary>
    /// <param name="fA">Model outputs on the rows of A.</param>
    /// <param name="fB">Model outputs on the rows of B; same length.</param>
    /// <param name="fAB">For each input i, the outputs on the rows of AB_i; each the same length.</param>
    /// <param name="seed">Seed of the keyed resampling: the same seed gives bit-identical intervals.</param>
    /// <param name="replicates">Bootstrap resamples.</param>
    /// <param name="level">Two-sided confidence level, in (0, 1).</param>
    public static SobolIndices Estimate(IReadOnlyList<double> fA, IReadOnlyList<double> fB, IReadOnlyList<IReadOnlyList<double>> fAB,
        ulong seed = 1, int replicates = 500, double level = 0.95)
    {
        int n = fA.Count;
        if (fB.Count != n || fAB.Any(f => f.Count != n))
            throw new ArgumentException("A, B and every AB_i must hold one output per row, N each.", nameof(fAB));
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 2, nameof(fA));
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        if (!(level > 0.0 && level < 1.0)) throw new ArgumentOutOfRangeException(nameof(level), level, "The level must lie in (0, 1).");

        var identity = Enumerable.Range(0, n).ToArray();
        var (first, total) = Indices(fA, fB, fAB, identity);
        int k = fAB.Count;
        var firstReplicates = new double[k][];
        var totalReplicates = new double[k][];
        for (int i = 0; i < k; i++)
        {
            firstReplicates[i] = new double[replicates];
            totalReplicates[i] = new double[replicates];
        }

        var rows = new int[n];
        for (int r = 0; r < replicates; r++)
        {
            for (int j = 0; j < n; j++) rows[j] = Index(seed, r, j, n);
            var (f, t) = Indices(fA, fB, fAB, rows);
            for (int i = 0; i < k; i++)
            {
                firstReplicates[i][r] = f[i];
                totalReplicates[i][r] = t[i];
            }
        }

        double tail = (1.0 - level) / 2.0;
        Interval WithPercentiles(double estimate, double[] values)
        {
            var finite = values.Where(double.IsFinite).Order().ToArray();
            return finite.Length == 0 ? new Interval(estimate, double.NaN, double.NaN)
                : new Interval(estimate, Quantiles.R7(finite, tail), Quantiles.R7(finite, 1.0 - tail));
        }

        return new SobolIndices(
            Enumerable.Range(0, k).Select(i => WithPercentiles(first[i], firstReplicates[i])).ToArray(),
            Enumerable.Range(0, k).Select(i => WithPercentiles(total[i], totalReplicates[i])).ToArray());
    }

    private static (double[] First, double[] Total) Indices(IReadOnlyList<double> fA, IReadOnlyList<double> fB, IReadOnlyList<IReadOnlyList<double>> fAB, int[] rows)
    {
        int n = rows.Length;
        // Variance of f over the 2N outputs of A and B (two passes, to avoid cancellation).
        double mean = 0.0;
        foreach (int j in rows) mean += fA[j] + fB[j];
        mean /= 2 * n;
        double variance = 0.0;
        foreach (int j in rows) variance += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        variance /= 2 * n - 1;

        int k = fAB.Count;
        var first = new double[k];
        var total = new double[k];
        for (int i = 0; i < k; i++)
        {
            var ab = fAB[i];
            double vi = 0.0, ei = 0.0;
            foreach (int j in rows)
            {
                vi += fB[j] * (ab[j] - fA[j]);
                double d = fA[j] - ab[j];
                ei += d * d;
            }
            first[i] = vi / n / variance;
            total[i] = ei / (2.0 * n) / variance;
        }
        return (first, total);
    }

    /// <summary>The row drawn as draw <paramref name="draw"/> of replicate <paramref name="replicate"/>: a pure function of its key.</summary>
    private static int Index(ulong seed, int replicate, int draw, int n)
    {
        ulong key = Keys.Fold(Keys.Fold(Keys.Fold(Keys.Mix(seed), SobolPurpose), (ulong)(uint)replicate), (ulong)(uint)draw);
        return (int)(Keys.ToUnit(key) * n);
    }
}
