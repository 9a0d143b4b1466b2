namespace Simulator.Observation;

/// <summary>The running values of every registered counter in one run, indexed like <see cref="CounterRegistry.All"/>.</summary>
public sealed class Tally
{
    private readonly double[] values = new double[CounterRegistry.All.Length];

    public Tally()
    {
        foreach (var c in CounterRegistry.All)
            if (c.Kind == CounterKind.Year) values[c.Index] = double.NaN;
    }

    /// <summary>False during a burn-in: nothing is counted until the reported years begin.</summary>
    public bool IsOpen { get; internal set; } = true;

    /// <summary>Adds to a counter (one event by default).</summary>
    public void Add(Counter counter, double amount = 1)
    {
        if (IsOpen) values[counter.Index] += amount;
    }

    /// <summary>Records a year counter once: the first time it happens.</summary>
    public void MarkYear(Counter counter, int year)
    {
        if (IsOpen && double.IsNaN(values[counter.Index])) values[counter.Index] = year;
    }

    public void Set(Counter counter, double value) => values[counter.Index] = value;

    public double this[Counter counter] => values[counter.Index];

    /// <summary>A copy of the values, in registry order.</summary>
    internal double[] ToArray() => (double[])values.Clone();
}
