using System.Globalization;

namespace Analysis.Results;

/// <summary>A small results CSV (yearly, points, sensitivity) read whole through <see cref="CsvFile"/>: header names and string cells.</summary>
public sealed class ResultTable
{
    private readonly Dictionary<string, int> index;

    private ResultTable(string path, IReadOnlyList<string> header, List<string[]> rows)
    {
        Path = path;
        Header = header;
        Rows = rows;
        index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Count; i++) index.TryAdd(header[i], i);
    }

    public string Path { get; }
    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<string[]> Rows { get; }

    public static ResultTable Read(string path)
    {
        using var file = CsvFile.Open(path);
        return new ResultTable(path, file.Header, file.ReadAll());
    }

    /// <summary>
    /// Only the rows whose <paramref name="column"/> holds <paramref name="value"/> (every row when the file has no
    /// such column): a sweep's yearly.csv has a block of rows per design point, and a report draws one.
    /// </summary>
    public static ResultTable ReadWhere(string path, string column, string value)
    {
        using var file = CsvFile.Open(path);
        return new ResultTable(path, file.Header, file.HasColumn(column) ? file.ReadAll(file.Column(column), value) : file.ReadAll());
    }

    /// <summary>Position of a column, or an error naming the file and the missing column.</summary>
    public int Column(string name) =>
        index.TryGetValue(name, out int i) ? i : throw new InvalidDataException($"{Path}: no column '{name}'");

    /// <summary>A numeric cell of this table; NaN when empty; an error naming the file when it is not a number.</summary>
    public double Number(string cell) =>
        cell.Length == 0 ? double.NaN
        : double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value
        : throw new InvalidDataException($"{Path}: '{cell}' is not a number");
}
