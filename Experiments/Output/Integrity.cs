using Analysis.Results;
using Experiments.Commands;

namespace Experiments.Output;

/// <summary>Checks a results folder's files against the SHA-256 its manifest recorded.</summary>
internal static class Integrity
{
    public sealed record FileCheck(string File, string Expected, string? Actual)
    {
        public bool Matches => Actual == Expected;
        public string Status => Actual is null ? "missing" : Matches ? "matches" : "DIFFERS";
    }

    /// <summary>The folder's manifest; a usage error when it has none.</summary>
    public static Manifest RequireManifest(string folder, string allowed) =>
        Manifest.Read(folder) ?? throw new UsageException($"{folder}: not a finished results folder (no manifest.json); allowed: {allowed}");

    /// <summary>Every file the manifest lists (or only <paramref name="only"/>), with the SHA-256 it has now.</summary>
    public static IReadOnlyList<FileCheck> Check(string folder, Manifest manifest, IReadOnlyCollection<string>? only = null)
    {
        var checks = new List<FileCheck>();
        foreach (var (file, expected) in manifest.Files)
        {
            if (only is not null && !only.Contains(file)) continue;
            if (file.Length == 0 || file.Contains('/') || file.Contains('\\') || file.StartsWith('.'))
                throw new InvalidDataException($"{Path.Combine(folder, "manifest.json")}: lists '{file}', not a file of the folder");
            string path = Path.Combine(folder, file);
            checks.Add(new FileCheck(file, expected, File.Exists(path) && new FileInfo(path).LinkTarget is null ? Manifest.Sha256(path) : null));
        }
        return checks;
    }

    /// <summary>Refuses (exit 2) a folder whose runs.csv and episodes.csv.gz are not certified, or any of whose checked files differ.</summary>
    public static void Require(string folder, Manifest manifest, string action, IReadOnlyCollection<string>? only = null)
    {
        if (!manifest.Files.ContainsKey(ResultFiles.Runs))
            throw new UsageException($"{folder}: its manifest does not certify {ResultFiles.Runs}; allowed for {action}: a folder written by sim");
        // Folders written before episodes were compressed certify episodes.csv instead.
        if (!manifest.Files.ContainsKey(ResultFiles.Episodes) && !manifest.Files.ContainsKey(ResultFiles.PlainEpisodes))
            throw new UsageException($"{folder}: its manifest does not certify {ResultFiles.Episodes}; allowed for {action}: a folder written by sim");
        var bad = Check(folder, manifest, only).Where(c => !c.Matches).ToList();
        if (bad.Count > 0)
            throw new UsageException($"{folder}: {string.Join(", ", bad.Select(c => $"{c.File} {c.Status.ToLowerInvariant()}"))} "
                                     + $"(SHA-256 against manifest.json); allowed for {action}: unmodified files (see sim verify)");
    }
}
