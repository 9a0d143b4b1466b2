namespace Experiments.Designs;

/// <summary>
/// Where each block of a Saltelli (2010) design sits in the point list that <see cref="DesignPoints.Generate"/>
/// returns for a <see cref="DesignKind.Sobol"/> design with N = samples base rows and d = dimensions parameters:
/// points [0, N) are the rows of A, [N, 2N) the rows of B, and [(2 + i)N, (3 + i)N) the rows of AB_i
/// (A with column i taken from B), for i = 0 … d - 1. Row r of every block comes from the same base point.
/// </summary>
public static class SobolLayout
{
    /// <summary>N(d + 2): the number of points of a Sobol' design.</summary>
    public static int PointCount(int samples, int dimensions)
    {
        Check(samples, dimensions);
        return checked(samples * (dimensions + 2));
    }

    /// <summary>The point indices of row r of A, of B, and of each AB_i: <c>A[r]</c>, <c>B[r]</c>, <c>AB[i][r]</c>.</summary>
    public static (int[] A, int[] B, int[][] AB) Indices(int samples, int dimensions)
    {
        PointCount(samples, dimensions);
        var a = Block(samples, 0);
        var b = Block(samples, 1);
        var ab = new int[dimensions][];
        for (int i = 0; i < dimensions; i++)
            ab[i] = Block(samples, 2 + i);
        return (a, b, ab);
    }

    private static int[] Block(int samples, int block)
    {
        var indices = new int[samples];
        for (int r = 0; r < samples; r++)
            indices[r] = block * samples + r;
        return indices;
    }

    private static void Check(int samples, int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
    }
}
