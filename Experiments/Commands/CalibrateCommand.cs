using System.CommandLine;
using Analysis.Files;
using Analysis.Report;
using Experiments.Calibration;
using Experiments.Output;

namespace Experiments.Commands;

/// <summary>
/// <c>sim calibrate CONFIG</c>: fits the config's parameters to the record's train targets by ABC-SMC and
/// writes the posterior and a fit report. Resumes from the proposal blocks already on disk; with
/// <c>--generation G --shard K/N</c> evaluates one shard of one generation (a Slurm array task).
/// </summary>
internal static class CalibrateCommand
{
    /// <summary>The canonical config the folder's blocks were computed with; a different config refuses to mix with them.</summary>
    private const string ConfigFile = "calibration.yaml";

    public static Command Create()
    {
        var config = new Argument<string>("CONFIG") { Description = "Calibration config (YAML), e.g. Experiments/configs/calibration.yaml" };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (default: results/<name>)" };
        var threads = new Option<int?>("--threads", "-t") { Description = "Worker threads (default: all cores); results do not depend on it" };
        var shard = new Option<string?>("--shard") { Description = "With --generation: evaluate shard K of N of that generation (default: from SLURM_ARRAY_TASK_ID/COUNT if set)" };
        var generation = new Option<int?>("--generation") { Description = "Evaluate only this generation's proposals (its earlier generations must be complete), then stop" };
        var force = new Option<bool>("--force") { Description = "Discard an earlier calibration in the same folder and start again" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress output" };
        var noReport = new Option<bool>("--no-report") { Description = "Skip the figures and calibration.html" };
        var command = new Command("calibrate", "Fit parameters to the record's train targets (ABC-SMC); write a posterior and a fit report")
            { config, output, threads, shard, generation, force, quiet, noReport };
        command.SetAction(parse => Execute(parse.GetValue(config)!, parse.GetValue(output), parse.GetValue(threads), parse.GetValue(shard),
            parse.GetValue(generation), parse.GetValue(force), parse.GetValue(quiet), parse.GetValue(noReport)));
        return command;
    }

    private static int Execute(string configPath, string? output, int? threadOption, string? shardOption, int? onlyGeneration, bool force, bool quiet, bool noReport) => Cli.Guard(() =>
    {
        var started = DateTime.UtcNow;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var config = CalibrationConfigLoader.Load(configPath);
        int threads = threadOption ?? Environment.ProcessorCount;
        if (threads is < 1 or > RunCommand.MaxThreads) throw new UsageException($"--threads: {threads} is not allowed; allowed: an integer from 1 to {RunCommand.MaxThreads}");
        if (shardOption is not null && onlyGeneration is null) throw new UsageException("--shard needs --generation G; allowed: --generation G --shard K/N");
        if (onlyGeneration is { } g && (g < 0 || g >= config.Generations))
            throw new UsageException($"--generation: {g} is not allowed; allowed: an integer from 0 to {config.Generations - 1}");
        var shard = onlyGeneration is null ? (0, 1) : RunCommand.ParseShard(shardOption);

        string folder = output ?? Path.Combine("results", config.Name);
        if (folder.Length == 0 || folder.Any(char.IsControl))
            throw new UsageException("--out: not allowed; allowed: a folder path of printable characters");
        // Shards of one generation write disjoint blocks into the same folder at once, so only a whole run takes the lock.
        // Array tasks starting together may race to write the marker and the config (one .partial name each): the loser retries.
        for (int attempt = 1; ; attempt++)
            try
            {
                Ownership.Claim(folder);
                if (onlyGeneration is null) break;
                PrepareFolder(folder, config, force: false);
                break;
            }
            catch (IOException) when (onlyGeneration is not null && attempt < 5)
            {
                Thread.Sleep(100 * attempt);
            }
        using var folderLock = onlyGeneration is null ? FolderLock.Acquire(folder) : null;
        if (onlyGeneration is null) PrepareFolder(folder, config, force);

        var scorer = new HistoryScorer(config);
        var settings = new AbcSmcSettings(config.Parameters, config.Seed, config.Population, config.Proposals, config.Generations);
        var store = new GenerationStore(folder, settings, [.. scorer.Targets.Select(t => t.Label)]);
        Action<string>? progress = quiet ? null : line => Console.Error.WriteLine($"calibrate: {line} ({clock.Elapsed.TotalSeconds:F0} s)");
        var generations = new AbcSmc(settings, scorer, store, threads, progress).Run(onlyGeneration, shard);
        if (onlyGeneration is { } only)
        {
            if (!quiet) Console.WriteLine($"generation {only}, shard {shard.Item1}/{shard.Item2}: evaluated in {clock.Elapsed.TotalSeconds:F1} s -> {folder}");
            return Cli.Ok;
        }

        var fit = CalibrationTables.Fit(config, scorer.Targets, generations);
        CalibrationTables.Write(folder, fit, scorer.Targets, generations);
        if (!noReport) CalibrationReport.Write(folder, fit, config.CanonicalText);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in CalibrationTables.Files) files[f] = Manifest.Sha256(Path.Combine(folder, f));
        new CalibrationManifest
        {
            ConfigSha256 = Manifest.Sha256OfText(config.CanonicalText), Seed = config.Seed, Arm = config.Arm, Population = config.Population,
            Proposals = config.Proposals, Generations = config.Generations, RunsPerProposal = config.Runs, Threads = threads,
            StartedUtc = started, FinishedUtc = DateTime.UtcNow, WallSeconds = clock.Elapsed.TotalSeconds, Files = files,
        }.Write(folder);

        if (!quiet)
        {
            Console.WriteLine($"calibration of {config.Parameters.Length} parameters, {config.Generations} generations of {config.Proposals} proposals x {config.Runs} runs "
                              + $"in {clock.Elapsed.TotalSeconds:F1} s ({threads} threads) -> {folder}");
            foreach (var s in fit.Generations) Console.WriteLine($"generation {s.Generation}: epsilon {s.Epsilon:G4}, ESS {s.EffectiveSampleSize:F1}");
            var outside = fit.Targets.Where(t => !t.Record.Target.IsTest && t.Inside != true).Select(t => t.Record.Label).ToArray();
            Console.WriteLine($"train targets inside their band: {fit.Targets.Count(t => !t.Record.Target.IsTest) - outside.Length} of {fit.Targets.Count(t => !t.Record.Target.IsTest)}"
                              + (outside.Length > 0 ? $"; outside: {string.Join(", ", outside)}" : ""));
            var test = fit.Targets.Where(t => t.Record.Target.IsTest).ToArray();
            Console.WriteLine($"test targets (out of sample) inside: {test.Count(t => t.Inside == true)} of {test.Length}");
        }
        return Cli.Ok;
    });

    /// <summary>
    /// Checks that the folder's blocks belong to this config (or starts it afresh with --force, deleting only
    /// the calibration's own files) and records the config.
    /// </summary>
    private static void PrepareFolder(string folder, CalibrationConfig config, bool force)
    {
        string path = Path.Combine(folder, ConfigFile);
        if (force)
        {
            string blocks = Path.Combine(folder, GenerationStore.Folder);
            if (Directory.Exists(blocks)) Directory.Delete(blocks, recursive: true);
            foreach (var f in (string[])[.. CalibrationTables.Files, CalibrationReport.FileName, "manifest.json", ConfigFile])
                File.Delete(Path.Combine(folder, f));
        }
        if (File.Exists(path))
        {
            if (File.ReadAllText(path) != config.CanonicalText)
                throw new UsageException($"{folder}: holds a calibration of another config (its {ConfigFile} differs); allowed: --force to start again, or another --out");
            return;
        }
        AtomicFile.WriteAllText(path, config.CanonicalText);
    }
}
