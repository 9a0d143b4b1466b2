namespace Analysis.Results;

/// <summary>
/// A results CSV read into memory: header names and string cells. The files are written by Sim in
/// a plain dialect (no quoting, invariant culture, '\n'), so a split on commas reads them exactly.
/// </summary>
public sealed class ResultTable
{
    private readonly Dictionary<string, int> index;

    private ResultTable(string path, string[] header, List<string[]> rows)
    {
        Path = path;
        Header = header;
        Rows = rows;
        index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Length; i++) index[header[i]] = i;
    }

    public string Path { get; }
    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<string[]> Rows { get; }

    public static ResultTable Read(string path)
    {
        using var reader = new StreamReader(path);
        string? first = reader.ReadLine() ?? throw new InvalidDataException($"{path}: empty file, expected a header line");
        var header = first.Split(',');
        var rows = new List<string[]>();
        int lineNumber = 1;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var cells = line.Split(',');
            if (cells.Length != header.Length)
                throw new InvalidDataException($"{path}:{lineNumber}: {cells.Length} cells, expected {header.Length}");
            rows.Add(cells);
        }
        return new ResultTable(path, header, rows);
    }

    /// <summary>Position of a column, or an error naming the file and the missing column.</summary>
    public int Column(string name) =>
        index.TryGetValue(name, out int i) ? i : throw new InvalidDataException($"{Path}: no column '{name}'");

    public static double Number(string cell) => double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture);
}
