using System.Text.Json;

namespace Experiments.Running;

/// <summary>
/// The durable record of an interrupted run: the next item to run and how long runs.csv,
/// episodes.csv and eras.csv were when the yearly state was last saved with it. Resuming truncates the row files
/// to those lengths and goes on from there, so the result is the same as an uninterrupted run.
/// One atomic commit: the yearly counts go first to one of two slot files, then checkpoint.json
/// (renamed into place) names the slot and its SHA-256; a death between the two leaves the previous
/// checkpoint and its slot intact. A checkpoint at the end item stays until the folder is complete
/// (data, summary, manifest, report), so a resume picks up from any point.
/// </summary>
internal sealed record Checkpoint(string ConfigSha256, string Shard, long NextItem, long RunsBytes, long EpisodesBytes, long ErasBytes = 0)
{
    public const string FileName = "checkpoint.json";
    public static readonly string[] YearlySlots = ["checkpoint_yearly_counts.a.csv", "checkpoint_yearly_counts.b.csv"];

    /// <summary>The slot file holding the yearly counts of this checkpoint.</summary>
    public string YearlyCounts { get; init; } = "";
    public string YearlyCountsSha256 { get; init; } = "";

    /// <summary>Every file name a checkpoint uses (for --force).</summary>
    public static IEnumerable<string> Files => [FileName, .. YearlySlots];

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = Configuration.Naming.JsonPolicy };

    public static Checkpoint? Read(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<Checkpoint>(File.ReadAllText(path), Options)
                ?? throw new InvalidDataException($"{path}: empty checkpoint; start again with --force");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: unreadable checkpoint: {e.Message}");
        }
    }

    /// <summary>The path of its yearly counts, verified against the checksum the checkpoint recorded.</summary>
    public string VerifiedYearlyCounts(string folder)
    {
        if (Array.IndexOf(YearlySlots, YearlyCounts) < 0)
            throw new InvalidDataException($"{Path.Combine(folder, FileName)}: names no yearly counts slot; start again with --force");
        string path = Path.Combine(folder, YearlyCounts);
        if (!File.Exists(path) || Output.Manifest.Sha256(path) != YearlyCountsSha256)
            throw new InvalidDataException($"{path}: does not match its checkpoint's SHA-256; start again with --force");
        return path;
    }

    /// <summary>Commits this checkpoint with <paramref name="counts"/> in the slot the current checkpoint does not use.</summary>
    public Checkpoint Write(string folder, Output.YearlyCounts counts, Checkpoint? previous)
    {
        string slot = previous?.YearlyCounts == YearlySlots[0] ? YearlySlots[1] : YearlySlots[0];
        string slotPath = Path.Combine(folder, slot);
        counts.WriteCounts(slotPath);
        FaultPoint.Hit("checkpoint.counts-written");
        var written = this with { YearlyCounts = slot, YearlyCountsSha256 = Output.Manifest.Sha256(slotPath) };
        AtomicFile.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(written, Options) + "\n");
        FaultPoint.Hit("checkpoint.committed");
        return written;
    }

    /// <summary>Removes the checkpoint: first checkpoint.json (the commit), then its slots, and any of their unfinished .partial files.</summary>
    public static void Delete(string folder)
    {
        foreach (var f in Files)
        {
            File.Delete(Path.Combine(folder, f));
            File.Delete(AtomicFile.TempPath(Path.Combine(folder, f)));
        }
    }
}
