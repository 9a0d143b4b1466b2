using Simulator.Observation;
using Simulator.Parameters;

namespace Simulator.Engine;

/// <summary>
/// The run's counters split by calendar era: a snapshot of the totals when an era opens and when it
/// closes; an era's value is the difference (for counts) or the year if it falls in the era (for
/// year counters). Eras are clipped to the reported years.
/// </summary>
internal sealed class EraTally(IReadOnlyList<Era> eras, Tally totals)
{
    private readonly double[]?[] opened = new double[eras.Count][];
    private readonly double[]?[] closed = new double[eras.Count][];

    public void BeginYear(int year)
    {
        for (int e = 0; e < eras.Count; e++)
            if (opened[e] is null && totals.IsOpen && year >= eras[e].FirstYear && year <= eras[e].LastYear)
                opened[e] = totals.ToArray();
    }

    public void EndYear(int year)
    {
        for (int e = 0; e < eras.Count; e++)
            if (opened[e] is not null && closed[e] is null && year == eras[e].LastYear) closed[e] = totals.ToArray();
    }

    /// <summary>Each era's counter values, in registry order; an era outside the reported years counts nothing.</summary>
    public double[][] ToValues(int firstReported, int lastReported)
    {
        var final = totals.ToArray();
        var values = new double[eras.Count][];
        for (int e = 0; e < eras.Count; e++)
        {
            var era = eras[e];
            var start = opened[e];
            var end = closed[e] ?? final;
            var v = values[e] = new double[final.Length];
            foreach (var c in CounterRegistry.All)
            {
                int i = c.Index;
                v[i] = c.Kind == CounterKind.Year
                    ? (era.Contains((int)final[i]) ? final[i] : double.NaN)
                    : start is null ? 0 : end[i] - start[i];
            }
            int years = Math.Min(era.LastYear, lastReported) - Math.Max(era.FirstYear, firstReported) + 1;
            v[WorldCounters.Years.Index] = Math.Max(0, years);
        }
        return values;
    }
}
