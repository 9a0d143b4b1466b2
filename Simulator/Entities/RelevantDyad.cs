namespace Simulator.Entities;

/// <summary>
/// One politically relevant dyad as the yearly crisis scan reads it: its index, its two states and
/// the attributes that change only when the relevant set is rebuilt. Kept in one dense array, in dyad
/// order, so the scan reads 16 contiguous bytes a dyad instead of visiting a handful of dyad-sized
/// arrays (some 54,000 dyads in the calendar world, far beyond the cache).
/// </summary>
internal readonly record struct RelevantDyad(int Dyad, int A, int B, RelevantDyad.Kinds Kind)
{
    /// <summary>What makes the dyad relevant, as bits: each is one factor of its crisis hazard.</summary>
    [Flags]
    internal enum Kinds
    {
        None = 0,
        Contiguous = 1,
        AGreat = 2,
        BGreat = 4,
        /// <summary>One past the largest combination: the size of a table indexed by kind.</summary>
        Count = 8,
    }
}
