using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;

namespace Analysis.Results;

/// <summary>
/// The one way Sim reads a CSV file: CsvHelper, one record at a time, so a file of millions of rows
/// (episodes.csv.gz) streams in constant memory; a name ending in .gz is decompressed on the way. Cells are read by column name or index; a missing
/// column, a short or long record, or a cell that is not a number becomes an
/// <see cref="InvalidDataException"/> of one line naming the file, the line and the column.
/// </summary>
public sealed class CsvFile : IDisposable
{
    private static readonly CsvReaderOptions Options = new()
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        MalformedData = CsvMalformedDataHandling.Throw,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private readonly CsvReader reader;
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);

    private CsvFile(string path, string? text = null)
    {
        Path = path;
        reader = text is not null ? CsvReader.FromText(text, Options)
            : ResultFiles.IsCompressed(path) ? CsvReader.Create(ReadAhead.Open(new GZipStream(File.OpenRead(path), CompressionMode.Decompress)), Options, leaveOpen: false)
            : CsvReader.FromFile(path, Options);
        try
        {
            Header = Guard(() => reader.Headers.ToArray());
        }
        catch
        {
            reader.Dispose();
            throw;
        }
        if (Header.Count == 0 || (Header.Count == 1 && Header[0].Length == 0))
        {
            reader.Dispose();
            throw new InvalidDataException($"{path}: empty file, expected a header line");
        }
        for (int i = 0; i < Header.Count; i++) index.TryAdd(Header[i], i);
    }

    public string Path { get; }
    public IReadOnlyList<string> Header { get; }

    /// <summary>The 1-based line of the current record, for error messages.</summary>
    public long Line => reader.LineNumber;

    public static CsvFile Open(string path)
    {
        try
        {
            return new CsvFile(path);
        }
        catch (FileNotFoundException)
        {
            throw new InvalidDataException($"{path}: no such file");
        }
    }

    /// <summary>Reads CSV text held in memory (an embedded table); <paramref name="name"/> names it in errors.</summary>
    public static CsvFile FromText(string text, string name) => new(name, text);

    /// <summary>Moves to the next record; false at the end of the file.</summary>
    // Optimised at once, as the digest's loops that call it (ResultsDigest.ReadEpisodes says why); so are Int, IntOrMinusOne and Number.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Next()
    {
        // Not through Guard: a delegate for every record, allocated wherever the code runs unoptimised (64 bytes a
        // record, up to 140 MB for a default experiment's 2.1 million episodes; optimised code may keep it on the stack).
        try
        {
            return reader.Read();
        }
        catch (Exception e) when (Translate(e) is { } error)
        {
            throw error;
        }
    }

    /// <summary>The position of a column, or an error naming the file and the missing column.</summary>
    public int Column(string name) =>
        index.TryGetValue(name, out int i) ? i : throw new InvalidDataException($"{Path}: no column '{name}'");

    public bool HasColumn(string name) => index.ContainsKey(name);

    /// <summary>The cell as UTF-8, valid until the next record.</summary>
    public ReadOnlySpan<byte> Utf8(int column) => reader.GetSpan(column);

    public string Text(int column) => reader.GetString(column);

    public bool IsEmpty(int column) => reader.GetSpan(column).IsEmpty;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Int(int column) => Number<int>(column);

    public long Long(int column) => Number<long>(column);

    public ulong ULong(int column) => Number<ulong>(column);

    public double Double(int column) => Number<double>(column);

    /// <summary>A whole number, or -1 for an empty cell (no relapse, no end year).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int IntOrMinusOne(int column) => IsEmpty(column) ? -1 : Int(column);

    /// <summary>A number, or NaN for an empty cell.</summary>
    public double DoubleOrNaN(int column) => IsEmpty(column) ? double.NaN : Double(column);

    /// <summary>
    /// Every remaining record as string cells, for the small tables (yearly, points, sensitivity); with
    /// <paramref name="keepColumn"/>, only those whose cell in that column is <paramref name="keepValue"/> (the
    /// others are skipped without making strings of their cells).
    /// </summary>
    public List<string[]> ReadAll(int keepColumn = -1, string keepValue = "")
    {
        var rows = new List<string[]>();
        byte[] keep = System.Text.Encoding.UTF8.GetBytes(keepValue);
        while (Next())
        {
            if (keepColumn >= 0 && !Utf8(keepColumn).SequenceEqual(keep)) continue;
            var cells = new string[Header.Count];
            for (int c = 0; c < cells.Length; c++) cells[c] = Text(c);
            rows.Add(cells);
        }
        return rows;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private T Number<T>(int column) where T : ISpanParsable<T>
    {
        try
        {
            return reader.Parse<T>(column);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new InvalidDataException(
                $"{Path}:{Line}: column '{Header[column]}': '{Encoding.UTF8.GetString(reader.GetSpan(column))}' is not a {typeof(T).Name switch { "Double" => "number", _ => "whole number" }}");
        }
    }

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (Translate(e) is { } error)
        {
            throw error;
        }
    }

    /// <summary>The reader's error as one line naming the file and line; null for an error not the file's.</summary>
    private InvalidDataException? Translate(Exception e) => e switch
    {
        CsvFormatException format => new InvalidDataException($"{Path}:{(format.LineNumber > 0 ? format.LineNumber : format.RecordNumber)}: {format.Message.ReplaceLineEndings(" ")}"),
        // GZipStream's own errors (a damaged or cut member) name no file.
        InvalidDataException data when ResultFiles.IsCompressed(Path) && !data.Message.StartsWith(Path, StringComparison.Ordinal)
            => new InvalidDataException($"{Path}: not a readable gzip file ({data.Message})"),
        _ => null,
    };

    public void Dispose() => reader.Dispose();
}
