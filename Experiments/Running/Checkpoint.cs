using System.Text.Json;

namespace Experiments.Running;

/// <summary>
/// The durable record of an interrupted run: the next item to run and how long runs.csv,
/// episodes.csv and eras.csv were when the yearly state was last saved with it. Resuming truncates the row files
/// to those lengths and goes on from there, so the result is the same as an uninterrupted run.
/// </summary>
internal sealed record Checkpoint(string ConfigSha256, string Shard, long NextItem, long RunsBytes, long EpisodesBytes, long ErasBytes = 0)
{
    public const string FileName = "checkpoint.json";
    public const string YearlyFileName = "checkpoint_yearly_counts.csv";

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = Configuration.Naming.JsonPolicy };

    public static Checkpoint? Read(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<Checkpoint>(File.ReadAllText(path), Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: unreadable checkpoint: {e.Message}");
        }
    }

    public void Write(string folder) =>
        AtomicFile.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Options) + "\n");

    public static void Delete(string folder)
    {
        File.Delete(Path.Combine(folder, FileName));
        File.Delete(Path.Combine(folder, YearlyFileName));
    }
}
