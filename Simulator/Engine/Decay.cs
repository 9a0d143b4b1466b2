using Simulator.Numerics;

namespace Simulator.Engine;

/// <summary>
/// exp(-t / τ) for whole years t, tabulated for the first years so the hot loops need no exp;
/// the table's size is fixed, so it does not grow with the length of a run.
/// </summary>
internal sealed class Decay
{
    private const int TabulatedYears = 256;
    private readonly double[] table = new double[TabulatedYears];
    private readonly double tauYears;

    public Decay(double tauYears)
    {
        this.tauYears = tauYears;
        for (int t = 0; t < TabulatedYears; t++) table[t] = PortableMath.Exp(-t / tauYears);
    }

    public double At(int elapsedYears) =>
        elapsedYears < TabulatedYears ? table[elapsedYears] : PortableMath.Exp(-elapsedYears / tauYears);

    /// <summary>The yearly factor of a quantity with the given half-life.</summary>
    public static double PerYear(double halfLifeYears) => PortableMath.Pow(0.5, 1.0 / halfLifeYears);
}
