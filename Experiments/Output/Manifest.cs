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
    public required string ConfigSha256 { get; init; }
    public required ulong Seed { get; init; }
    public required int Runs { get; init; }
    public required IReadOnlyList<string> Regimes { get; init; }
    public int Points { get; init; } = 1;
    public required int Threads { get; init; }
    /// <summary>"K/N" for shard K of N (0-based), "merged N" for merged shards, "whole" for a single run.</summary>
    public string Shards { get; init; } = "whole";
    /// <summary>Items (point, regime, run triples in order) this folder holds: [first, end).</summary>
    public long[] Items { get; init; } = [];
    public string Machine { get; init; } =
        $"{Environment.MachineName}; {Environment.ProcessorCount} cores; {System.Runtime.InteropServices.RuntimeInformation.OSDescription}; .NET {Environment.Version}";
    public required DateTime StartedUtc { get; init; }
    public required DateTime FinishedUtc { get; init; }
    public required double WallSeconds { get; init; }
    public required SortedDictionary<string, string> Files { get; init; }

    public static string ToolVersion =>
        typeof(Manifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static string ToolCommit =>
        typeof(Manifest).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "GitCommit")?.Value
        is { Length: > 0 } commit ? commit : "unknown";

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
