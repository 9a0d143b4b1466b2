using System.Collections.Immutable;
using Experiments.Configuration;
using Simulator.Parameters;
using Simulator.Randomness;

namespace Experiments.Uncertainty;

/// <summary>
/// A weighted sample of parameter vectors (particles) read from a posterior file, as <c>sim calibrate</c> writes it:
/// each run of an experiment draws one particle by weight and runs with its values, so the run-to-run spread of the
/// results carries parameter uncertainty as well as Monte Carlo noise. Two posteriors are equal when their bytes are.
/// </summary>
public sealed class Posterior : IEquatable<Posterior>
{
    /// <summary>Stream of the particle draws: a key purpose of its own, apart from every simulation draw and the designs'.</summary>
    private const ulong ParticlePurpose = 0x9A27_1C1E_D4A0_0001UL;

    private readonly double[] cumulative;
    private readonly double[][] values;
    private readonly byte[] content;

    internal Posterior(ImmutableArray<string> paths, ImmutableArray<int> ids, double[] weights, double[][] values, byte[] content, string source = "")
    {
        Source = source;
        Paths = paths;
        Ids = ids;
        this.values = values;
        this.content = content;
        Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        // Cumulative weights in file order, normalised by their sum: the file's weights sum to 1 only up to rounding.
        double total = weights.Sum();
        cumulative = new double[weights.Length];
        double running = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            running += weights[i];
            cumulative[i] = running / total;
        }
        cumulative[^1] = 1.0;
    }

    /// <summary>The file name a results folder keeps its copy under, beside config.yaml.</summary>
    public const string FileName = "posterior.csv";

    /// <summary>The file it was read from, for error messages (not part of its identity, which is its content).</summary>
    public string Source { get; }

    /// <summary>The file line of particle row <paramref name="row"/> (the header is line 1).</summary>
    public static int Line(int row) => row + 2;

    /// <summary>False for a particle of weight 0, which no run draws.</summary>
    public bool CanBeDrawn(int row) => cumulative[row] > (row == 0 ? 0 : cumulative[row - 1]);

    /// <summary>The config paths of the parameter columns, in file order (e.g. <c>model.crises.great_power_risk</c>).</summary>
    public ImmutableArray<string> Paths { get; }

    /// <summary>Each particle's id (the file's <c>particle</c> column), in file order.</summary>
    public ImmutableArray<int> Ids { get; }

    /// <summary>SHA-256 of the file's bytes.</summary>
    public string Sha256 { get; }

    /// <summary>The particles' count.</summary>
    public int Count => Ids.Length;

    /// <summary>The file's bytes, for the copy a results folder keeps.</summary>
    public ReadOnlySpan<byte> Content => content;

    /// <summary>
    /// The particle (its row, 0-based) run <paramref name="run"/> uses: one uniform keyed on (master seed, run) alone,
    /// inverted through the cumulative weights. Neither the design point nor the regime enters the key, so every
    /// regime and every point replays run r with the same parameters (common random numbers), and the draw does not
    /// depend on threads, shards or resumes.
    /// </summary>
    public int Draw(ulong masterSeed, int run)
    {
        double u = Keys.ToUnit(Keys.Fold(Keys.Fold(Keys.Mix(masterSeed), ParticlePurpose), (ulong)run));
        int row = Array.BinarySearch(cumulative, u);
        // Not found: the complement is the first cumulative weight above u. Found (u equals a cumulative weight
        // exactly): that particle's interval ends there, so the draw belongs to the next one with weight.
        row = row < 0 ? ~row : row + 1;
        while (row < cumulative.Length - 1 && cumulative[row] == (row == 0 ? 0 : cumulative[row - 1])) row++;
        return Math.Min(row, cumulative.Length - 1);
    }

    /// <summary>The particle's value of column <paramref name="column"/>.</summary>
    public double Value(int row, int column) => values[row][column];

    /// <summary>The model with the particle's values set at the given columns (the others are left as they are).</summary>
    public ModelParameters Apply(ModelParameters model, int row, IReadOnlyList<int> columns)
    {
        foreach (int column in columns)
            model = ModelPaths.With(model, Paths[column], values[row][column]);
        return model;
    }

    public bool Equals(Posterior? other) => other is not null && Sha256 == other.Sha256;

    public override bool Equals(object? obj) => Equals(obj as Posterior);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Sha256);

    public override string ToString() => $"posterior of {Count} particles over {string.Join(", ", Paths)} (sha256 {Sha256[..12]})";
}
