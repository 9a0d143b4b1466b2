using System.Text.Json;
using Analysis.Files;
using Experiments.Output;

namespace Experiments.Calibration;

/// <summary>
/// A calibration folder's manifest.json: what produced it (version, commit, config hash, seed, sizes,
/// threads, machine, timing) and the SHA-256 of its tables, like a run's manifest. Only the timing, thread
/// and machine fields may differ between reproductions.
/// </summary>
internal sealed record CalibrationManifest
{
    public string Tool { get; init; } = "sim calibrate";
    public string Version { get; init; } = Manifest.ToolVersion;
    public string Commit { get; init; } = Manifest.ToolCommit;
    public bool Dirty { get; init; } = Manifest.ToolSourceDiff.Length > 0;
    public string SourceDiff { get; init; } = Manifest.ToolSourceDiff;
    public required string ConfigSha256 { get; init; }
    public required ulong Seed { get; init; }
    public required string Arm { get; init; }
    public required int Population { get; init; }
    public required int Proposals { get; init; }
    public required int Generations { get; init; }
    public required int RunsPerProposal { get; init; }
    public required int Threads { get; init; }
    public string Machine { get; init; } = Manifest.ThisMachine;
    public required DateTime StartedUtc { get; init; }
    public required DateTime FinishedUtc { get; init; }
    public required double WallSeconds { get; init; }
    public required SortedDictionary<string, string> Files { get; init; }

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = Configuration.Naming.JsonPolicy };

    public void Write(string folder) =>
        AtomicFile.WriteAllText(Path.Combine(folder, "manifest.json"), JsonSerializer.Serialize(this, Options).ReplaceLineEndings("\n") + "\n");
}
