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

    /// <summary>
    /// The decay of time constant <paramref name="tauYears"/>, shared: a table is immutable, and building one (256
    /// exponentials, 2 KB) for each of a run's two decays was half a percent of a default run's time. Each thread keeps
    /// the last few it used, so a run takes its processes' decays from its thread's last run.
    /// </summary>
    public static Decay Of(double tauYears)
    {
        var kept = recent ??= new Decay?[KeptPerThread];
        foreach (var decay in kept)
            if (decay is not null && BitConverter.DoubleToInt64Bits(decay.tauYears) == BitConverter.DoubleToInt64Bits(tauYears)) return decay;
        var made = new Decay(tauYears);
        kept[next] = made;
        next = (next + 1) % KeptPerThread;
        return made;
    }

    private const int KeptPerThread = 4;
    [ThreadStatic] private static Decay?[]? recent;
    [ThreadStatic] private static int next;

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
