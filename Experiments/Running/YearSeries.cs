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

    public void Record(in YearRecord y, int index)
    {
        Values[0 * years + index] = y.ActiveWars;
        Values[1 * years + index] = y.ActiveCivilConflicts;
        Values[2 * years + index] = y.Crises;
        Values[3 * years + index] = y.WarOnsets;
        Values[4 * years + index] = y.CivilOnsets;
        Polarisation[index] = y.BlocPolarisation;
        RegimeStrength[index] = y.RegimeStrength;
    }
}
