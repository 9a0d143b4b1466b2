using System.CommandLine;
using System.Globalization;
using Analysis.Report;
using Analysis.Results;
using Analysis.Summary;
using Experiments.Configuration;
using Experiments.Output;
using Experiments.Running;
using Simulator.Regimes;

namespace Experiments.Commands;

/// <summary><c>sim run [CONFIG]</c>: runs an experiment (or one shard of it) and writes its results folder.</summary>
internal static class RunCommand
{
    /// <summary>Files a run writes; --force replaces exactly these.</summary>
    internal static readonly string[] ResultFiles = [.. PostRun.DataFiles, .. PostRun.DerivedTables, "manifest.json", .. PostRun.ParquetFiles];

    /// <summary>What the report adds besides the figures; not in the manifest's checksums, as plots are byte-stable only per machine. --force replaces it too.</summary>
    internal const string ReportPage = "report.html";

    public static Command Create()
    {
        var config = new Argument<string?>("CONFIG") { Description = "Experiment config (YAML); default: Experiments/configs/default.yaml", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string?>("--out", "-o") { Description = "Results folder (default: results/<name>)" };
        var runs = new Option<int?>("--runs", "-n") { Description = "Replications per design point and regime (overrides the config)" };
        var seed = new Option<ulong?>("--seed", "-s") { Description = "Master seed (overrides the config)" };
        var threads = new Option<int?>("--threads", "-t") { Description = "Worker threads (default: all cores); results do not depend on it" };
        var shard = new Option<string?>("--shard") { Description = "Run shard K of N (0-based, e.g. 2/4); default: from SLURM_ARRAY_TASK_ID/COUNT if set" };
        var resume = new Option<bool>("--resume") { Description = "Continue an interrupted run in the same folder" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress or summary output" };
        var force = new Option<bool>("--force") { Description = "Replace the results of an earlier run in the same folder" };
        var noReport = new Option<bool>("--no-report") { Description = "Skip the plots and report" };
        var allowEmpty = new Option<bool>("--allow-empty-shard") { Description = "Succeed (write an empty shard) when the shard has no runs" };
        var onlyRun = new Option<int?>("--only-run") { Description = "Replay only run K (0-based run column) of design point 0, once per regime; print its runs.csv rows; writes no results folder" };
        var parameters = new Option<string?>("--parameters") { Description = "Posterior file (particle,weight,<parameter paths>) each run draws its parameters from; overrides the config's parameters" };
        var trace = new Option<string?>("--trace") { Description = "With --only-run: write the year-by-year event trace to FILE (default: standard output)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("run", "Run an experiment and write results/<name>/") { config, output, runs, seed, threads, shard, resume, quiet, force, noReport, allowEmpty, onlyRun, trace, parameters };
        command.SetAction(parse => Execute(new RunOptions
        {
            Config = parse.GetValue(config),
            Out = parse.GetValue(output),
            Runs = parse.GetValue(runs),
            Seed = parse.GetValue(seed),
            Threads = parse.GetValue(threads),
            Shard = parse.GetValue(shard),
            Resume = parse.GetValue(resume),
            Quiet = parse.GetValue(quiet),
            Force = parse.GetValue(force),
            NoReport = parse.GetValue(noReport),
            AllowEmptyShard = parse.GetValue(allowEmpty),
            OnlyRun = parse.GetValue(onlyRun),
            Trace = parse.GetResult(trace) is null ? null : parse.GetValue(trace) ?? "-",
            Parameters = parse.GetValue(parameters),
        }));
        return command;
    }

    public static int Execute(RunOptions options) => Cli.Guard(() =>
    {
        var started = DateTime.UtcNow;
        var config = ConfigLoader.Load(options.Config ?? Cli.DefaultConfigPath(), RegimeCatalog.Names);
        if (options.Runs is { } r)
            config = config with { Runs = r is >= 1 and <= ConfigLoader.MaxRuns ? r : throw new UsageException($"--runs: {r} is not allowed; allowed: an integer from 1 to {ConfigLoader.MaxRuns}") };
        if (options.Seed is { } s) config = config with { Seed = s };
        if (options.Parameters is { } posterior)
        {
            config = config with { Posterior = Uncertainty.PosteriorReader.Read(posterior) };
            ConfigLoader.CheckPosterior(config);
        }
        int threads = options.Threads ?? Environment.ProcessorCount;
        if (threads is < 1 or > MaxThreads) throw new UsageException($"--threads: {threads} is not allowed; allowed: an integer from 1 to {MaxThreads}");
        var (shardIndex, shardCount) = ParseShard(options.Shard);
        if (options.Resume && options.Force) throw new UsageException("--resume and --force contradict each other; allowed: one of them");
        if (options.Trace is not null && options.OnlyRun is null) throw new UsageException("--trace needs --only-run K; allowed: --only-run K --trace [FILE]");
        if (options.OnlyRun is { } only) return RunTrace.Replay(config, only, options.Trace);

        string folder = options.Out ?? Path.Combine("results", config.Name);
        if (folder.Length == 0 || folder.Any(char.IsControl))
            throw new UsageException($"--out: {(folder.Length == 0 ? "an empty path" : "a path with control characters")} is not allowed; allowed: a folder path of printable characters");
        string yaml = ConfigWriter.ToYaml(config);
        string configSha = Manifest.Sha256OfText(yaml);
        string shard = shardCount == 1 ? "whole" : $"{shardIndex}/{shardCount}";
        long cells = (long)config.YearlyPointCount * config.Regimes.Length * config.Model.Years;
        if (cells > MaxYearlyCells)
            throw new UsageException($"design: {config.PointCount} points x {config.Regimes.Length} regimes x {config.Model.Years} years = {cells} yearly cells; "
                                     + $"allowed: at most {MaxYearlyCells} (the yearly counts are held in memory and checkpointed); "
                                     + "keep them for design point 0 alone (yearly: first_point) or split the sweep into several configs");
        var plan = new ExperimentPlan(config);
        var (first, end) = plan.Shard(shardIndex, shardCount);
        if (first == end && !options.AllowEmptyShard)
            throw new UsageException($"--shard {shard}: this shard has no runs ({plan.Blocks} blocks of {ExperimentPlan.BlockSize} runs for {shardCount} shards); allowed: at most {plan.Blocks} shards, or --allow-empty-shard");

        Ownership.Claim(folder);
        using var folderLock = FolderLock.Acquire(folder);
        var resume = PrepareFolder(folder, options, configSha, shard);
        if (resume is null && options.Resume && Manifest.Read(folder) is { } finished)
        {
            // Complete only if its files are still the ones it finished with: a file cut short or edited since is not.
            Integrity.Require(folder, finished, "--resume of a finished folder");
            if (!options.Quiet) Console.WriteLine($"{folder}: already complete; nothing to resume");
            return Cli.Ok;
        }
        AtomicFile.WriteAllText(Path.Combine(folder, "config.yaml"), yaml);
        WritePoints(folder, plan);
        WritePosterior(folder, config);
        var progress = new ProgressReporter(options.Quiet);
        var digest = new ExperimentRunner(plan, threads, progress, shard).Run(folder, first, end, resume, configSha);
        double simulateSeconds = progress.Elapsed.TotalSeconds;
        // The runs' heap is garbage now: give it back before the summary and report grow their own (and, after a
        // resume, the digest read back from the files), so they do not add to the runs' peak (issue 13).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var (metrics, _) = PostRun.Derive(folder, config, NewManifest(config, configSha, threads, shard, first, end, started), report: !options.NoReport, digest);
        // Complete: only now does the checkpoint go (a kill before this resumes after the simulation).
        Checkpoint.Delete(folder);
        FaultPoint.Hit("run.complete");

        if (!options.Quiet)
        {
            long done = end - (resume?.NextItem ?? first);
            Console.WriteLine($"{end - first} runs of {config.Model.Years} years ({shard}) in {simulateSeconds:F1} s "
                              + $"({done / Math.Max(1e-9, simulateSeconds):F0} runs/s, {threads} threads) -> {folder}");
            SummaryTable.Print(metrics, config.Posterior is not null);
        }
        return Cli.Ok;
    });

    /// <summary>The most worker threads a run takes (far above any node's cores; blocks are sized by it).</summary>
    public const int MaxThreads = 1024;

    /// <summary>
    /// The most (point, regime, year) cells of yearly counts a run holds: about 0.5 KB of memory each
    /// (500,000 cells: about 250 MB), all rewritten at every checkpoint. E.g. 625 points of 4 regimes x 200 years.
    /// </summary>
    public const long MaxYearlyCells = 500_000;

    /// <summary>points.csv: the parameter values of each design point, so sweeps can be analysed from the results alone.</summary>
    private static void WritePoints(string folder, ExperimentPlan plan)
    {
        string path = Path.Combine(folder, "points.csv");
        if (plan.Config.Design is not { } design)
        {
            File.Delete(path);
            return;
        }
        CsvRows.WriteFile(path, ["point", .. design.Parameters.Select(p => p.Path)], csv =>
        {
            for (int i = 0; i < plan.PointValues.Count; i++)
            {
                csv.Add(i);
                foreach (var v in plan.PointValues[i]) csv.Add(v);
                csv.End();
            }
        });
    }

    /// <summary>
    /// posterior.csv: a copy of the posterior the runs drew from, beside the config.yaml that names it by its hash, so
    /// that the folder reproduces, merges and reports on its own.
    /// </summary>
    private static void WritePosterior(string folder, ExperimentConfig config)
    {
        string path = Path.Combine(folder, Uncertainty.Posterior.FileName);
        if (config.Posterior is { } posterior) AtomicFile.WriteAllBytes(path, posterior.Content.ToArray());
        else File.Delete(path);
    }

    /// <summary>The manifest of a run or merge that finished now; <see cref="PostRun"/> adds the checksums.</summary>
    internal static Manifest NewManifest(ExperimentConfig config, string configSha, int threads, string shard, long first, long end, DateTime started)
    {
        var finished = DateTime.UtcNow;
        return new Manifest
        {
            ConfigSha256 = configSha,
            Seed = config.Seed,
            Runs = config.Runs,
            Regimes = config.Regimes,
            Points = config.PointCount,
            PosteriorSha256 = config.Posterior?.Sha256,
            Threads = threads,
            Shards = shard,
            Items = [first, end],
            StartedUtc = started,
            FinishedUtc = finished,
            WallSeconds = Math.Round((finished - started).TotalSeconds, 3),
            Files = [],
        };
    }

    /// <summary>Shard K/N from --shard, else from a Slurm job array's environment, else the whole experiment.</summary>
    internal static (int K, int N) ParseShard(string? option)
    {
        const string allowed = "K/N with 0 <= K < N, e.g. 0/4";
        if (option is null)
        {
            string? id = Environment.GetEnvironmentVariable("SLURM_ARRAY_TASK_ID");
            string? count = Environment.GetEnvironmentVariable("SLURM_ARRAY_TASK_COUNT");
            if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(count)) return (0, 1);
            option = $"{id}/{count}";
        }
        var parts = option.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= 1 && k < n)
            return (k, n);
        throw new UsageException($"--shard: '{option}' is not allowed; allowed: {allowed}");
    }

    /// <summary>
    /// Makes the folder ready. A fresh run refuses to overwrite an earlier run's results unless
    /// --force. --resume returns the checkpoint to continue from (null: start from the beginning).
    /// </summary>
    private static Checkpoint? PrepareFolder(string folder, RunOptions options, string configSha, string shard)
    {
        bool occupied = Ownership.HasContent(folder);
        if (options.Resume)
        {
            var checkpoint = occupied ? Checkpoint.Read(folder) : null;
            if (checkpoint is not null && (checkpoint.ConfigSha256 != configSha || checkpoint.Shard != shard))
                throw new UsageException($"{folder}: the interrupted run there had a different config, seed or shard; allowed: the same config and options, or --force");
            if (checkpoint is null && occupied && File.Exists(Path.Combine(folder, "config.yaml"))
                && Manifest.Sha256(Path.Combine(folder, "config.yaml")) != configSha)
                throw new UsageException($"{folder}: holds the results of a different config, seed or runs; allowed: the same config and options, or --force");
            return checkpoint;
        }
        if (occupied)
        {
            if (!options.Force)
                throw new UsageException($"{folder}: results folder already exists and is not empty; allowed: --force to replace it, --resume to continue it, or --out DIR");
            // Only Sim's own files: its fixed names, their .partial files, the figures its marker lists.
            Ownership.DeleteFigures(folder);
            Ownership.DeleteOwn(folder, [.. ResultFiles, ReportPage, .. Checkpoint.Files]);
        }
        return null;
    }
}