using Simulator.Observation;

namespace Simulator.Engine;

/// <summary>The running totals of one run (the registry's counters) and this year's counts for the yearly record.</summary>
internal sealed class RunCounters
{
    public Tally Totals { get; } = new();

    // This year's counts, for the yearly record.
    public int CrisesThisYear, WarOnsetsThisYear, CivilOnsetsThisYear;

    public void BeginYear() => CrisesThisYear = WarOnsetsThisYear = CivilOnsetsThisYear = 0;

    public void Add(Counter counter, double amount = 1) => Totals.Add(counter, amount);

    public RunResult ToResult(int years, double[][] eras)
    {
        Totals.Set(WorldCounters.Years, years);
        return new RunResult(Totals.ToArray(), eras);
    }
}
