namespace Simulator.Entities;

/// <summary>
/// A world's per-state arrays, lent to its thread's next run when the run is over, as <see cref="DyadArrays"/> are:
/// a world of 40 states allocated some 15 KB of them a run, a third of a run's garbage. Taken, they are as new: zeros
/// (and empty neighbour lists), which is all the world's constructor assumes of arrays it then fills.
/// </summary>
internal sealed class StateArrays
{
    /// <summary>One spare set per thread: memory is bounded by the threads, not the runs.</summary>
    [ThreadStatic] private static StateArrays? spare;

    public readonly int StateCount;
    public readonly double[] X, Y, Capability, GrowthRate, Democracy, Fragility, BaseFragility, CivilRelapseRisk, CapabilityDraw,
        RankedCapability, LoggedCapability, LogCapability;
    public readonly bool[] IsAlive, IsGreatPower, InCivilConflict;
    public readonly int[] GreatPowerIds, Patron, Bloc, WarCount, LastCivilEndYear, LastCivilEpisode, StrongestScratch, ScratchIds,
        PreviousGreatPowers;
    /// <summary>Ten years of capability, year-major.</summary>
    public readonly double[] CapabilityHistory;
    /// <summary>Scratch for the dyad exposure: the living capabilities, times 3 and times 10, each padded to a vector.</summary>
    public readonly double[] ScratchCapability;
    public readonly List<int>[] Neighbours;
    private readonly Array[] all;

    private StateArrays(int n, int historyYears, int padding)
    {
        StateCount = n;
        all =
        [
            X = new double[n], Y = new double[n], Capability = new double[n], GrowthRate = new double[n], Democracy = new double[n],
            Fragility = new double[n], BaseFragility = new double[n], CivilRelapseRisk = new double[n], CapabilityDraw = new double[n],
            RankedCapability = new double[n], LoggedCapability = new double[n], LogCapability = new double[n],
            IsAlive = new bool[n], IsGreatPower = new bool[n], InCivilConflict = new bool[n],
            GreatPowerIds = new int[n], Patron = new int[n], Bloc = new int[n], WarCount = new int[n], LastCivilEndYear = new int[n],
            LastCivilEpisode = new int[n], StrongestScratch = new int[n], ScratchIds = new int[n], PreviousGreatPowers = new int[n],
            CapabilityHistory = new double[n * historyYears], ScratchCapability = new double[3 * (n + padding)],
        ];
        Neighbours = new List<int>[n];
        for (int i = 0; i < n; i++) Neighbours[i] = new List<int>(6);
    }

    /// <summary>
    /// This thread's spare arrays, cleared, if they fit the world; else new ones. Every array is cleared, also those the
    /// world's constructor then fills: the contract stays "as new" whatever a constructor comes to assume. Taken, the
    /// spare is gone: a second world built while the first lives gets arrays of its own.
    /// </summary>
    public static StateArrays Take(int stateCount, int historyYears, int padding)
    {
        var arrays = spare;
        spare = null;
        if (arrays is null || arrays.StateCount != stateCount || arrays.CapabilityHistory.Length != stateCount * historyYears
            || arrays.ScratchCapability.Length != 3 * (stateCount + padding))
            return new StateArrays(stateCount, historyYears, padding);
        foreach (var array in arrays.all) Array.Clear(array);
        foreach (var list in arrays.Neighbours) list.Clear();
        return arrays;
    }

    /// <summary>Keeps the arrays for this thread's next run; the world that took them must not be used after.</summary>
    public static void Keep(StateArrays arrays) => spare = arrays;
}
