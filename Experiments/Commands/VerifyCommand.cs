using System.CommandLine;
using Experiments.Output;

namespace Experiments.Commands;

/// <summary>
/// <c>sim verify DIR</c>: every file the manifest lists against its SHA-256, without running anything.
/// <c>sim reproduce DIR</c>: re-runs the experiment from the folder's config.yaml and manifest into a
/// temporary folder and compares every certified file, and the version that wrote each.
/// Both print one line per file and exit 0 only when every file matches.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "Results folder (holds manifest.json)" };
        var command = new Command("verify", "Check a results folder's files against its manifest (SHA-256)") { folder };
        command.SetAction(parse => Cli.Guard(() => Verify(parse.GetValue(folder)!)));
        return command;
    }

    public static Command CreateReproduce()
    {
        var folder = new Argument<string>("DIR") { Description = "Results folder (holds config.yaml and manifest.json)" };
        var threads = new Option<int?>("--threads", "-t") { Description = "Worker threads (default: all cores); results do not depend on it" };
        var command = new Command("reproduce", "Re-run an experiment from its folder and compare every file with the manifest") { folder, threads };
        command.SetAction(parse => Cli.Guard(() => Reproduce(parse.GetValue(folder)!, parse.GetValue(threads))));
        return command;
    }

    private static int Verify(string folder)
    {
        var manifest = Integrity.RequireManifest(folder, "a folder written by sim run or sim merge");
        var checks = Integrity.Check(folder, manifest);
        foreach (var c in checks) Console.WriteLine($"{c.Status,-8} {c.File}");
        int bad = checks.Count(c => !c.Matches);
        Console.WriteLine(bad == 0 ? $"all {checks.Count} files match manifest.json" : $"{bad} of {checks.Count} files do not match manifest.json");
        return bad == 0 ? Cli.Ok : Cli.Failure;
    }

    private static int Reproduce(string folder, int? threads)
    {
        var manifest = Integrity.RequireManifest(folder, "a folder written by sim run or sim merge");
        string config = Path.Combine(folder, "config.yaml");
        if (!File.Exists(config)) throw new UsageException($"{folder}: has no config.yaml; allowed: a folder written by sim run or sim merge");
        // A shard re-runs as that shard; a merged or whole experiment as a whole run (merging is byte-identical to it).
        string shard = manifest.Shards.Contains('/') ? manifest.Shards : "0/1";
        string temporary = Path.Combine(Path.GetTempPath(), "sim-reproduce-" + Guid.NewGuid().ToString("N"));
        try
        {
            var stdout = Console.Out;
            int code;
            Console.SetOut(TextWriter.Null);
            try
            {
                code = RunCommand.Execute(new RunOptions { Config = config, Out = temporary, Shard = shard, Threads = threads, Quiet = true, NoReport = true });
            }
            finally
            {
                Console.SetOut(stdout);
            }
            if (code != Cli.Ok) return code;
            var again = Manifest.Read(temporary)!;
            var folderNow = Integrity.Check(folder, manifest).ToDictionary(c => c.File, c => c.Actual);
            int bad = 0;
            foreach (var (file, expected) in manifest.Files)
            {
                string path = Path.Combine(temporary, file);
                string? reproduced = File.Exists(path) ? Manifest.Sha256(path) : null;
                // Both the folder's file as it is now and the re-run's must have the manifest's SHA-256.
                string status = (folderNow[file] == expected, reproduced == expected) switch
                {
                    (true, true) => "matches",
                    (false, true) => "DIFFERS (the folder's file was changed after the run)",
                    (true, false) => reproduced is null ? "DIFFERS (the re-run did not write it)" : "DIFFERS (the re-run wrote other bytes)",
                    (false, false) => "DIFFERS (the folder's file and the re-run's)",
                };
                if (status != "matches") bad++;
                Console.WriteLine(status == "matches" ? $"matches  {file}" : $"DIFFERS  {file}{status[7..]}");
            }
            foreach (var (what, was, now) in new[]
                     {
                         ("version", manifest.Version, again.Version), ("commit", manifest.Commit, again.Commit),
                         ("uncommitted changes", Describe(manifest), Describe(again)), ("runtime", manifest.Runtime, again.Runtime),
                     })
                if (was != now) Console.WriteLine($"note: {what} differs: recorded {was}, now {now}");
            Console.WriteLine(bad == 0 ? $"reproduced: all {manifest.Files.Count} files match manifest.json" : $"not reproduced: {bad} of {manifest.Files.Count} files differ");
            return bad == 0 ? Cli.Ok : Cli.Failure;
        }
        finally
        {
            if (Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true); // the folder made above, no one else's
        }
    }

    private static string Describe(Manifest m) => m.Dirty ? "yes (" + m.SourceDiff + ")" : "none";
}
