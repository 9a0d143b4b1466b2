using System.Buffers;

namespace Experiments.Output;

/// <summary>
/// The arrays that hold a run's episode rows until its block is packed, a block's compressed member
/// until it is written, and a run's episodes for the digest until they are fed to it: lent and taken back
/// rather than allocated. Allocated, they lived through a set of runs or two, so the collector promoted and
/// copied them, and the members (some 250 KB each) went to the large-object heap, whose budget set off most of
/// the full collections of a default experiment (issue 13).
/// </summary>
internal static class RowBuffers
{
    /// <summary>Arrays longer than this are allocated and dropped (a run with megabytes of episodes is rare).</summary>
    private const int MaxLength = 1 << 22;

    /// <summary>
    /// A pool for one experiment's runs, dropped with it (what it keeps would otherwise add to the memory
    /// of the summary and report that follow): enough arrays of a size for three sets of runs on every thread
    /// (one set being simulated, one packed, one written); beyond that it allocates, and drops what it cannot keep.
    /// Not the shared pool: that keeps a few dozen arrays of a size, fewer than the runs in flight, so most of
    /// those given back were dropped into the oldest generation, which grew all experiment long.
    /// </summary>
    public static ArrayPool<T> ForRuns<T>(int threads) =>
        ArrayPool<T>.Create(MaxLength, 3 * Running.ExperimentPlan.BlockSize * Math.Clamp(threads, 1, Environment.ProcessorCount));

    /// <summary>Gives back the array of <paramref name="items"/>, rented from <paramref name="pool"/>.</summary>
    public static void GiveBack<T>(this ArrayPool<T> pool, ArraySegment<T> items)
    {
        if (items.Array is { Length: > 0 } array) pool.Return(array);
    }
}
