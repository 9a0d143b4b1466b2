using Analysis.Results;
using Experiments.Output;

namespace Experiments.Running;

/// <summary>
/// What the writer needs of a run once its worker has formatted it: its rows and its yearly series.
/// The run's episode records and counters, which the rows already hold, stay with the worker, so the
/// writer does not keep some 400 objects a run for the block or two its runs wait to be written. (Measured
/// on the default experiment, this narrower hand-off moved neither the time nor the peak memory.)
/// Once its block is packed, the run's episode rows are back in the pool: only <see cref="Yearly"/> and
/// <see cref="Episodes"/> are read after.
/// </summary>
internal sealed record FinishedRun(int Point, FormattedRows Rows, YearSeries Yearly)
{
    /// <summary>
    /// The run's episodes as the results' digest reads them, in episode order, in an array rented from the experiment's pool
    /// (<see cref="RowBuffers"/>; the writer gives it back once the digest has them); empty when the run feeds no digest (a resumed run, or a design of several points).
    /// </summary>
    public ArraySegment<DigestEpisode> Episodes { get; init; } = ArraySegment<DigestEpisode>.Empty;
}
