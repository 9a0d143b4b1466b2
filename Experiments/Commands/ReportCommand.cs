using System.CommandLine;
using Analysis.Report;
using Analysis.Results;
using Experiments.Configuration;
using Experiments.Output;
using Simulator.Regimes;

namespace Experiments.Commands;

/// <summary>
/// <c>sim report DIR</c>: regenerates every file derived from a results folder's data (summary.csv,
/// sensitivity.csv, parquet when the config asks for it, the manifest's checksums, plots/ and
/// report.html) through the same pipeline as <c>sim run</c>. Never runs the model.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "Results folder written by 'sim run' (holds runs.csv and episodes.csv.gz)" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing on success" };
        var command = new Command("report", "Statistics, plots and report.html from a results folder") { folder, quiet };
        command.SetAction(parse => Execute(parse.GetValue(folder)!, parse.GetValue(quiet)));
        return command;
    }

    /// <summary>The data files the summary and report read (yearly_counts.csv is read only by merge).</summary>
    private static readonly string[] ReadByTheReport = ["config.yaml", ResultFiles.Runs, ResultFiles.Episodes, ResultFiles.PlainEpisodes, "yearly.csv", "points.csv", Uncertainty.Posterior.FileName];

    public static int Execute(string folder, bool quiet) => Cli.Guard(() =>
    {
        if (!ResultsFolder.LooksLikeResults(folder))
            throw new UsageException($"{folder}: not a results folder (no runs.csv and episodes.csv.gz); allowed: a folder written by 'sim run'");
        using var folderLock = FolderLock.Acquire(folder);
        // The data the report reads must be what the run certified; the derived files are about to be
        // regenerated. (A folder without a manifest, e.g. hand-made, has nothing to check against.)
        if (Manifest.Read(folder) is { } manifest) Integrity.Require(folder, manifest, "a report", ReadByTheReport);
        string configPath = Path.Combine(folder, "config.yaml");
        var config = File.Exists(configPath) ? ConfigLoader.Load(configPath, RegimeCatalog.Names) : null;
        var outcome = PostRun.Derive(folder, config, manifest: null, report: true).Report!;
        if (!quiet) Console.WriteLine($"report: {outcome.FigureFiles.Count / 2} figures -> {outcome.ReportPath}");
        return Cli.Ok;
    });
}
