using Analysis.Statistics;

namespace Analysis.Summary;

/// <summary>One row of summary.csv: a named estimate with its 95% interval and the count it rests on.</summary>
public sealed record Metric(int Point, string Regime, string Name, Interval Value, long N);
