using Analysis.Summary;

namespace Analysis.Report;

/// <summary>What a report build wrote: the page, every figure file, and the metrics it summarised.</summary>
public sealed record ReportOutcome(string ReportPath, IReadOnlyList<string> FigureFiles, IReadOnlyList<Metric> Metrics);
