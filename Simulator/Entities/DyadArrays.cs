namespace Simulator.Entities;

/// <summary>
/// The per-dyad arrays of one world, kept for the next run on the same thread. A calendar world has
/// some 47,000 dyads: filling its dyad pairs and clearing a dozen arrays of that length for every run
/// cost more than a year of the model. A world hands its arrays back as a new world would find them
/// (<see cref="World"/>'s Release resets the few dyads a run touched), so which arrays a run gets
/// cannot reach a result; a run that fails never hands them back, and the next one builds its own.
/// </summary>
internal sealed class DyadArrays
{
    /// <summary>One spare set per thread: memory is bounded by the threads, not the runs.</summary>
    [ThreadStatic] private static DyadArrays? spare;

    public readonly int StateCount;
    public readonly int[] DyadA, DyadB, LastWarEndYear, LastWarEpisode, AtWar;
    public readonly bool[] IsContiguous, IsActive, EverContested;
    public readonly DyadEnmity[] Enmity;
    /// <summary>Filled before it is read: never reset.</summary>
    public readonly RelevantDyad[] Relevant;
    /// <summary>Each dyad's place in the relevant set, or -1 (<see cref="RelevantSet"/>): -1 everywhere between runs.</summary>
    public readonly int[] RelevantPlaces;
    /// <summary>The dyads marked <see cref="EverContested"/>: the only ones whose rivalry, grievance or wars a run changed.</summary>
    public readonly List<int> Contested = new(256);

    private DyadArrays(int stateCount)
    {
        StateCount = stateCount;
        int dyads = stateCount * (stateCount - 1) / 2;
        DyadA = new int[dyads]; DyadB = new int[dyads];
        LastWarEndYear = new int[dyads]; LastWarEpisode = new int[dyads]; AtWar = new int[dyads];
        IsContiguous = new bool[dyads]; IsActive = new bool[dyads]; EverContested = new bool[dyads];
        Enmity = new DyadEnmity[dyads];
        Relevant = new RelevantDyad[Math.Max(1, dyads)];
        RelevantPlaces = new int[dyads];
        Array.Fill(RelevantPlaces, -1);
        for (int a = 0, d = 0; a < stateCount; a++)
            for (int b = a + 1; b < stateCount; b++, d++)
            {
                DyadA[d] = a;
                DyadB[d] = b;
                LastWarEndYear[d] = -1;
                LastWarEpisode[d] = -1;
            }
    }

    /// <summary>This thread's spare arrays if they fit the world, else new ones: as new either way.</summary>
    public static DyadArrays Take(int stateCount)
    {
        var arrays = spare is { } kept && kept.StateCount == stateCount ? kept : new DyadArrays(stateCount);
        spare = null;
        return arrays;
    }

    /// <summary>Keeps the arrays for this thread's next run; the caller has reset them to as new.</summary>
    public static void Keep(DyadArrays arrays) => spare = arrays;
}
