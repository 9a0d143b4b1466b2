namespace Analysis.Statistics;

/// <summary>An estimate from the first <paramref name="N"/> runs with its 95% interval and the interval's half-width.</summary>
public readonly record struct ConvergencePoint(int N, Interval Value)
{
    public double HalfWidth => (Value.High - Value.Low) / 2.0;
}
