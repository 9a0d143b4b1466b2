namespace Analysis.Results;

/// <summary>
/// One runs.csv column of one group, kept compactly: runs.csv holds whole numbers (counts, years,
/// rounded deaths, empty cells), so values are stored as 32-bit integers in fixed chunks, switching
/// to doubles only if a value does not fit. A 20,000-run experiment then needs a few megabytes.
/// </summary>
internal sealed class RunColumn
{
    private const int ChunkSize = 4096;
    private const int Missing = int.MinValue;
    private readonly List<int[]> integers = new();
    private List<double>? doubles;

    public int Count { get; private set; }

    public void Add(double value)
    {
        if (doubles is null && (double.IsNaN(value) || (value == Math.Floor(value) && value > int.MinValue && value <= int.MaxValue)))
        {
            if (Count % ChunkSize == 0) integers.Add(new int[ChunkSize]);
            integers[^1][Count % ChunkSize] = double.IsNaN(value) ? Missing : (int)value;
        }
        else
        {
            doubles ??= ToArray().ToList();
            doubles.Add(value);
        }
        Count++;
    }

    /// <summary>The values in run order; NaN for empty cells.</summary>
    public double[] ToArray()
    {
        if (doubles is not null) return doubles.ToArray();
        var values = new double[Count];
        for (int i = 0; i < Count; i++)
        {
            int v = integers[i / ChunkSize][i % ChunkSize];
            values[i] = v == Missing ? double.NaN : v;
        }
        return values;
    }
}
