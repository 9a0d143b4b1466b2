namespace Simulator.Entities;

/// <summary>
/// One politically relevant dyad as the yearly crisis scan reads it: its index, its two states, what
/// makes it relevant (changed only as states enter, die and rise or fall among the great powers), and
/// the scan's bound on its hazard. Kept in one dense array (<see cref="RelevantSet"/>), so the scan reads
/// 16 contiguous bytes a dyad instead of visiting a handful of dyad-sized arrays (some 47,000 dyads in
/// the calendar world, far beyond the cache).
/// </summary>
internal struct RelevantDyad(int dyad, int a, int b, RelevantDyad.Kinds kind)
{
    public readonly int Dyad = dyad;
    // Two bytes each: a world has at most 2,000 states (WorldParameters.States; the calendar's some 350),
    // and the dyad stays at 16 bytes with its bound. The field order is read by CrisisOnset.ScanEight: the
    // two states in the second 32-bit word, the bound in the third (CrisisOnsetTests pins it).
    private readonly ushort stateA = (ushort)a, stateB = (ushort)b;

    /// <summary>
    /// An upper bound on the pair's crisis hazard, or +∞ when there is none yet (CrisisOnset's, written by
    /// its scan; see there). A draw at or above it is no crisis. Every factor it bounds only decays between
    /// the events that raise one, and those events reset it (<see cref="World.ForgetCrisisBound"/>).
    /// </summary>
    public float CrisisBound = float.PositiveInfinity;

    public readonly Kinds Kind = kind;

    /// <summary>The pair had fought when <see cref="CrisisBound"/> was written (a deployed mission's factor is not bounded).</summary>
    public bool Fought;

    public readonly int A => stateA;
    public readonly int B => stateB;

    /// <summary>What makes the dyad relevant, as bits: each is one factor of its crisis hazard.</summary>
    [Flags]
    internal enum Kinds : byte
    {
        None = 0,
        Contiguous = 1,
        AGreat = 2,
        BGreat = 4,
        /// <summary>One past the largest combination: the size of a table indexed by kind.</summary>
        Count = 8,
    }
}
