namespace Simulator.Engine;

/// <summary>exp(-t / τ) tabulated for whole years t, so the hot loops need no Math.Exp.</summary>
internal sealed class Decay
{
    private readonly double[] table;

    public Decay(double tauYears, int years)
    {
        table = new double[years + 2];
        for (int t = 0; t < table.Length; t++) table[t] = Math.Exp(-t / tauYears);
    }

    public double At(int elapsedYears) => table[Math.Min(elapsedYears, table.Length - 1)];

    /// <summary>The yearly factor of a quantity with the given half-life.</summary>
    public static double PerYear(double halfLifeYears) => Math.Pow(0.5, 1.0 / halfLifeYears);
}
