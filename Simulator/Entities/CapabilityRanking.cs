namespace Simulator.Entities;

/// <summary>
/// The living states in ascending order of capability, kept from one year to the next. Capabilities
/// move little in a year, so an insertion sort of last year's order costs O(states + moves), where
/// sorting anew each year cost O(states log states) and was a tenth of the calendar world's time.
/// </summary>
internal sealed class CapabilityRanking(int slots)
{
    private readonly int[] ids = new int[slots];
    /// <summary>The capabilities of <see cref="ids"/>, in the same order, as the last <see cref="Update"/> sorted them.</summary>
    private readonly double[] sorted = new double[slots];

    /// <summary>The capabilities of the states <see cref="Update"/> returned, in its order (weakest first).</summary>
    public ReadOnlySpan<double> Capabilities => sorted.AsSpan(0, count);
    private int count, seenSlots;

    /// <summary>The living states, weakest first (equal capabilities in any order).</summary>
    public ReadOnlySpan<int> Update(World world)
    {
        // The dead leave, the states that entered since the last call join at the end.
        int kept = 0;
        for (int x = 0; x < count; x++)
            if (world.IsAlive[ids[x]]) ids[kept++] = ids[x];
        count = kept;
        for (int i = seenSlots; i < world.NextSlot; i++)
            if (world.IsAlive[i]) ids[count++] = i;
        seenSlots = world.NextSlot;
        if (count != world.AliveCount) Reset(world); // a state came back to life outside the verbs (tests)

        // The capabilities move with their ids, so the sort compares values at hand, not through the ids.
        var capability = world.Capability;
        for (int x = 0; x < count; x++) sorted[x] = capability[ids[x]];
        for (int x = 1; x < count; x++)
        {
            int id = ids[x];
            double c = sorted[x];
            int y = x - 1;
            while (y >= 0 && sorted[y] > c)
            {
                ids[y + 1] = ids[y];
                sorted[y + 1] = sorted[y];
                y--;
            }
            ids[y + 1] = id;
            sorted[y + 1] = c;
        }
        return ids.AsSpan(0, count);
    }

    private void Reset(World world)
    {
        count = 0;
        for (int i = 0; i < world.NextSlot; i++)
            if (world.IsAlive[i]) ids[count++] = i;
    }
}
