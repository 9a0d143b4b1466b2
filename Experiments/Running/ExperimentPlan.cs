using Experiments.Configuration;
using Simulator.Parameters;
using Simulator.Randomness;
using Simulator.Regimes;

namespace Experiments.Running;

/// <summary>
/// The work of an experiment as a flat list of items in (point, regime, run) order, cut into
/// fixed blocks. Blocks are the unit of checkpoints and of shards: shard K of N runs a contiguous
/// range of blocks, so merged shards concatenate back into exactly the rows of a whole run.
/// </summary>
internal sealed class ExperimentPlan
{
    /// <summary>Items per block. Changing it moves checkpoint and shard boundaries, never results.</summary>
    public const int BlockSize = 64;

    private readonly Dictionary<(int Point, int Regime), (Func<IRegime> Create, ModelParameters Model)> resolved = new();

    public ExperimentPlan(ExperimentConfig config)
    {
        Config = config;
        PointValues = config.Design is { } design ? Designs.DesignPoints.Generate(design) : [];
        Points = config.PointCount;
        TotalItems = (long)Points * config.Regimes.Length * config.Runs;
    }

    public ExperimentConfig Config { get; }
    /// <summary>The design's parameter values at each point (empty without a design).</summary>
    public IReadOnlyList<double[]> PointValues { get; }
    public int Points { get; }
    public long TotalItems { get; }
    public long Blocks => (TotalItems + BlockSize - 1) / BlockSize;

    public (int Point, int Regime, int Run) Item(long item)
    {
        int runs = Config.Runs, regimes = Config.Regimes.Length;
        return ((int)(item / ((long)runs * regimes)), (int)(item / runs % regimes), (int)(item % runs));
    }

    /// <summary>The items of shard k of n: whole blocks, contiguous, covering everything exactly once over k = 0..n-1.</summary>
    public (long First, long End) Shard(int k, int n)
    {
        long firstBlock = Blocks * k / n, endBlock = Blocks * (k + 1) / n;
        return (Math.Min(firstBlock * BlockSize, TotalItems), Math.Min(endBlock * BlockSize, TotalItems));
    }

    /// <summary>Common random numbers: the seed depends on (master seed, point, run), never on the regime.</summary>
    public ulong Seed(int point, int run) => Keys.RunSeed(Config.Seed, point, run);

    public (Func<IRegime> Create, ModelParameters Model) Resolve(int point, int regime)
    {
        lock (resolved)
        {
            if (!resolved.TryGetValue((point, regime), out var r))
            {
                var (create, model) = Config.Resolve(Config.Regimes[regime]);
                if (Config.Design is { } design)
                    for (int j = 0; j < design.Parameters.Length; j++)
                        model = Configuration.ModelPaths.With(model, design.Parameters[j].Path, PointValues[point][j]);
                resolved[(point, regime)] = r = (create, model);
            }
            return r;
        }
    }
}
