using System.Globalization;
using Analysis.Files;
using CsvHelper;

namespace Analysis.Results;

/// <summary>
/// Writes the small derived tables (summary.csv, points.csv, sensitivity.csv) through CsvHelper:
/// invariant culture, shortest round-trip numbers, '\n' line ends, quotes only where needed, NaN
/// as an empty cell; written under a temporary name and renamed into place.
/// </summary>
public sealed class CsvTableWriter
{
    private static readonly CsvWriterOptions Options = new() { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture };
    private readonly CsvWriter writer;

    private CsvTableWriter(CsvWriter writer) => this.writer = writer;

    /// <summary>Writes a header and the rows <paramref name="rows"/> adds, then moves the file into place.</summary>
    public static void Write(string path, IReadOnlyList<string> header, Action<CsvTableWriter> rows)
    {
        using (var writer = CsvWriter.ToFile(AtomicFile.TempPath(path), Options))
        {
            writer.WriteHeader(header.ToArray());
            rows(new CsvTableWriter(writer));
        }
        AtomicFile.Commit(path);
    }

    public CsvTableWriter Text(string value)
    {
        writer.WriteField(value);
        return this;
    }

    public CsvTableWriter Number(long value)
    {
        writer.WriteField(value, default);
        return this;
    }

    /// <summary>The shortest text that reads back as the same double; empty for NaN.</summary>
    public CsvTableWriter Number(double value)
    {
        if (double.IsNaN(value)) writer.WriteField("");
        else writer.WriteField(value, default);
        return this;
    }

    public void EndRow() => writer.EndRecord();
}
