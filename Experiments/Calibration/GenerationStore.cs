using Analysis.Results;

namespace Experiments.Calibration;

/// <summary>
/// The evaluated proposals of each generation on disk, in blocks of <see cref="BlockSize"/> proposals:
/// <c>generations/gGG/block-BBBBB.csv</c>, one row per proposal (index, distance, working coordinates,
/// target estimates; shortest round-trip numbers, so reading back gives the same doubles). A block is
/// written atomically, so a block either exists whole or not at all: this is what resumes, and what
/// the shards of a Slurm array hand to the run that assembles the generation. A generation is always
/// read back from its blocks, whether it was just computed or not, so every route to it sees the same numbers.
/// </summary>
internal sealed class GenerationStore(string folder, AbcSmcSettings settings, IReadOnlyList<string> targetLabels)
{
    /// <summary>Proposals per block: the unit of resumption and of shards. Changing it moves boundaries, never results.</summary>
    public const int BlockSize = 8;

    public const string Folder = "generations";

    public int Blocks => (settings.Proposals + BlockSize - 1) / BlockSize;

    public (int First, int End) BlockProposals(int block) => (block * BlockSize, Math.Min(settings.Proposals, (block + 1) * BlockSize));

    /// <summary>The blocks of shard k of n: contiguous, covering every block exactly once over k = 0..n-1.</summary>
    public (int First, int End) ShardBlocks(int k, int n) => (Blocks * k / n, Blocks * (k + 1) / n);

    private string[] Header =>
        ["proposal", "distance", .. settings.Parameters.Select(p => "working:" + p.Path), .. targetLabels.Select(l => "estimate:" + l)];

    private string BlockPath(int generation, int block) => Path.Combine(folder, Folder, $"g{generation:D2}", $"block-{block:D5}.csv");

    public bool Has(int generation, int block) => File.Exists(BlockPath(generation, block));

    public void Write(int generation, int block, IReadOnlyList<Particle> evaluated)
    {
        string path = BlockPath(generation, block);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        CsvRows.WriteFile(path, Header, csv =>
        {
            foreach (var p in evaluated)
            {
                csv.Add(p.Proposal).Add(p.Distance);
                foreach (var x in p.Working) csv.Add(x);
                foreach (var e in p.Estimates) csv.Add(e);
                csv.End();
            }
        });
    }

    /// <summary>Every proposal of a generation in index order, or null when a block is missing.</summary>
    public IReadOnlyList<Particle>? Read(int generation)
    {
        var all = new List<Particle>(settings.Proposals);
        for (int block = 0; block < Blocks; block++)
        {
            if (!Has(generation, block)) return null;
            string path = BlockPath(generation, block);
            using var file = CsvFile.Open(path);
            if (!file.Header.SequenceEqual(Header))
                throw new InvalidDataException($"{path}: its columns are not this calibration's (written by another config or version); start again with --force");
            var (first, end) = BlockProposals(block);
            int d = settings.Parameters.Length;
            while (file.Next())
            {
                int proposal = file.Int(0);
                if (proposal != all.Count) throw new InvalidDataException($"{path}:{file.Line}: proposal {proposal}, expected {all.Count}; start again with --force");
                var working = Enumerable.Range(0, d).Select(k => file.Double(2 + k)).ToArray();
                var estimates = Enumerable.Range(0, targetLabels.Count).Select(t => file.DoubleOrNaN(2 + d + t)).ToArray();
                all.Add(new Particle(proposal, working, file.Double(1), estimates));
            }
            if (all.Count != end) throw new InvalidDataException($"{path}: holds proposals up to {all.Count - 1}, expected {first} to {end - 1}; start again with --force");
        }
        return all;
    }
}
