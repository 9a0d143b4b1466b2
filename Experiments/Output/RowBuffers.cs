using System.Buffers;

namespace Experiments.Output;

/// <summary>
/// The arrays that hold a run's episode rows until its block is packed, and a block's compressed member
/// until it is written: lent and taken back rather than allocated. Allocated, they lived through a set of
/// runs or two, so the collector promoted and copied them, and the members (some 250 KB each) went to the
/// large-object heap, whose budget set off most of the full collections of a default experiment (issue 13).
/// </summary>
internal static class RowBuffers
{
    /// <summary>Arrays longer than this are allocated and dropped (a run with megabytes of episodes is rare).</summary>
    private const int MaxLength = 1 << 22;

    /// <summary>
    /// A pool for one experiment's runs, dropped with it (what it keeps would otherwise add to the memory
    /// of the digest that follows): enough arrays of a size for three sets of runs on every thread (one set
    /// being simulated, one packed, one written); beyond that it allocates, and drops what it cannot keep.
    /// </summary>
    public static ArrayPool<byte> ForRuns(int threads) =>
        ArrayPool<byte>.Create(MaxLength, 3 * Running.ExperimentPlan.BlockSize * Math.Clamp(threads, 1, Environment.ProcessorCount));

    /// <summary>Gives back the array of <paramref name="bytes"/>, rented from <paramref name="pool"/>.</summary>
    public static void GiveBack(this ArrayPool<byte> pool, ArraySegment<byte> bytes)
    {
        if (bytes.Array is { Length: > 0 } array) pool.Return(array);
    }
}
