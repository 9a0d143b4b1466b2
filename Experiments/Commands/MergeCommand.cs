using System.CommandLine;
using Analysis.Results;
using Experiments.Configuration;
using Experiments.Output;
using Simulator.Regimes;

namespace Experiments.Commands;

/// <summary>
/// <c>sim merge DIR... --out DIR</c>: joins the shard folders of one experiment into one results
/// folder, byte-identical to running it whole. Refuses shards of a different config, seed or
/// version (commit and uncommitted changes), shards whose files do not match their manifest, an
/// output that is one of the shards, and reports missing, duplicate or unfinished shards. Then derives summary, sensitivity,
/// parquet, manifest and report as <c>sim run</c> does.
/// </summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var shards = new Argument<string[]>("DIR") { Description = "Shard results folders (written by sim run --shard K/N)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Merged results folder", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace an existing merged folder" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No summary output" };
        var noReport = new Option<bool>("--no-report") { Description = "Skip the plots and report" };
        var command = new Command("merge", "Combine the shards of one experiment") { shards, output, force, quiet, noReport };
        command.SetAction(parse => Cli.Guard(() =>
            Merge(parse.GetValue(shards)!, parse.GetValue(output)!, parse.GetValue(force), parse.GetValue(quiet), parse.GetValue(noReport))));
        return command;
    }

    private static int Merge(string[] folders, string output, bool force, bool quiet, bool noReport)
    {
        var started = DateTime.UtcNow;
        if (output.Length == 0 || output.Any(char.IsControl))
            throw new UsageException("--out: an empty path or one with control characters is not allowed; allowed: a folder path of printable characters");
        foreach (var folder in folders)
            if (SameFolder(folder, output))
                throw new UsageException($"--out {output}: is also an input shard; allowed: a folder that is not one of the shards");
        var locks = new List<FolderLock>();
        try
        {
            foreach (var folder in folders.Distinct())
                if (Directory.Exists(folder)) locks.Add(FolderLock.Acquire(folder));
            Ownership.Claim(output);
            locks.Add(FolderLock.Acquire(output));
            return Merge(folders, output, force, quiet, noReport, started);
        }
        finally
        {
            foreach (var l in locks) l.Dispose();
        }
    }

    /// <summary>The same folder, also through symbolic links or different spellings.</summary>
    private static bool SameFolder(string a, string b)
    {
        static string Real(string path)
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
            return Directory.Exists(full) ? Path.TrimEndingDirectorySeparator(new DirectoryInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full) : full;
        }
        return string.Equals(Real(a), Real(b), StringComparison.Ordinal);
    }

    private static int Merge(string[] folders, string output, bool force, bool quiet, bool noReport, DateTime started)
    {
        var shards = new List<(int K, int N, string Folder, Manifest Manifest)>();
        foreach (var folder in folders)
        {
            if (File.Exists(Path.Combine(folder, Running.Checkpoint.FileName)))
                throw new UsageException($"{folder}: shard is unfinished (it has a checkpoint); allowed: finish it with sim run --resume first");
            var manifest = Manifest.Read(folder)
                ?? throw new UsageException($"{folder}: not a results folder (no manifest.json); allowed: folders written by sim run --shard K/N");
            var parts = manifest.Shards.Split('/');
            if (parts.Length != 2 || !int.TryParse(parts[0], out int k) || !int.TryParse(parts[1], out int n))
                throw new UsageException($"{folder}: not a shard (manifest says '{manifest.Shards}'); allowed: folders written by sim run --shard K/N");
            Integrity.Require(folder, manifest, "merging");
            shards.Add((k, n, folder, manifest));
        }

        var first = shards[0].Manifest;
        foreach (var s in shards)
        {
            var m = s.Manifest;
            if (m.ConfigSha256 != first.ConfigSha256 || m.Seed != first.Seed)
                throw new UsageException($"{s.Folder}: shard of a different config or seed than {shards[0].Folder}; allowed: shards of one experiment");
            if (m.Build != first.Build || m.SourceDiff != first.SourceDiff)
                throw new UsageException($"{s.Folder}: written by {m.Build}, not {first.Build}; allowed: shards of one version (same commit and the same uncommitted changes)");
            if (s.N != shards[0].N)
                throw new UsageException($"{s.Folder}: shard {s.K}/{s.N} of a different split than {shards[0].K}/{shards[0].N}; allowed: one split");
        }
        int count = shards[0].N;
        var duplicates = shards.GroupBy(s => s.K).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0) throw new UsageException($"duplicate shards: {string.Join(", ", duplicates)} of {count}; allowed: each shard once");
        var missing = Enumerable.Range(0, count).Except(shards.Select(s => s.K)).ToList();
        if (missing.Count > 0) throw new UsageException($"missing shards: {string.Join(", ", missing)} of {count}; allowed: all of 0..{count - 1}");
        shards.Sort((a, b) => a.K.CompareTo(b.K));

        if (Ownership.HasContent(output))
        {
            if (!force) throw new UsageException($"{output}: folder already exists and is not empty; allowed: --force to replace it, or another --out");
            Ownership.DeleteFigures(output);
            Ownership.DeleteOwn(output, [.. RunCommand.ResultFiles, RunCommand.ReportPage]);
        }

        var config = ConfigLoader.Load(Path.Combine(shards[0].Folder, "config.yaml"), RegimeCatalog.Names);
        AtomicFile.Copy(Path.Combine(shards[0].Folder, "config.yaml"), Path.Combine(output, "config.yaml"));
        foreach (var file in new[] { "points.csv", Uncertainty.Posterior.FileName })
            if (File.Exists(Path.Combine(shards[0].Folder, file)))
                AtomicFile.Copy(Path.Combine(shards[0].Folder, file), Path.Combine(output, file));
        foreach (var file in new[] { ResultFiles.Runs, ResultFiles.Episodes, ResultFiles.PlainEpisodes, RunRowsWriter.ErasFile })
            if (File.Exists(Path.Combine(shards[0].Folder, file)))
                Concatenate(shards.Select(s => Path.Combine(s.Folder, file)), Path.Combine(output, file));
        var counts = new YearlyCounts(config.Regimes, config.Model.Years, config.Model.FirstReportedYear);
        foreach (var s in shards) counts.Merge(YearlyCounts.ReadCounts(Path.Combine(s.Folder, "yearly_counts.csv"), config.Regimes, config.Model.Years, config.Model.FirstReportedYear));
        counts.WriteCounts(Path.Combine(output, "yearly_counts.csv"));
        counts.WriteYearly(Path.Combine(output, "yearly.csv"));
        var merged = RunCommand.NewManifest(config, first.ConfigSha256, shards.Max(s => s.Manifest.Threads), $"merged {count}",
            shards[0].Manifest.Items.FirstOrDefault(), shards[^1].Manifest.Items.LastOrDefault(), started);
        var (metrics, _) = PostRun.Derive(output, config, merged, report: !noReport);
        if (!quiet)
        {
            Console.WriteLine($"merged {count} shards -> {output}");
            SummaryTable.Print(metrics, config.Posterior is not null);
        }
        return Cli.Ok;
    }

    /// <summary>
    /// Shards' rows in shard order, one header: the same bytes as the whole run's file. A compressed
    /// table's header is its first gzip member, whose bytes are fixed (<see cref="RunRowsWriter.EpisodesHeader"/>);
    /// the other members hold blocks of rows and are copied as they are.
    /// </summary>
    private static void Concatenate(IEnumerable<string> parts, string path)
    {
        byte[]? header = ResultFiles.IsCompressed(path) ? RunRowsWriter.EpisodesHeader : null;
        using (var target = new FileStream(AtomicFile.TempPath(path), FileMode.Create, FileAccess.Write))
        {
            bool firstPart = true;
            foreach (var part in parts)
            {
                using var source = new FileStream(part, FileMode.Open, FileAccess.Read);
                if (header is not null)
                {
                    var start = new byte[header.Length];
                    if (source.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) != start.Length || !start.AsSpan().SequenceEqual(header))
                        throw new InvalidDataException($"{part}: does not start with the episodes header member this version writes; allowed: shards written by this version of sim");
                    if (firstPart) target.Write(start);
                }
                else if (!firstPart)
                {
                    // Skip the header line of every shard but the first.
                    int b;
                    while ((b = source.ReadByte()) != -1 && b != '\n') { }
                }
                source.CopyTo(target);
                firstPart = false;
            }
        }
        AtomicFile.Commit(path);
    }
}
