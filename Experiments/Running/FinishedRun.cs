using Experiments.Output;

namespace Experiments.Running;

/// <summary>
/// What the writer needs of a run once its worker has formatted it: its rows and its yearly series.
/// The run's episodes and counters, which the rows already hold, are left behind with the worker: a
/// block's runs wait a block or two to be written, and objects held that long were promoted by the
/// collector and collected again in generation 2 (issue 13).
/// </summary>
internal sealed record FinishedRun(int Point, FormattedRows Rows, YearSeries Yearly);
