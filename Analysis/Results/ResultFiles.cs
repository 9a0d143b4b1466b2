namespace Analysis.Results;

/// <summary>
/// The names of a results folder's row tables, declared once for the writer and every reader. The
/// episodes table is gzip-compressed (<c>episodes.csv.gz</c>: the same CSV bytes inside; pandas, R and
/// DuckDB read it without options); folders written before it was (<c>episodes.csv</c>) still read.
/// </summary>
public static class ResultFiles
{
    public const string Runs = "runs.csv";

    /// <summary>One row per conflict episode; gzip members of blocks of runs.</summary>
    public const string Episodes = "episodes.csv.gz";

    /// <summary>The episodes table of folders written before it was compressed.</summary>
    public const string PlainEpisodes = "episodes.csv";

    /// <summary>The episodes table <paramref name="folder"/> holds: <see cref="Episodes"/>, or else <see cref="PlainEpisodes"/> if only that exists.</summary>
    public static string EpisodesPath(string folder)
    {
        string compressed = Path.Combine(folder, Episodes), plain = Path.Combine(folder, PlainEpisodes);
        return !File.Exists(compressed) && File.Exists(plain) ? plain : compressed;
    }

    /// <summary>True for a gzip-compressed table (its name ends in .gz).</summary>
    public static bool IsCompressed(string path) => path.EndsWith(".gz", StringComparison.Ordinal);
}
