using System.Buffers;
using System.Globalization;
using Analysis.Files;
using CsvHelper;

namespace Analysis.Results;

/// <summary>
/// The one way Sim writes CSV: CsvHelper with the results dialect (invariant culture, shortest
/// round-trip numbers, '\n' line ends, quotes only where needed, true/false, an empty cell for a
/// missing value or NaN), one row at a time with <see cref="Add(string)"/> ... <see cref="End"/>.
/// Whole tables go to a file atomically (<see cref="WriteFile"/>); a run's rows are formatted to
/// bytes by the worker thread that simulated it (<see cref="Format"/>).
/// </summary>
public sealed class CsvRows
{
    private static readonly CsvWriterOptions Options = new()
    {
        NewLine = "\n", TrueValue = "true", FalseValue = "false", FormatProvider = CultureInfo.InvariantCulture,
    };

    [ThreadStatic] private static MemoryStream? buffer;
    private readonly CsvWriter writer;

    private CsvRows(CsvWriter writer) => this.writer = writer;

    /// <summary>Writes a header and the rows <paramref name="rows"/> adds to a temporary file, then moves it into place.</summary>
    public static void WriteFile(string path, IReadOnlyList<string> header, Action<CsvRows> rows)
    {
        using (var writer = CsvWriter.ToFile(AtomicFile.TempPath(path), Options))
        {
            writer.WriteHeader(header.ToArray());
            rows(new CsvRows(writer));
        }
        AtomicFile.Commit(path);
    }

    /// <summary>The UTF-8 bytes of the rows <paramref name="rows"/> adds (no header), formatted in a buffer this thread reuses.</summary>
    public static byte[] Format(Action<CsvRows> rows) => Fill(rows).ToArray();

    /// <summary>
    /// As <see cref="Format(Action{CsvRows})"/>, into an array rented from <paramref name="pool"/>, which the
    /// caller gives back once the bytes are used: a run's episode rows (18 KB on average in the default experiment) then cost no garbage
    /// that lives until its block is packed.
    /// </summary>
    public static ArraySegment<byte> Format(Action<CsvRows> rows, ArrayPool<byte> pool)
    {
        var target = Fill(rows);
        int length = (int)target.Length;
        byte[] bytes = pool.Rent(length);
        target.GetBuffer().AsSpan(0, length).CopyTo(bytes);
        return new ArraySegment<byte>(bytes, 0, length);
    }

    /// <summary>The rows in this thread's buffer (valid until its next call).</summary>
    private static MemoryStream Fill(Action<CsvRows> rows)
    {
        var target = buffer ??= new MemoryStream(1 << 16);
        target.SetLength(0);
        using (var writer = CsvWriter.Create(target, Options, leaveOpen: true))
            rows(new CsvRows(writer));
        return target;
    }

    public CsvRows Add(string text)
    {
        writer.WriteField(text);
        return this;
    }

    public CsvRows Add(int value)
    {
        writer.WriteField(value, default);
        return this;
    }

    public CsvRows Add(long value)
    {
        writer.WriteField(value, default);
        return this;
    }

    public CsvRows Add(ulong value)
    {
        writer.WriteField(value, default);
        return this;
    }

    /// <summary>The shortest text that reads back as the same double; empty for NaN.</summary>
    public CsvRows Add(double value)
    {
        if (double.IsNaN(value)) writer.WriteField("");
        else writer.WriteField(value, default);
        return this;
    }

    /// <summary>A whole number, or an empty cell for none.</summary>
    public CsvRows Add(int? value)
    {
        writer.WriteField(value, default);
        return this;
    }

    public CsvRows Add(bool value)
    {
        writer.WriteField(value);
        return this;
    }

    public void End() => writer.EndRecord();
}
