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
}
