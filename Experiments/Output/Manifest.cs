using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Experiments.Output;

/// <summary>
/// manifest.json: what produced a results folder (version, commit, config hash, seed, runs,
/// threads, machine, timing) and the SHA-256 of every result file, so a reviewer can check a
/// reproduction byte for byte. Only the timing and machine fields may differ between reproductions.
/// </summary>
internal sealed record Manifest
{
    public string Tool { get; init; } = "sim";
    public string Version { get; init; } = ToolVersion;
    public string Commit { get; init; } = ToolCommit;
    /// <summary>True when the build had uncommitted changes to tracked files; <see cref="SourceDiff"/> then names them.</summary>
    public bool Dirty { get; init; } = ToolSourceDiff.Length > 0;
    /// <summary>Git blob hash of <c>git diff HEAD</c> at build time ("" when clean): two dirty builds match only with the same changes.</summary>
    public string SourceDiff { get; init; } = ToolSourceDiff;
    public string Runtime { get; init; } = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;
    public required string ConfigSha256 { get; init; }
    public required ulong Seed { get; init; }
    public required int Runs { get; init; }
    public required IReadOnlyList<string> Regimes { get; init; }
    public int Points { get; init; } = 1;
    /// <summary>SHA-256 of the posterior the runs drew their parameters from (posterior.csv beside config.yaml); absent without one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PosteriorSha256 { get; init; }
    public required int Threads { get; init; }
    /// <summary>"K/N" for shard K of N (0-based), "merged N" for merged shards, "whole" for a single run.</summary>
    public string Shards { get; init; } = "whole";
    /// <summary>Items (point, regime, run triples in order) this folder holds: [first, end).</summary>
    public long[] Items { get; init; } = [];
    public string Machine { get; init; } = ThisMachine;

    /// <summary>
    /// Name, cores, OS and .NET of the machine that wrote a manifest, and how wide its per-state vector loops ran
    /// (the files do not depend on it: docs/REPRODUCING.md).
    /// </summary>
    public static string ThisMachine =>
        $"{Environment.MachineName}; {Environment.ProcessorCount} cores; {System.Runtime.InteropServices.RuntimeInformation.OSDescription}; .NET {Environment.Version}; vector loops: {Simulator.Numerics.PortableMath.VectorLoops}";
    public required DateTime StartedUtc { get; init; }
    public required DateTime FinishedUtc { get; init; }
    public required double WallSeconds { get; init; }
    public required SortedDictionary<string, string> Files { get; init; }

    public static string ToolVersion =>
        typeof(Manifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static string ToolCommit =>
        typeof(Manifest).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "GitCommit")?.Value
        is { Length: > 0 } commit ? commit : "unknown";

    /// <summary>The hash of the build's uncommitted changes, or "" when the build was clean (the empty diff hashes to e69de29...).</summary>
    public static string ToolSourceDiff =>
        typeof(Manifest).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "GitDiff")?.Value
        is { Length: 40 } diff && diff != "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391" ? diff : "";

    /// <summary>Version, commit and source state in one line, for comparisons and messages.</summary>
    [JsonIgnore]
    public string Build => $"sim {Version} ({Commit}{(Dirty ? ", uncommitted changes " + SourceDiff[..Math.Min(12, SourceDiff.Length)] : "")})";

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public static string Sha256OfText(string text) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = Configuration.Naming.JsonPolicy,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static Manifest? Read(string folder)
    {
        string path = Path.Combine(folder, "manifest.json");
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<Manifest>(File.ReadAllText(path), Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: unreadable manifest: {e.Message}");
        }
    }

    public void Write(string folder) =>
        AtomicFile.WriteAllText(Path.Combine(folder, "manifest.json"), JsonSerializer.Serialize(this, Options).ReplaceLineEndings("\n") + "\n");
}
