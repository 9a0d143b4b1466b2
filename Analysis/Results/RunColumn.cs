using System.Runtime.CompilerServices;

namespace Analysis.Results;

/// <summary>
/// One runs.csv column of one group, kept compactly: runs.csv holds whole numbers (counts, years,
/// rounded deaths, empty cells), so values are stored as bytes while they are counts below 255, as 32-bit
/// integers once one is not, in fixed chunks, and as doubles only if a value is not a whole number that fits.
/// A column that has held one value only (a regime's counter under another regime: vetoes without a Council,
/// zero every run) holds no chunk at all, so memory grows with the runs only for the columns that vary, most
/// of them by a byte a run (a run's digest is built while the runs are still in memory: issue 13).
/// </summary>
internal sealed class RunColumn
{
    private const int ChunkSize = 4096;
    private const int FirstChunkSize = 16;
    private const int Missing = int.MinValue;
    private const byte MissingByte = byte.MaxValue;
    /// <summary>The values while every one is a count below 255 or empty; null once one is not.</summary>
    private Chunks<byte>? bytes;
    private Chunks<int>? integers;
    private List<double>? doubles;
    /// <summary>The value of every run so far while the column holds no chunk and no doubles.</summary>
    private double first;

    public int Count { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called for every row or spell of a digest: see ResultsDigest.ReadEpisodes
    public void Add(double value)
    {
        if (Count == 0) first = value;
        bool same = value.Equals(first); // NaN equals NaN here: empty cells are a value like any other
        if (doubles is null && bytes is null && integers is null && same)
        {
            Count++;
            return;
        }
        if (doubles is null && Fits(value) && (bytes is not null || integers is not null || Fits(first)))
        {
            if (bytes is null && integers is null) Spread();
            if (bytes is not null && !FitsByte(value)) Widen();
            if (bytes is not null) bytes.Set(Count, double.IsNaN(value) ? MissingByte : (byte)value);
            else integers!.Set(Count, double.IsNaN(value) ? Missing : (int)value);
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

    private static bool FitsByte(double value) => double.IsNaN(value) || (value == Math.Floor(value) && value >= 0 && value < MissingByte);

    /// <summary>The runs so far, all equal to <see cref="first"/>, written out in the narrowest chunks that hold it.</summary>
    private void Spread()
    {
        if (FitsByte(first))
        {
            bytes = new Chunks<byte>();
            byte b = double.IsNaN(first) ? MissingByte : (byte)first;
            for (int i = 0; i < Count; i++) bytes.Set(i, b);
        }
        else
        {
            integers = new Chunks<int>();
            int v = double.IsNaN(first) ? Missing : (int)first;
            for (int i = 0; i < Count; i++) integers.Set(i, v);
        }
    }

    /// <summary>The bytes so far rewritten as integers (a value above 254 came).</summary>
    private void Widen()
    {
        integers = new Chunks<int>();
        for (int i = 0; i < Count; i++)
        {
            byte b = bytes!.Get(i);
            integers.Set(i, b == MissingByte ? Missing : b);
        }
        bytes = null;
    }

    /// <summary>The values in run order; NaN for empty cells.</summary>
    public double[] ToArray()
    {
        if (doubles is not null) return doubles.ToArray();
        var values = new double[Count];
        if (bytes is not null)
            for (int i = 0; i < Count; i++)
            {
                byte b = bytes.Get(i);
                values[i] = b == MissingByte ? double.NaN : b;
            }
        else if (integers is not null)
            for (int i = 0; i < Count; i++)
            {
                int v = integers.Get(i);
                values[i] = v == Missing ? double.NaN : v;
            }
        else
            // As the chunks would give it back (a negative zero comes back as zero).
            Array.Fill(values, Fits(first) && !double.IsNaN(first) ? (int)first : first);
        return values;
    }

    /// <summary>
    /// Values by run in chunks of <see cref="ChunkSize"/> (runs are added in order). The first chunk starts at
    /// <see cref="FirstChunkSize"/> and doubles up to <see cref="ChunkSize"/>: a sweep's design point of a few runs
    /// holds a few bytes a column, where a full chunk each took 16 KB (a Sobol sweep of 1,536 groups of 10 runs
    /// needed 2 GB to report).
    /// </summary>
    private sealed class Chunks<T>
    {
        private readonly List<T[]> chunks = new();

        public T Get(int i) => chunks[i / ChunkSize][i % ChunkSize];

        public void Set(int i, T value)
        {
            int c = i / ChunkSize, offset = i % ChunkSize;
            if (c == chunks.Count) chunks.Add(new T[c == 0 ? FirstChunkSize : ChunkSize]);
            else if (offset == chunks[c].Length)
            {
                var chunk = chunks[c];
                Array.Resize(ref chunk, Math.Min(ChunkSize, 2 * chunk.Length));
                chunks[c] = chunk;
            }
            chunks[c][offset] = value;
        }
    }
}
