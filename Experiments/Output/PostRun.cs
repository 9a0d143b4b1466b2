using Analysis.Calibration;
using Analysis.Report;
using Analysis.Results;
using Analysis.Summary;
using Experiments.Configuration;

namespace Experiments.Output;

/// <summary>
/// The one post-run pipeline: every file derived from a results folder's data files (runs.csv,
/// episodes.csv.gz, with points.csv and yearly*.csv beside them), in one order, for <c>sim run</c>,
/// <c>sim merge</c> and <c>sim report</c> alike: summary.csv, targets.csv, sensitivity.csv (Sobol designs, whole
/// experiments only), runs/episodes.parquet (only when the config says <c>output: parquet</c>),
/// the manifest's checksums, and the figures and report.html.
/// </summary>
internal static class PostRun
{
    /// <summary>The data files: written by the run (or merge) alone; the manifest certifies them.</summary>
    /// (<see cref="ResultFiles.PlainEpisodes"/>: only in folders written before episodes were compressed, kept certified when such a folder is re-reported.)
    public static readonly string[] DataFiles = ["config.yaml", ResultFiles.Runs, ResultFiles.Episodes, ResultFiles.PlainEpisodes, RunRowsWriter.ErasFile, "yearly.csv", "yearly_counts.csv", "points.csv", Uncertainty.Posterior.FileName];

    /// <summary>Derived files whose bytes depend only on the data; the manifest certifies them too.</summary>
    public static readonly string[] DerivedTables = ["summary.csv", TargetsTable.FileName, "sensitivity.csv"];

    public static readonly string[] ParquetFiles = ["runs.parquet", "episodes.parquet"];

    /// <summary>
    /// Regenerates every derived file of <paramref name="folder"/>. <paramref name="config"/> is the
    /// folder's config (null when it has none: only summary and report). <paramref name="manifest"/> is
    /// the new manifest of a run or merge (its checksums are filled in here); null re-certifies the
    /// folder's existing manifest, keeping the checksums of its data files, so that a report never
    /// vouches for data changed after the run. <paramref name="digest"/>: the data files' digest, when the run that wrote
    /// them built it as it wrote them (else it is read from the files).
    /// </summary>
    public static (IReadOnlyList<Metric> Metrics, ReportOutcome? Report) Derive(string folder, ExperimentConfig? config, Manifest? manifest, bool report,
        ResultsDigest? digest = null)
    {
        var previous = manifest is null ? Manifest.Read(folder) : null;
        // A run's or merge's data files are final: they are hashed while the digest is read (or, when the run built
        // it, while the summary is computed), on a core the work leaves idle. On a thread of its own, not the pool's: the
        // digest's read-ahead pumps through the pool (as many threads as cores), which a job of a tenth of a second
        // should not hold up.
        var hashing = manifest is null ? null
            : Task.Factory.StartNew(() => DataChecksums(folder), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        digest ??= ResultsDigest.Read(folder, config?.Model.FirstReportedYear ?? 0);
        var metrics = SummaryBuilder.Build(digest);
        SummaryBuilder.Write(metrics, Path.Combine(folder, "summary.csv"), digest.HasPosterior);
        TargetsTable.Write(Path.Combine(folder, TargetsTable.FileName), digest, metrics);

        bool whole = (manifest ?? previous)?.Shards.Contains('/') != true;
        string sensitivity = Path.Combine(folder, "sensitivity.csv");
        if (config?.Design is { } design && whole) SensitivityWriter.Write(folder, design, config.Regimes, metrics);
        else if (config is not null) File.Delete(sensitivity);

        if (config is not null)
            foreach (var parquet in ParquetFiles)
            {
                string path = Path.Combine(folder, parquet);
                string csv = parquet == "episodes.parquet" ? ResultFiles.EpisodesPath(folder) : Path.ChangeExtension(path, ".csv");
                if (config.Parquet) ParquetExport.Convert(csv, path);
                else File.Delete(path);
            }

        if ((manifest ?? previous) is { } certified)
            (certified with { Files = Checksums(folder, hashing?.GetAwaiter().GetResult() ?? Certified(previous?.Files)) }).Write(folder);

        return (metrics, report ? Report(folder, digest, metrics) : null);
    }

    /// <summary>
    /// plots/ and report.html. Figures an earlier report drew (listed in the folder's marker) go first;
    /// each new figure is listed before it is written, so Sim can always tell its files from others.
    /// </summary>
    private static ReportOutcome Report(string folder, ResultsDigest digest, IReadOnlyList<Metric> metrics)
    {
        Ownership.DeleteFigures(folder);
        var figures = new SortedSet<string>(StringComparer.Ordinal);
        return ReportBuilder.Build(folder, digest, metrics, path =>
        {
            if (figures.Add("plots/" + Path.GetFileName(path))) Ownership.WriteFigures(folder, figures);
        });
    }

    /// <summary>SHA-256 of the data files present.</summary>
    private static SortedDictionary<string, string> DataChecksums(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in DataFiles)
            if (File.Exists(Path.Combine(folder, f))) files[f] = Manifest.Sha256(Path.Combine(folder, f));
        return files;
    }

    /// <summary>The checksums <paramref name="certified"/> gives the data files (none without a manifest).</summary>
    private static SortedDictionary<string, string> Certified(IReadOnlyDictionary<string, string>? certified)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in DataFiles)
            if (certified?.TryGetValue(f, out var sha) == true) files[f] = sha;
        return files;
    }

    /// <summary>The data files' checksums (<paramref name="data"/>) and those of the derived tables present.</summary>
    private static SortedDictionary<string, string> Checksums(string folder, SortedDictionary<string, string> data)
    {
        foreach (var f in DerivedTables)
            if (File.Exists(Path.Combine(folder, f))) data[f] = Manifest.Sha256(Path.Combine(folder, f));
        return data;
    }
}
