using System.CommandLine;
using Analysis.Report;
using Analysis.Summary;
using Experiments.Configuration;
using Experiments.Output;
using Experiments.Running;
using Simulator.Regimes;

namespace Experiments.Commands;

/// <summary><c>sim run [CONFIG]</c>: runs an experiment and writes its results folder.</summary>
internal static class RunCommand
{
    /// <summary>Files a run writes; --force replaces exactly these.</summary>
    private static readonly string[] ResultFiles = ["config.yaml", "runs.csv", "episodes.csv", "yearly.csv", "summary.csv", "manifest.json"];

    /// <summary>What the report adds; not in the manifest's checksums, as plots are byte-stable only per machine. --force replaces these too.</summary>
    private const string ReportPage = "report.html", PlotsFolder = "plots";

    public static Command Create()
    {
        var config = new Argument<string?>("CONFIG") { Description = "Experiment config (YAML); default: Experiments/configs/default.yaml", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string?>("--out", "-o") { Description = "Results folder (default: results/<name>)" };
        var runs = new Option<int?>("--runs", "-n") { Description = "Replications per regime (overrides the config)" };
        var seed = new Option<ulong?>("--seed", "-s") { Description = "Master seed (overrides the config)" };
        var threads = new Option<int?>("--threads", "-t") { Description = "Worker threads (default: all cores); results do not depend on it" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress or summary output" };
        var force = new Option<bool>("--force") { Description = "Replace the results of an earlier run in the same folder" };
        var noReport = new Option<bool>("--no-report") { Description = "Skip the plots and report" };
        var command = new Command("run", "Run an experiment and write results/<name>/") { config, output, runs, seed, threads, quiet, force, noReport };
        command.SetAction(parse => Execute(new RunOptions
        {
            Config = parse.GetValue(config),
            Out = parse.GetValue(output),
            Runs = parse.GetValue(runs),
            Seed = parse.GetValue(seed),
            Threads = parse.GetValue(threads),
            Quiet = parse.GetValue(quiet),
            Force = parse.GetValue(force),
            NoReport = parse.GetValue(noReport),
        }));
        return command;
    }

    public static int Execute(RunOptions options) => Cli.Guard(() =>
    {
        var started = DateTime.UtcNow;
        var config = ConfigLoader.Load(options.Config ?? Cli.DefaultConfigPath(), RegimeCatalog.Names);
        if (options.Runs is { } r)
            config = config with { Runs = r >= 1 ? r : throw new UsageException($"--runs: {r} is not allowed; allowed: an integer of at least 1") };
        if (options.Seed is { } s) config = config with { Seed = s };
        int threads = options.Threads ?? Environment.ProcessorCount;
        if (threads < 1) throw new UsageException($"--threads: {threads} is not allowed; allowed: an integer of at least 1");

        string folder = options.Out ?? Path.Combine("results", config.Name);
        PrepareFolder(folder, options.Force);
        string yaml = ConfigWriter.ToYaml(config);
        AtomicFile.WriteAllText(Path.Combine(folder, "config.yaml"), yaml);

        var progress = new ProgressReporter(options.Quiet);
        var runner = new ExperimentRunner(config, threads, progress);
        runner.Run(folder);
        double simulateSeconds = progress.Elapsed.TotalSeconds;
        var metrics = SummaryBuilder.WriteFor(folder);

        var finished = DateTime.UtcNow;
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in ResultFiles.Where(f => f != "manifest.json"))
            files[f] = Manifest.Sha256(Path.Combine(folder, f));
        new Manifest
        {
            ConfigSha256 = Manifest.Sha256OfText(yaml),
            Seed = config.Seed,
            Runs = config.Runs,
            Regimes = config.Regimes,
            Threads = threads,
            StartedUtc = started,
            FinishedUtc = finished,
            WallSeconds = Math.Round((finished - started).TotalSeconds, 3),
            Files = files,
        }.Write(folder);
        if (!options.NoReport) ReportBuilder.Build(folder);

        if (!options.Quiet)
        {
            Console.WriteLine($"{runner.TotalRuns} runs of {config.Model.Years} years in {simulateSeconds:F1} s "
                              + $"({runner.TotalRuns / Math.Max(1e-9, simulateSeconds):F0} runs/s, {threads} threads) -> {folder}");
            SummaryTable.Print(metrics);
        }
        return Cli.Ok;
    });

    /// <summary>Refuses to overwrite an earlier run's results unless --force; creates the folder.</summary>
    private static void PrepareFolder(string folder, bool force)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            if (!force)
                throw new UsageException($"{folder}: results folder already exists and is not empty; allowed: --force to replace it, or --out DIR");
            foreach (var f in ResultFiles.Append(ReportPage))
                File.Delete(Path.Combine(folder, f));
            if (Directory.Exists(Path.Combine(folder, PlotsFolder))) Directory.Delete(Path.Combine(folder, PlotsFolder), recursive: true);
            foreach (var partial in Directory.EnumerateFiles(folder, "*" + ".partial"))
                File.Delete(partial);
        }
        Directory.CreateDirectory(folder);
    }
}
