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

    private readonly Dictionary<(int Point, int Regime), Resolved> resolved = new();

    /// <summary>A (point, regime)'s regime factory and model, and the posterior columns its runs take from their particle.</summary>
    private sealed record Resolved(Func<IRegime> Create, ModelParameters Model, int[] PosteriorColumns)
    {
        /// <summary>The model with each particle's values, built the first time a run draws it (null: not kept, see <see cref="KeptParticleModels"/>).</summary>
        public ModelParameters?[]? Particles { get; init; }

        /// <summary>
        /// The model of a run that drew posterior row <paramref name="row"/>: the same for every run that draws it, so built
        /// once and kept. Built afresh each run, it was a seventh of a default run's garbage (a copy of the model and of the
        /// section for each of the posterior's columns). Models are immutable, so threads share them; two that build one at
        /// the same time build equal ones, and either may be kept.
        /// </summary>
        public ModelParameters WithParticle(Uncertainty.Posterior posterior, int row)
        {
            if (Particles is null) return posterior.Apply(Model, row, PosteriorColumns);
            var model = Volatile.Read(ref Particles[row]);
            if (model is null)
            {
                model = posterior.Apply(Model, row, PosteriorColumns);
                Volatile.Write(ref Particles[row], model);
            }
            return model;
        }
    }

    /// <summary>
    /// At most this many particle models are kept over all (point, regime)s (a few KB each): a sweep of many points over
    /// a large posterior applies each run's particle afresh instead, and its memory does not grow with the design.
    /// </summary>
    internal const int KeptParticleModels = 4096;

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

    /// <summary>
    /// What run <paramref name="run"/> of (point, regime) runs with: the regime, the model (the config's, a custom
    /// regime's overrides, the run's particle, the design point's values) and its seed. The particle depends on
    /// (master seed, run) alone, like the seed on (master seed, point, run): every regime replays the run with the same
    /// parameters and the same draws.
    /// </summary>
    public RunSetup Setup(int point, int regime, int run)
    {
        var r = Resolve(point, regime);
        var model = r.Model;
        int? particle = null;
        if (Config.Posterior is { } posterior)
        {
            int row = posterior.Draw(Config.Seed, run);
            // The posterior's columns and the design's are disjoint here (Resolve leaves swept ones out), so the
            // order of the two does not matter.
            model = r.WithParticle(posterior, row);
            particle = posterior.Ids[row];
        }
        return new RunSetup(r.Create, model, Seed(point, run), particle);
    }

    /// <summary>
    /// A run's model whose values disagree (see <see cref="FirstInconsistency"/>): the design point and its values, the regime,
    /// and the posterior row (null when the design alone, or the config, sets them so).
    /// </summary>
    public sealed record Inconsistency(int Point, double[] Values, string Regime, int? Row, string Path, string Problem, string Allowed);

    /// <summary>
    /// The first (point, regime, particle) whose model disagrees with itself (<see cref="Simulator.Parameters.IConsistentSection"/>:
    /// a burn-in that would begin before year 0, a start_year outside the record that follow_record follows, an era that holds
    /// no reported year), or null. The loader checks the config's own sections; values a design
    /// sweeps or a posterior draws are applied only at run time, so they are checked here, before any run: every point and
    /// regime, and every particle a run can draw. Only when a swept or drawn path lies in such a section (other experiments
    /// pay nothing), and each combination of such sections' values once: a posterior that sets the burn-in, over a design
    /// of other parameters, is checked once a regime, not once a point.
    /// </summary>
    public static Inconsistency? FirstInconsistency(ExperimentConfig config)
    {
        bool swept = config.Design?.Parameters.Any(p => ModelPaths.InConsistentSection(p.Path)) == true;
        var posterior = config.Posterior?.Paths.Any(ModelPaths.InConsistentSection) == true ? config.Posterior : null;
        if (!swept && posterior is null) return null;
        var plan = new ExperimentPlan(config);
        var checkedModels = new HashSet<string>(StringComparer.Ordinal);
        for (int point = 0; point < plan.Points; point++)
            for (int regime = 0; regime < config.Regimes.Length; regime++)
            {
                var (model, columns) = plan.SweptModel(point, regime);
                // Only the drawn columns in such sections can change what the check reads.
                int[] drawn = posterior is null ? [] : columns.Where(c => ModelPaths.InConsistentSection(posterior.Paths[c])).ToArray();
                // The model itself is such a section (its eras against its years): of it only the years count here, its calendar
                // being a section of its own (the whole model's text made every point of a large design a new combination).
                string sections = string.Join('|', ModelPaths.ConsistentSections(model).Select(s => s.Section is ModelParameters m ? m.Years.ToString(System.Globalization.CultureInfo.InvariantCulture) : s.Section.ToString()));
                if (!checkedModels.Add(sections + "|" + string.Join(',', drawn))) continue;
                double[] values = plan.PointValues.Count > 0 ? plan.PointValues[point] : [];
                if (ModelPaths.Disagreement(model) is var (path, problem, allowed))
                    return new Inconsistency(point, values, config.Regimes[regime], null, path, problem, allowed);
                if (drawn.Length == 0) continue;
                var checkedRows = new HashSet<string>(StringComparer.Ordinal);
                for (int row = 0; row < posterior!.Count; row++)
                {
                    if (!posterior.CanBeDrawn(row) || !checkedRows.Add(string.Join(',', drawn.Select(c => posterior.Value(row, c).ToString("R", System.Globalization.CultureInfo.InvariantCulture)))))
                        continue;
                    if (ModelPaths.Disagreement(posterior.Apply(model, row, drawn)) is var (p, why, ok))
                        return new Inconsistency(point, values, config.Regimes[regime], row, p, why, ok);
                }
            }
        return null;
    }

    private Resolved Resolve(int point, int regime)
    {
        lock (resolved)
        {
            if (!resolved.TryGetValue((point, regime), out var r))
            {
                var (model, columns) = SweptModel(point, regime);
                bool keep = Config.Posterior is { } posterior && (long)Points * Config.Regimes.Length * posterior.Count <= KeptParticleModels;
                resolved[(point, regime)] = r = new Resolved(Config.Resolve(Config.Regimes[regime]).Create, model, columns)
                {
                    Particles = keep ? new ModelParameters?[Config.Posterior!.Count] : null,
                };
            }
            return r;
        }
    }

    /// <summary>A (point, regime)'s model (the regime's, with the point's design values) and its posterior columns; builds no regime.</summary>
    private (ModelParameters Model, int[] PosteriorColumns) SweptModel(int point, int regime)
    {
        var model = Config.ModelOf(Config.Regimes[regime]);
        var swept = new HashSet<string>(StringComparer.Ordinal);
        if (Config.Design is { } design)
            for (int j = 0; j < design.Parameters.Length; j++)
            {
                model = Configuration.ModelPaths.With(model, design.Parameters[j].Path, PointValues[point][j]);
                swept.Add(design.Parameters[j].Path);
            }
        return (model, PosteriorColumns(model, swept));
    }

    /// <summary>
    /// The posterior columns a (point, regime) takes from its runs' particles: all but those the design sweeps (the
    /// sweep is the question asked) and those a custom regime sets apart from the experiment's model (its
    /// counterfactual, e.g. no veto, must survive the draw). "Apart" is a different value, as config.yaml writes overrides.
    /// </summary>
    private int[] PosteriorColumns(ModelParameters model, HashSet<string> swept)
    {
        if (Config.Posterior is not { } posterior) return [];
        var columns = new List<int>();
        for (int c = 0; c < posterior.Paths.Length; c++)
        {
            string path = posterior.Paths[c];
            if (swept.Contains(path)) continue;
            if (Configuration.ModelPaths.Value(model, path) != Configuration.ModelPaths.Value(Config.Model, path)) continue;
            columns.Add(c);
        }
        return [.. columns];
    }
}
