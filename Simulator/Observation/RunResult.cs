namespace Simulator.Observation;

/// <summary>
/// The totals of one run (MODEL.md section 7, per run): one value per registered counter, in the
/// order of <see cref="CounterRegistry.All"/>; one row of runs.csv.
/// </summary>
public sealed class RunResult
{
    private readonly double[] values;

    internal RunResult(double[] values) => this.values = values;

    /// <summary>The value of a counter (NaN for a year that did not happen).</summary>
    public double this[Counter counter] => values[counter.Index];

    /// <summary>The value of a counter, by position in the registry.</summary>
    public double this[int index] => values[index];

    /// <summary>A year counter as a nullable year.</summary>
    public int? YearOf(Counter counter) => double.IsNaN(values[counter.Index]) ? null : (int)values[counter.Index];
}
