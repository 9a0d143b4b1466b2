using Simulator.Randomness;

namespace Experiments.Designs;

/// <summary>
/// The points of an experimental design: pure functions of the <see cref="Design"/>, no I/O and no ambient randomness.
/// Each point is an array of parameter values in the order of <see cref="Design.Parameters"/>; the point's index is
/// its position in the returned list.
/// </summary>
public static class DesignPoints
{
    /// <summary>Stream of the Latin hypercube's draws (Keys purpose; a different stream from every simulation draw).</summary>
    private const ulong LatinHypercubePurpose = 0x1A71_4C0B_E000_0001UL;

    private const ulong StratumOrderComponent = 1;
    private const ulong WithinStratumComponent = 2;

    /// <summary>How many extra Sobol' points a seed can skip: skip = seed mod this.</summary>
    public const int SobolSeedOffsets = 1024;

    /// <summary>
    /// The design's points, after validating it (<see cref="Design.Validate"/> throws <see cref="ArgumentException"/>).
    /// <list type="bullet">
    /// <item><b>Grid</b>: full factorial over each parameter's Steps evenly spaced values from Min to Max inclusive
    /// (one step means Min), in row-major order: the last parameter varies fastest.</item>
    /// <item><b>LatinHypercube</b>: Samples points; point k of parameter j lies in stratum π_j(k) of Samples equal
    /// strata, at a uniform position within it; the permutation π_j and the positions are keyed on (Seed, j, k).</item>
    /// <item><b>Sobol</b>: Saltelli (2010): N = Samples base rows of the 2d-dimensional Sobol' sequence starting at
    /// index 1 + Seed mod 1024; A is their first d columns, B their last d; the points are A's N rows, then B's,
    /// then those of AB_0 … AB_{d-1} (see <see cref="SobolLayout"/>).</item>
    /// </list>
    /// Unit coordinates u map to Min + u(Max - Min). Integer parameters are rounded to the nearest whole number
    /// (halves away from zero) and kept within [Min, Max].
    /// </summary>
    public static IReadOnlyList<double[]> Generate(Design design)
    {
        ArgumentNullException.ThrowIfNull(design);
        design.Validate();
        var points = design.Kind switch
        {
            DesignKind.Grid => Grid(design),
            DesignKind.LatinHypercube => LatinHypercube(design),
            _ => Sobol(design),
        };

        for (int j = 0; j < design.Parameters.Length; j++)
        {
            var parameter = design.Parameters[j];
            if (!parameter.IsInteger) continue;
            foreach (var point in points)
                point[j] = RoundInteger(point[j], parameter);
        }

        return points;
    }

    /// <summary>Rounds to the nearest whole number, halves away from zero, clamped to the whole numbers in [Min, Max].</summary>
    internal static double RoundInteger(double value, DesignParameter parameter) =>
        Math.Clamp(Math.Round(value, MidpointRounding.AwayFromZero), Math.Ceiling(parameter.Min), Math.Floor(parameter.Max));

    /// <summary>Maps u in [0, 1] onto [min, max], exactly min at 0 and max at 1.</summary>
    private static double Scale(double u, DesignParameter parameter) =>
        Math.Clamp(parameter.Min + u * (parameter.Max - parameter.Min), parameter.Min, parameter.Max);

    /// <summary>A grid parameter's values, before an integer parameter's are rounded: its steps from min to max.</summary>
    internal static double[] GridValues(DesignParameter parameter)
    {
        int steps = parameter.Steps!.Value;
        var values = new double[steps];
        for (int s = 0; s < steps; s++)
            values[s] = steps == 1 ? parameter.Min
                : s == steps - 1 ? parameter.Max
                : Scale((double)s / (steps - 1), parameter);
        return values;
    }

    /// <summary>The distinct values a grid gives an integer parameter once rounded (fewer than its steps when steps repeat a value).</summary>
    internal static int DistinctIntegerGridValues(DesignParameter parameter) =>
        GridValues(parameter).Select(v => RoundInteger(v, parameter)).Distinct().Count();

    private static double[][] Grid(Design design)
    {
        int d = design.Parameters.Length;
        var values = new double[d][];
        for (int j = 0; j < d; j++)
        {
            values[j] = GridValues(design.Parameters[j]);
        }

        int count = design.PointCount();
        var points = new double[count][];
        var digits = new int[d];
        for (int p = 0; p < count; p++)
        {
            var point = new double[d];
            for (int j = 0; j < d; j++)
                point[j] = values[j][digits[j]];
            points[p] = point;

            // Odometer: the last parameter turns fastest.
            for (int j = d - 1; j >= 0; j--)
            {
                if (++digits[j] < values[j].Length) break;
                digits[j] = 0;
            }
        }

        return points;
    }

    private static double[][] LatinHypercube(Design design)
    {
        int d = design.Parameters.Length;
        int n = design.Samples;
        var points = new double[n][];
        for (int k = 0; k < n; k++)
            points[k] = new double[d];

        ulong designKey = Keys.Fold(Keys.Mix(design.Seed), LatinHypercubePurpose);
        var strata = new int[n];
        for (int j = 0; j < d; j++)
        {
            ulong parameterKey = Keys.Fold(designKey, (ulong)j);
            ulong orderKey = Keys.Fold(parameterKey, StratumOrderComponent);
            ulong positionKey = Keys.Fold(parameterKey, WithinStratumComponent);

            // Keyed Fisher–Yates shuffle: the swap partner of slot k is drawn from key (Seed, j, k).
            for (int k = 0; k < n; k++)
                strata[k] = k;
            for (int k = n - 1; k > 0; k--)
            {
                int other = (int)Math.BigMul(Keys.Fold(orderKey, (ulong)k), (ulong)(k + 1), out _);
                (strata[k], strata[other]) = (strata[other], strata[k]);
            }

            var parameter = design.Parameters[j];
            for (int k = 0; k < n; k++)
            {
                double u = (strata[k] + Keys.ToUnit(Keys.Fold(positionKey, (ulong)k))) / n;
                points[k][j] = Scale(Math.Min(u, Math.BitDecrement(1.0)), parameter);
            }
        }

        return points;
    }

    private static double[][] Sobol(Design design)
    {
        int d = design.Parameters.Length;
        int n = design.Samples;
        uint first = 1 + (uint)(design.Seed % SobolSeedOffsets);
        var baseRows = SobolSequence.Points(2 * d, first, n);

        var (aIndices, bIndices, abIndices) = SobolLayout.Indices(n, d);
        var points = new double[SobolLayout.PointCount(n, d)][];
        for (int r = 0; r < n; r++)
        {
            var row = baseRows[r];
            var a = new double[d];
            var b = new double[d];
            for (int j = 0; j < d; j++)
            {
                a[j] = Scale(row[j], design.Parameters[j]);
                b[j] = Scale(row[d + j], design.Parameters[j]);
            }

            points[aIndices[r]] = a;
            points[bIndices[r]] = b;
            for (int i = 0; i < d; i++)
            {
                var ab = (double[])a.Clone();
                ab[i] = b[i];
                points[abIndices[i][r]] = ab;
            }
        }

        return points;
    }
}
