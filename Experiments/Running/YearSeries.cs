using Simulator.Observation;

namespace Experiments.Running;

/// <summary>The yearly integer series of one run (active wars, civil conflicts, crises, onsets).</summary>
internal sealed class YearSeries(int years)
{
    /// <summary>Quantity-major: Values[q * years + year], in the order of Columns.YearlyQuantities.</summary>
    public int[] Values { get; } = new int[5 * years];
    public double[] Polarisation { get; } = new double[years];
    public double[] RegimeStrength { get; } = new double[years];
    public int Years => years;

    public void Record(in YearRecord y)
    {
        Values[0 * years + y.Year] = y.ActiveWars;
        Values[1 * years + y.Year] = y.ActiveCivilConflicts;
        Values[2 * years + y.Year] = y.Crises;
        Values[3 * years + y.Year] = y.WarOnsets;
        Values[4 * years + y.Year] = y.CivilOnsets;
        Polarisation[y.Year] = y.BlocPolarisation;
        RegimeStrength[y.Year] = y.RegimeStrength;
    }
}
