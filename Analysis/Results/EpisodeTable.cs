namespace Analysis.Results;

/// <summary>
/// The columns of episodes.csv that the statistics need, parsed straight into compact arrays:
/// the file can hold millions of rows, so it is streamed once and never kept as strings.
/// </summary>
public sealed class EpisodeTable
{
    public List<int> Point { get; } = new();
    public List<string> Regime { get; } = new();
    public List<int> Run { get; } = new();
    public List<int> Episode { get; } = new();
    public List<bool> IsCivil { get; } = new();
    public List<int> StartYear { get; } = new();
    /// <summary>End year, or -1 while ongoing at the horizon.</summary>
    public List<int> EndYear { get; } = new();
    /// <summary>The episode renewed, or -1.</summary>
    public List<int> RelapseOf { get; } = new();
    /// <summary>Peacekeepers deployed when the episode ended.</summary>
    public List<bool> Peacekeeping { get; } = new();
    public int Count => Run.Count;

    public static EpisodeTable Read(string path)
    {
        var table = new EpisodeTable();
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, true, 1 << 16);
        string header = reader.ReadLine() ?? throw new InvalidDataException($"{path}: empty file, expected a header line");
        var names = header.Split(',');
        int Col(string name) => Array.IndexOf(names, name) is var i and >= 0 ? i : throw new InvalidDataException($"{path}: no column '{name}'");
        int cPoint = Col("point"), cRegime = Col("regime"), cRun = Col("run"), cEpisode = Col("episode"), cKind = Col("kind"),
            cStart = Col("start_year"), cEnd = Col("end_year"), cRelapse = Col("relapse_of"), cPko = Col("pko");
        Span<Range> cells = stackalloc Range[names.Length + 1];
        string? lastRegime = null;
        int lineNumber = 1;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var span = line.AsSpan();
            if (span.Split(cells, ',') != names.Length)
                throw new InvalidDataException($"{path}:{lineNumber}: expected {names.Length} cells");
            var regime = span[cells[cRegime]];
            if (lastRegime is null || !regime.SequenceEqual(lastRegime)) lastRegime = regime.ToString();
            table.Point.Add(Int(span[cells[cPoint]]));
            table.Regime.Add(lastRegime);
            table.Run.Add(Int(span[cells[cRun]]));
            table.Episode.Add(Int(span[cells[cEpisode]]));
            table.IsCivil.Add(span[cells[cKind]].SequenceEqual("civil"));
            table.StartYear.Add(Int(span[cells[cStart]]));
            table.EndYear.Add(Int(span[cells[cEnd]]));
            table.RelapseOf.Add(Int(span[cells[cRelapse]]));
            table.Peacekeeping.Add(span[cells[cPko]].SequenceEqual("true"));
        }
        return table;
    }

    private static int Int(ReadOnlySpan<char> cell) =>
        cell.IsEmpty ? -1 : int.Parse(cell, provider: System.Globalization.CultureInfo.InvariantCulture);
}
