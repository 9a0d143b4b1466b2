namespace Experiments.Designs;

/// <summary>
/// The unscrambled Sobol' sequence in up to <see cref="MaxDimensions"/> dimensions, with 32-bit direction numbers,
/// generated in Gray-code order (Antonov &amp; Saleev 1979): point n is the XOR of the direction numbers selected by
/// the bits of gray(n) = n ^ (n &gt;&gt; 1), so point 0 is all zeros and point n differs from point n - 1 by one
/// direction number. Dimension 1 is the base-2 van der Corput sequence. Pure and deterministic.
/// </summary>
public static class SobolSequence
{
    /// <summary>Bits of each coordinate, and so of each direction number.</summary>
    private const int Bits = 32;

    /// <summary>
    /// Primitive polynomials and initial direction numbers for dimensions 2..42, copied literally from
    /// S. Joe and F. Y. Kuo, "Constructing Sobol sequences with better two-dimensional projections",
    /// SIAM J. Sci. Comput. 30 (2008) 2635–2654, file <c>new-joe-kuo-6.21201</c>
    /// (https://web.maths.unsw.edu.au/~fkuo/sobol/). Each row is { d, s, a, m_1 … m_s }: s is the degree of the
    /// primitive polynomial, a encodes its inner coefficients, m_k are the initial direction numbers.
    /// 42 dimensions let a Saltelli design, which draws from 2d dimensions, take 21 parameters.
    /// </summary>
    private static readonly uint[][] JoeKuo =
    [
        [2, 1, 0, 1],
        [3, 2, 1, 1, 3],
        [4, 3, 1, 1, 3, 1],
        [5, 3, 2, 1, 1, 1],
        [6, 4, 1, 1, 1, 3, 3],
        [7, 4, 4, 1, 3, 5, 13],
        [8, 5, 2, 1, 1, 5, 5, 17],
        [9, 5, 4, 1, 1, 5, 5, 5],
        [10, 5, 7, 1, 1, 7, 11, 19],
        [11, 5, 11, 1, 1, 5, 1, 1],
        [12, 5, 13, 1, 1, 1, 3, 11],
        [13, 5, 14, 1, 3, 5, 5, 31],
        [14, 6, 1, 1, 3, 3, 9, 7, 49],
        [15, 6, 13, 1, 1, 1, 15, 21, 21],
        [16, 6, 16, 1, 3, 1, 13, 27, 49],
        [17, 6, 19, 1, 1, 1, 15, 7, 5],
        [18, 6, 22, 1, 3, 1, 15, 13, 25],
        [19, 6, 25, 1, 1, 5, 5, 19, 61],
        [20, 7, 1, 1, 3, 7, 11, 23, 15, 103],
        [21, 7, 4, 1, 3, 7, 13, 13, 15, 69],
        [22, 7, 7, 1, 1, 3, 13, 7, 35, 63],
        [23, 7, 8, 1, 3, 5, 9, 1, 25, 53],
        [24, 7, 14, 1, 3, 1, 13, 9, 35, 107],
        [25, 7, 19, 1, 3, 1, 5, 27, 61, 31],
        [26, 7, 21, 1, 1, 5, 11, 19, 41, 61],
        [27, 7, 28, 1, 3, 5, 3, 3, 13, 69],
        [28, 7, 31, 1, 1, 7, 13, 1, 19, 1],
        [29, 7, 32, 1, 3, 7, 5, 13, 19, 59],
        [30, 7, 37, 1, 1, 3, 9, 25, 29, 41],
        [31, 7, 41, 1, 3, 5, 13, 23, 1, 55],
        [32, 7, 42, 1, 3, 7, 3, 13, 59, 17],
        [33, 7, 50, 1, 3, 1, 3, 5, 53, 69],
        [34, 7, 55, 1, 1, 5, 5, 23, 33, 13],
        [35, 7, 56, 1, 1, 7, 7, 1, 61, 123],
        [36, 7, 59, 1, 1, 7, 9, 13, 61, 49],
        [37, 7, 62, 1, 3, 3, 5, 3, 55, 33],
        [38, 8, 14, 1, 3, 1, 15, 31, 13, 49, 245],
        [39, 8, 21, 1, 3, 5, 15, 31, 59, 63, 97],
        [40, 8, 22, 1, 3, 1, 11, 11, 11, 77, 249],
        [41, 8, 38, 1, 3, 1, 11, 27, 43, 71, 9],
        [42, 8, 47, 1, 1, 7, 15, 21, 11, 81, 45],
    ];

    /// <summary>The number of dimensions available.</summary>
    public const int MaxDimensions = 42;

    /// <summary>Direction numbers V[dimension - 1][k - 1] = v_k, scaled to 32 bits.</summary>
    private static readonly uint[][] Directions = BuildDirections();

    /// <summary>
    /// <paramref name="count"/> consecutive points starting at index <paramref name="first"/> (index 0 is the
    /// all-zeros point), each with <paramref name="dimensions"/> coordinates in [0, 1) that are multiples of 2^-32.
    /// </summary>
    public static double[][] Points(int dimensions, uint first, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensions, MaxDimensions);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if ((ulong)first + (ulong)count > (1UL << Bits))
            throw new ArgumentOutOfRangeException(nameof(count), "a 32-bit Sobol' sequence has 2^32 points.");

        const double scale = 1.0 / (1UL << Bits);
        var state = new uint[dimensions];
        uint gray = first ^ (first >> 1);
        for (int j = 0; j < dimensions; j++)
        {
            uint x = 0;
            for (int k = 0; k < Bits; k++)
                if ((gray & (1u << k)) != 0) x ^= Directions[j][k];
            state[j] = x;
        }

        var points = new double[count][];
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                // Gray code: going from index n - 1 to n flips the bit at the position of n's lowest set bit.
                int c = System.Numerics.BitOperations.TrailingZeroCount(first + (uint)i);
                for (int j = 0; j < dimensions; j++)
                    state[j] ^= Directions[j][c];
            }

            var point = new double[dimensions];
            for (int j = 0; j < dimensions; j++)
                point[j] = state[j] * scale;
            points[i] = point;
        }

        return points;
    }

    private static uint[][] BuildDirections()
    {
        var directions = new uint[MaxDimensions][];

        // Dimension 1: m_k = 1 for all k, i.e. v_k = 2^-k — the van der Corput sequence.
        directions[0] = new uint[Bits];
        for (int k = 0; k < Bits; k++)
            directions[0][k] = 1u << (Bits - 1 - k);

        for (int d = 2; d <= MaxDimensions; d++)
        {
            uint[] row = JoeKuo[d - 2];
            if (row[0] != d) throw new InvalidOperationException($"Joe–Kuo table row {d - 2} is for dimension {row[0]}.");
            int s = (int)row[1];
            uint a = row[2];
            var v = new uint[Bits];
            for (int k = 0; k < s; k++)
                v[k] = row[3 + k] << (Bits - 1 - k);

            // v_k = a_1 v_{k-1} ^ a_2 v_{k-2} ^ … ^ a_{s-1} v_{k-s+1} ^ v_{k-s} ^ (v_{k-s} >> s),
            // where a_i is bit (s - 1 - i) of a (Bratley & Fox 1988; Joe & Kuo 2008).
            for (int k = s; k < Bits; k++)
            {
                uint value = v[k - s] ^ (v[k - s] >> s);
                for (int i = 1; i < s; i++)
                    if (((a >> (s - 1 - i)) & 1u) != 0) value ^= v[k - i];
                v[k] = value;
            }

            directions[d - 1] = v;
        }

        return directions;
    }
}
