using System.Text;

namespace Analysis.Results;

/// <summary>
/// A results folder's digest built as its rows are written, so that a run need not read episodes.csv.gz back
/// (decompressing and parsing some 150 MB of a default experiment took 0.6-0.7 s after the runs, with every core
/// but the reader's idle). It is fed every run of the folder in file order, each run's runs.csv row and eras.csv
/// rows as the writer formatted them (parsed as a folder's are, so the same numbers) and its episodes as numbers
/// (whole numbers and flags, which the CSV holds exactly). A folder it did not see whole (a resumed run) is read
/// from its files instead (<see cref="ResultsDigest.Read"/>); the tests hold the two to the same summary.
/// </summary>
public sealed class DigestFeed
{
    private readonly ResultsDigest.Builder builder;
    private readonly string runsHeader, erasHeader;
    private readonly int erasPerRun;

    /// <param name="firstYear">The label of the first reported year, as for <see cref="ResultsDigest.Read"/>.</param>
    /// <param name="runsHeader">runs.csv's columns (<see cref="Columns.RunsOf"/>).</param>
    /// <param name="eraCount">The rows each run has in eras.csv (0: no eras.csv).</param>
    public DigestFeed(int firstYear, IReadOnlyList<string> runsHeader, int eraCount)
    {
        builder = new ResultsDigest.Builder(firstYear);
        this.runsHeader = string.Join(',', runsHeader) + "\n";
        erasHeader = string.Join(',', Columns.Eras) + "\n";
        erasPerRun = eraCount;
    }

    /// <summary>
    /// The next runs, in file order: their runs.csv rows and eras.csv rows as UTF-8 CSV without a header (eras null
    /// without eras), and the episodes of the k-th of them in episode order.
    /// </summary>
    public void Add(byte[] runsRows, byte[]? erasRows, Func<int, ReadOnlyMemory<DigestEpisode>> episodesOfRun)
    {
        if ((erasRows is null) != (erasPerRun == 0)) throw new ArgumentException(erasRows is null ? "eras rows missing" : "eras rows unexpected", nameof(erasRows));
        using var runs = CsvFile.FromText(runsHeader + Encoding.UTF8.GetString(runsRows), ResultFiles.Runs);
        using var eras = erasRows is null ? null : CsvFile.FromText(erasHeader + Encoding.UTF8.GetString(erasRows), "eras.csv");
        var runColumns = new ResultsDigest.RunsColumns(runs);
        var eraColumns = eras is null ? null : new ResultsDigest.ErasColumns(eras);
        for (int k = 0; runs.Next(); k++)
        {
            builder.RunRow(runs, runColumns);
            for (int e = 0; e < erasPerRun; e++)
            {
                if (!eras!.Next()) throw new ArgumentException($"eras rows: fewer than {erasPerRun} for run {k}", nameof(erasRows));
                builder.EraRow(eras, eraColumns!);
            }
            int point = runs.Int(runColumns.Point), run = runs.Int(runColumns.Run);
            var group = builder.GroupOf(point, runs.Text(runColumns.Regime), ResultFiles.Episodes, runs.Line);
            builder.RunEpisodes(ResultFiles.Episodes, group, run, episodesOfRun(k).Span);
        }
        if (eras is not null && eras.Next()) throw new ArgumentException($"eras rows: more than {erasPerRun} a run", nameof(erasRows));
    }

    /// <summary>Every run is in: the digest, as <see cref="ResultsDigest.Read"/> would read it from the folder.</summary>
    public ResultsDigest Complete() => builder.Complete();
}
