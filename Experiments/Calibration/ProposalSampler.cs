using Simulator.Randomness;

namespace Experiments.Calibration;

/// <summary>
/// Draws the parameter sets of one generation. Proposal i of generation g is a pure function of
/// (calibration seed, g, i, purpose) and the previous population, through the project's keyed
/// mixing (<see cref="Keys"/>, <see cref="Draws"/>), never a shared stream: any shard, thread or resume
/// draws the same proposal. Generation 0 draws from the prior; later generations pick a particle by
/// weight and perturb it with the kernel, redrawing (with the next keyed attempt) until it lies in the
/// prior's box.
/// </summary>
internal sealed class ProposalSampler
{
    /// <summary>Separates the calibration's keys from the runs' (which start from the same seed).</summary>
    private const ulong Salt = 0xCA11_B8A7_E5EE_D000UL;

    /// <summary>Attempts before a perturbation that keeps leaving the box is clamped into it (rarely reached: about 1 in 10⁹ for a particle on a bound).</summary>
    public const int MaxAttempts = 1000;

    private enum Purpose : ulong { Prior = 1, Resample = 2, Perturb = 3 }

    private readonly IReadOnlyList<CalibrationParameter> parameters;
    private readonly ulong generationKey;
    private readonly IReadOnlyList<Particle>? previous;
    private readonly double[] cumulative = [];

    /// <param name="previous">The population of generation g − 1 (weights summing to 1); null for generation 0.</param>
    public ProposalSampler(IReadOnlyList<CalibrationParameter> parameters, ulong seed, int generation, IReadOnlyList<Particle>? previous)
    {
        this.parameters = parameters;
        this.previous = previous;
        generationKey = Keys.Fold(Keys.Mix(seed ^ Salt), (ulong)generation);
        if (previous is not null)
        {
            Kernel = new PerturbationKernel(previous, parameters);
            cumulative = new double[previous.Count];
            double sum = 0;
            for (int j = 0; j < previous.Count; j++) cumulative[j] = sum += previous[j].Weight;
        }
    }

    /// <summary>The perturbation kernel of this generation (null for generation 0).</summary>
    public PerturbationKernel? Kernel { get; }

    private ulong Key(Purpose purpose, int proposal) => Keys.Fold(Keys.Fold(generationKey, (ulong)purpose), (ulong)proposal);

    /// <summary>Proposal <paramref name="proposal"/> of this generation, in the working space.</summary>
    public double[] Propose(int proposal)
    {
        int d = parameters.Count;
        if (previous is null || Kernel is null)
        {
            var key = Key(Purpose.Prior, proposal);
            return [.. Enumerable.Range(0, d).Select(k =>
                parameters[k].WorkingMin + Draws.UniformFrom(key, k) * (parameters[k].WorkingMax - parameters[k].WorkingMin))];
        }
        double u = Draws.UniformFrom(Key(Purpose.Resample, proposal), 0) * cumulative[^1];
        int pick = Array.BinarySearch(cumulative, u);
        pick = Math.Min(pick < 0 ? ~pick : pick + 1, previous.Count - 1);
        var centre = previous[pick].Working;
        var perturb = Key(Purpose.Perturb, proposal);
        double[] x = centre;
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var z = Enumerable.Range(0, d).Select(k => Draws.NormalFrom(perturb, attempt, k)).ToArray();
            x = Kernel.Perturb(centre, z);
            if (Inside(x)) return x;
        }
        return [.. x.Select((v, k) => Math.Clamp(v, parameters[k].WorkingMin, parameters[k].WorkingMax))];
    }

    private bool Inside(double[] x)
    {
        for (int k = 0; k < x.Length; k++)
            if (!parameters[k].ContainsWorking(x[k])) return false;
        return true;
    }
}
