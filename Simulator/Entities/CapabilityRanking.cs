namespace Simulator.Entities;

/// <summary>
/// The living states in ascending order of capability, kept from one year to the next. Capabilities
/// move little in a year, so an insertion sort of last year's order costs O(states + moves), where
/// sorting anew each year cost O(states log states) and was a tenth of the calendar world's time.
/// </summary>
internal sealed class CapabilityRanking(int slots)
{
    private readonly int[] ids = new int[slots];
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

        var capability = world.Capability;
        for (int x = 1; x < count; x++)
        {
            int id = ids[x];
            double c = capability[id];
            int y = x - 1;
            while (y >= 0 && capability[ids[y]] > c)
            {
                ids[y + 1] = ids[y];
                y--;
            }
            ids[y + 1] = id;
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
