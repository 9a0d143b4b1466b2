using System.Runtime.CompilerServices;

namespace Analysis.Results;

/// <summary>
/// One runs.csv column of one group, kept compactly: runs.csv holds whole numbers (counts, years,
/// rounded deaths, empty cells), so values are stored as 32-bit integers in fixed chunks, switching
/// to doubles only if a value does not fit. A column that has held one value only (a regime's
/// counter under another regime: vetoes without a Council, zero every run) holds no chunk at all, so
/// memory grows with the runs only for the columns that vary.
/// </summary>
internal sealed class RunColumn
{
    private const int ChunkSize = 4096;
    private const int FirstChunkSize = 16;
    private const int Missing = int.MinValue;
    private readonly List<int[]> integers = new();
    private List<double>? doubles;
    /// <summary>The value of every run so far while <see cref="integers"/> is still empty and the column holds no doubles.</summary>
    private double first;

    public int Count { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called for every row or spell of a digest: see ResultsDigest.ReadEpisodes
    public void Add(double value)
    {
        if (Count == 0) first = value;
        bool same = value.Equals(first); // NaN equals NaN here: empty cells are a value like any other
        if (doubles is null && integers.Count == 0 && same)
        {
            Count++;
            return;
        }
        if (doubles is null && (double.IsNaN(value) || (value == Math.Floor(value) && value > int.MinValue && value <= int.MaxValue))
            && (integers.Count > 0 || Fits(first)))
        {
            if (integers.Count == 0) Spread();
            ChunkFor(Count)[Count % ChunkSize] = double.IsNaN(value) ? Missing : (int)value;
        }
        else
        {
            doubles ??= ToArray().ToList();
            doubles.Add(value);
        }
        Count++;
    }

    private static bool Fits(double value) =>
        double.IsNaN(value) || (value == Math.Floor(value) && value > int.MinValue && value <= int.MaxValue);

    /// <summary>The runs so far, all equal to <see cref="first"/>, written out as integers.</summary>
    private void Spread()
    {
        int v = double.IsNaN(first) ? Missing : (int)first;
        for (int i = 0; i < Count; i++) ChunkFor(i)[i % ChunkSize] = v;
    }

    /// <summary>
    /// The chunk that holds run <paramref name="i"/> (runs are added in order), added or grown as needed. The
    /// first chunk starts at <see cref="FirstChunkSize"/> and doubles up to <see cref="ChunkSize"/>: a sweep's
    /// design point of a few runs holds a few bytes a column, where a full chunk each took 16 KB (a Sobol
    /// sweep of 1,536 groups of 10 runs needed 2 GB to report).
    /// </summary>
    private int[] ChunkFor(int i)
    {
        int c = i / ChunkSize, offset = i % ChunkSize;
        if (c == integers.Count) integers.Add(new int[c == 0 ? FirstChunkSize : ChunkSize]);
        else if (offset == integers[c].Length) integers[c] = Grown(integers[c]);
        return integers[c];

        static int[] Grown(int[] chunk)
        {
            Array.Resize(ref chunk, Math.Min(ChunkSize, 2 * chunk.Length));
            return chunk;
        }
    }

    /// <summary>The values in run order; NaN for empty cells.</summary>
    public double[] ToArray()
    {
        if (doubles is not null) return doubles.ToArray();
        var values = new double[Count];
        if (integers.Count == 0)
        {
            // As the integer chunks would give it back (a negative zero comes back as zero).
            Array.Fill(values, Fits(first) && !double.IsNaN(first) ? (int)first : first);
            return values;
        }
        for (int i = 0; i < Count; i++)
        {
            int v = integers[i / ChunkSize][i % ChunkSize];
            values[i] = v == Missing ? double.NaN : v;
        }
        return values;
    }
}
