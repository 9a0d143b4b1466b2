using System.Text;
using Analysis.Results;
using Analysis.Summary;
using Experiments.Output;
using Experiments.Running;
using Experiments.Tests.EndToEnd;
using FsCheck;
using FsCheck.Fluent;

namespace Experiments.Tests.Robustness;

/// <summary>
/// The results readers (runs.csv and episodes.csv through the digest and summary, yearly_counts.csv,
/// manifest.json, checkpoint.json, the small tables) on thousands of damaged or generated files: each
/// either reads the file or throws <see cref="InvalidDataException"/> (one line, exit 1 in the CLI),
/// never another exception.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class ReaderProperties
{
    private string valid = "", scratch = "";
    private static readonly string[] Regimes = ["none", "un"];

    [OneTimeSetUp]
    public void WriteValidFolder()
    {
        string root = Path.Combine(Path.GetTempPath(), "sim-tests", "reader-properties-" + Environment.ProcessId);
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        Directory.CreateDirectory(root);
        string config = SimCli.WriteConfig(root, "name: props\nseed: 3\nruns: 6\nregimes: [none, un]\nmodel:\n  years: 20\n");
        valid = Path.Combine(root, "valid");
        var run = SimCli.Run("run", config, "--out", valid, "--quiet", "--no-report");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        scratch = Path.Combine(root, "scratch");
        Directory.CreateDirectory(scratch);
    }

    /// <summary>A file damaged as disks, editors and hostile users damage them.</summary>
    private static Gen<byte[]> Damaged(byte[] original) =>
        Gen.OneOf(
            Gen.Choose(0, Math.Max(0, original.Length - 1)).Select(n => original[..n]), // truncated
            Gen.Zip(Gen.Choose(0, original.Length - 1), Gen.Choose(0, 255)).Select(t =>
            {
                var copy = (byte[])original.Clone();
                copy[t.Item1] = (byte)t.Item2; // one byte changed
                return copy;
            }),
            Gen.Zip(Gen.Choose(0, original.Length - 1), Gen.Elements(",", "\n", "\"", "-", "x", "\r\n", "9999999999999999999999", ",,", "\0")).Select(t =>
                (byte[])[.. original[..t.Item1], .. Encoding.UTF8.GetBytes(t.Item2), .. original[t.Item1..]]), // something inserted
            Gen.Zip(Gen.Choose(1, 40), Gen.Choose(0, 1000)).Select(t =>
            {
                var lines = Encoding.UTF8.GetString(original).Split('\n').ToList();
                int i = t.Item2 % lines.Count;
                if (t.Item1 % 2 == 0) lines.RemoveAt(i); else lines.Insert(i, lines[(i + t.Item1) % lines.Count]); // a line removed or repeated
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            }),
            Gen.ArrayOf(Gen.Elements("point", "regime", ",", "\n", "0", "1", "-1", "none", "un", "x", "\"", "true", "1e308", "NaN", "{", "}", ":"))
                .Select(parts => Encoding.UTF8.GetBytes(string.Concat(parts)))); // generated text

    /// <summary>Reading either succeeds or fails with InvalidDataException.</summary>
    private static bool ReadsOrRejects(Action read)
    {
        try
        {
            read();
            return true;
        }
        catch (InvalidDataException)
        {
            return true;
        }
    }

    private void CheckFile(string file, int tests, Action<string> read)
    {
        byte[] original = File.ReadAllBytes(Path.Combine(valid, file));
        string folder = Path.Combine(scratch, Path.GetFileNameWithoutExtension(file));
        Directory.CreateDirectory(folder);
        foreach (var f in Directory.GetFiles(valid)) File.Copy(f, Path.Combine(folder, Path.GetFileName(f)), overwrite: true);
        var property = Prop.ForAll(Damaged(original).ToArbitrary(), bytes =>
        {
            File.WriteAllBytes(Path.Combine(folder, file), bytes);
            return ReadsOrRejects(() => read(folder));
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(tests), property);
    }

    [Test]
    public void RunsCsv_DamagedOrGenerated_ReadOrInvalidData() =>
        CheckFile("runs.csv", 1500, folder => SummaryBuilder.Build(ResultsDigest.Read(folder)));

    [Test]
    public void EpisodesCsvGz_DamagedOrGenerated_ReadOrInvalidData() =>
        CheckFile("episodes.csv.gz", 1500, folder => SummaryBuilder.Build(ResultsDigest.Read(folder)));

    [Test]
    public void YearlyCountsCsv_DamagedOrGenerated_ReadOrInvalidData() =>
        CheckFile("yearly_counts.csv", 1000, folder => YearlyCounts.ReadCounts(Path.Combine(folder, "yearly_counts.csv"), Regimes, 20));

    [Test]
    public void YearlyCsv_DamagedOrGenerated_ReadOrInvalidData() =>
        CheckFile("yearly.csv", 500, folder => ResultTable.Read(Path.Combine(folder, "yearly.csv")));

    [Test]
    public void ManifestJson_DamagedOrGenerated_ReadOrInvalidData() =>
        CheckFile("manifest.json", 1000, folder =>
        {
            if (Manifest.Read(folder) is { } m) Integrity.Check(folder, m);
        });

    [Test]
    public void CheckpointJson_DamagedOrGenerated_ReadOrInvalidData()
    {
        File.WriteAllText(Path.Combine(valid, Checkpoint.FileName),
            "{\"config_sha256\":\"ab\",\"shard\":\"whole\",\"next_item\":64,\"runs_bytes\":100,\"episodes_bytes\":100,\"yearly_counts\":\"checkpoint_yearly_counts.a.csv\",\"yearly_counts_sha256\":\"00\"}\n");
        try
        {
            CheckFile(Checkpoint.FileName, 1000, folder => Checkpoint.Read(folder)?.VerifiedYearlyCounts(folder));
        }
        finally
        {
            File.Delete(Path.Combine(valid, Checkpoint.FileName));
        }
    }
}
