using Simulator.Numerics;

namespace Experiments.Calibration;

/// <summary>
/// Approximate Bayesian computation by sequential Monte Carlo (Toni et al. 2009) with the weights and
/// kernel of Beaumont et al. (2009), in the variant with a fixed batch per generation: generation g
/// simulates exactly M proposals (from the prior at g = 0, else resampled from generation g − 1 by weight
/// and perturbed), keeps the N with the smallest distance (ties by proposal index), and sets its tolerance
/// ε_g to the N-th smallest distance (a quantile-adaptive schedule, as in Del Moral et al. 2012 and pyABC).
/// A fixed batch makes a generation a shardable list of independent jobs. Importance weights are
/// prior / Σ_j w_j K(θ | θ_j); in the working space every prior is uniform on its box, so the prior is a constant.
/// </summary>
internal sealed class AbcSmc(AbcSmcSettings settings, IProposalScorer scorer, GenerationStore store, int threads, Action<string>? progress = null)
{
    /// <summary>
    /// Runs (or resumes) every generation and returns them. With <paramref name="onlyGeneration"/>, only
    /// evaluates the blocks of that generation in <paramref name="shard"/> and returns the generations before
    /// it; those must be complete (earlier array jobs).
    /// </summary>
    public IReadOnlyList<Generation> Run(int? onlyGeneration = null, (int Index, int Count) shard = default)
    {
        var generations = new List<Generation>();
        int last = onlyGeneration ?? settings.Generations - 1;
        for (int g = 0; g <= last; g++)
        {
            var previous = g == 0 ? null : generations[g - 1];
            var sampler = new ProposalSampler(settings.Parameters, settings.Seed, g, previous?.Population);
            if (onlyGeneration is null || g == onlyGeneration)
            {
                var (first, end) = onlyGeneration is null ? (0, store.Blocks) : store.ShardBlocks(shard.Index, Math.Max(1, shard.Count));
                Evaluate(g, sampler, first, end);
                if (g == onlyGeneration) break;
            }
            var proposals = store.Read(g)
                            ?? throw new InvalidDataException($"generation {g} is incomplete: run the shards of every generation before {onlyGeneration} first (sim calibrate CONFIG --generation G --shard K/N), or run sim calibrate CONFIG without --shard");
            generations.Add(Select(g, proposals, sampler.Kernel, previous));
            progress?.Invoke($"generation {g}: epsilon {generations[^1].Epsilon:G4}, effective sample size {generations[^1].EffectiveSampleSize:F1} of {settings.Population}");
        }
        return generations;
    }

    /// <summary>Simulates the blocks [first, end) of generation g that are not on disk yet, a wave of blocks at a time.</summary>
    private void Evaluate(int generation, ProposalSampler sampler, int firstBlock, int endBlock)
    {
        var todo = Enumerable.Range(firstBlock, endBlock - firstBlock).Where(b => !store.Has(generation, b)).ToArray();
        int wave = Math.Max(1, threads);
        int done = endBlock - firstBlock - todo.Length;
        for (int w = 0; w < todo.Length; w += wave)
        {
            var blocks = todo[w..Math.Min(todo.Length, w + wave)];
            var jobs = blocks.Select(store.BlockProposals).SelectMany(range => Enumerable.Range(range.First, range.End - range.First)).ToArray();
            var results = new Particle[jobs.Length];
            // Each proposal runs its R histories in turn on one thread; proposals run in parallel. A proposal's
            // numbers depend only on its index, so the thread count changes nothing.
            Parallel.For(0, jobs.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, j => results[j] = Evaluate(generation, sampler, jobs[j]));
            int at = 0;
            foreach (var b in blocks)
            {
                var (first, end) = store.BlockProposals(b);
                store.Write(generation, b, results[at..(at + end - first)]);
                at += end - first;
            }
            done += blocks.Length;
            progress?.Invoke($"generation {generation}: blocks {done}/{endBlock - firstBlock} ({jobs.Length} proposals in this wave)");
        }
    }

    private Particle Evaluate(int generation, ProposalSampler sampler, int proposal)
    {
        var working = sampler.Propose(proposal);
        var values = working.Select((x, k) => settings.Parameters[k].FromWorking(x)).ToArray();
        var estimates = scorer.Estimates(values, generation);
        return new Particle(proposal, working, CalibrationTarget.Total(scorer.Targets, estimates), estimates);
    }

    /// <summary>The N best proposals, weighted: equal weights at generation 0, importance weights after.</summary>
    internal Generation Select(int index, IReadOnlyList<Particle> proposals, PerturbationKernel? kernel, Generation? previous)
    {
        var best = proposals.OrderBy(p => p.Distance).ThenBy(p => p.Proposal).Take(settings.Population).ToArray();
        var weights = new double[best.Length];
        if (kernel is null || previous is null)
        {
            Array.Fill(weights, 1.0 / best.Length);
        }
        else
        {
            // w_i ∝ 1 / Σ_j W_j exp(−q_ij / 2), summed in a fixed order with the largest term factored out.
            var logInverse = new double[best.Length];
            for (int i = 0; i < best.Length; i++)
            {
                var q = previous.Population.Select(p => kernel.Mahalanobis(best[i].Working, p.Working)).ToArray();
                double qMin = q.Min();
                double sum = 0;
                for (int j = 0; j < q.Length; j++) sum += previous.Population[j].Weight * PortableMath.Exp(-(q[j] - qMin) / 2);
                logInverse[i] = qMin / 2 - PortableMath.Log(sum);
            }
            double top = logInverse.Max();
            for (int i = 0; i < best.Length; i++) weights[i] = PortableMath.Exp(logInverse[i] - top);
        }
        double total = weights.Sum();
        var population = best.Select((p, i) => p with { Weight = weights[i] / total }).ToArray();
        return new Generation(index, best[^1].Distance, population, proposals.Count);
    }
}
