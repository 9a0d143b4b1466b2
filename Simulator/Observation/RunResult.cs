namespace Simulator.Observation;

/// <summary>
/// The totals of one run (MODEL.md section 7, per run): one value per registered counter, in the
/// order of <see cref="CounterRegistry.All"/>; one row of runs.csv.
/// </summary>
public sealed class RunResult : IEquatable<RunResult>
{
    private readonly double[] values;
    private readonly double[][] eras;

    internal RunResult(double[] values, double[][] eras)
    {
        this.values = values;
        this.eras = eras;
    }

    /// <summary>Number of calendar eras the run reports separately (model.calendar.eras).</summary>
    public int EraCount => eras.Length;

    /// <summary>A counter's value within one era (NaN for a year counter whose year fell outside it).</summary>
    public double InEra(int era, Counter counter) => eras[era][counter.Index];

    /// <summary>The value of a counter (NaN for a year that did not happen).</summary>
    public double this[Counter counter] => values[counter.Index];

    /// <summary>The value of a counter, by position in the registry.</summary>
    public double this[int index] => values[index];

    /// <summary>A year counter as a nullable year.</summary>
    public int? YearOf(Counter counter) => double.IsNaN(values[counter.Index]) ? null : (int)values[counter.Index];

    /// <summary>Every counter's value, in registry order.</summary>
    public ReadOnlySpan<double> Values => values;

    public bool Equals(RunResult? other) =>
        other is not null && values.AsSpan().SequenceEqual(other.values) && eras.Length == other.eras.Length
        && eras.Zip(other.eras).All(p => p.First.AsSpan().SequenceEqual(p.Second));

    public override bool Equals(object? obj) => Equals(obj as RunResult);

    public override int GetHashCode() => values.Length == 0 ? 0 : values[0].GetHashCode();

    public override string ToString() =>
        string.Join(", ", CounterRegistry.All.Select(c => $"{c.Name} = {values[c.Index].ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
}
