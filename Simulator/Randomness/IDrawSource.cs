namespace Simulator.Randomness;

/// <summary>
/// Keyed draws as a mechanism asks for them. <see cref="Draws"/> is the real source; a test passes
/// a scripted one so that a mechanism can be checked with chosen draws. The engine's hot loops use
/// <see cref="Draws"/> directly.
/// </summary>
public interface IDrawSource
{
    /// <summary>Uniform in [0, 1) for (purpose, year, a, b, c).</summary>
    double Uniform(Purpose purpose, int year, int a, int b = 0, int c = 0);

    /// <summary>
    /// The draws of one (purpose, year), for a loop that draws once per state or member: each is the
    /// <see cref="Uniform"/> of the same ids. The real source folds (purpose, year) once for the row.
    /// </summary>
    DrawRow Row(Purpose purpose, int year) => new(this, purpose, year);
}

/// <summary>The draws of one (purpose, year) of a source (<see cref="IDrawSource.Row"/>).</summary>
public readonly struct DrawRow
{
    private readonly IDrawSource? source;
    private readonly Purpose purpose;
    private readonly int year;
    private readonly ulong key;

    /// <summary>A row that asks the source draw by draw.</summary>
    public DrawRow(IDrawSource source, Purpose purpose, int year) => (this.source, this.purpose, this.year) = (source, purpose, year);

    /// <summary>A row of the keyed generator: its (purpose, year) key, folded once.</summary>
    internal DrawRow(ulong yearKey) => key = yearKey;

    /// <summary>Uniform in [0, 1) for (purpose, year, a, b, c).</summary>
    public double Uniform(int a, int b = 0, int c = 0) =>
        source is null ? Draws.UniformFrom(key, a, b, c) : source.Uniform(purpose, year, a, b, c);

    /// <summary><c>into[a] = Uniform(a)</c> for every slot a: the real source draws eight at a time.</summary>
    public void Uniforms(Span<double> into)
    {
        if (source is null)
        {
            Keys.UnitsOfIndices(key, into);
            return;
        }
        for (int a = 0; a < into.Length; a++) into[a] = source.Uniform(purpose, year, a);
    }
}
