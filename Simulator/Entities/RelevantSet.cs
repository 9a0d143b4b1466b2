namespace Simulator.Entities;

/// <summary>
/// The politically relevant dyads, dense and in no particular order, each with its place: what the
/// crisis scan walks every year. A pair enters, changes kind or leaves in constant time as states
/// enter, die and rise or fall among the great powers, so those events cost a few steps per pair they
/// touch instead of a pass over the set (the calendar world's decolonisation brought twenty states a
/// year, each with a dyad in every great power's row). Order is not kept: the scan's draws are keyed
/// by the pair, and the scan sorts the year's crises.
/// </summary>
internal sealed class RelevantSet(RelevantDyad[] dyads, int[] places)
{
    /// <summary>Where each dyad (by dyad index) sits in the set, or -1: -1 everywhere when the set is empty.</summary>
    private readonly int[] places = places;

    public int Count { get; private set; }

    /// <summary>The dyads, to read and to write their crisis bounds; valid until the set next changes.</summary>
    public Span<RelevantDyad> Dyads => dyads.AsSpan(0, Count);

    public bool Contains(int dyad) => places[dyad] >= 0;

    /// <summary>
    /// Puts the pair in the set with the given kind, or takes it out when the kind is none. A pair that
    /// stays of the same kind keeps its crisis bound; one whose kind changes loses it (the bound is of
    /// the kind's factors).
    /// </summary>
    public void Set(int dyad, int a, int b, RelevantDyad.Kinds kind)
    {
        int at = places[dyad];
        if (kind == RelevantDyad.Kinds.None)
        {
            if (at >= 0) RemoveAt(dyad, at);
            return;
        }
        if (at < 0) Add(dyad, a, b, kind);
        else if (dyads[at].Kind != kind)
            dyads[at] = new RelevantDyad(dyad, a, b, kind);
    }

    /// <summary>Adds a pair known not to be in the set (a new state's), without looking.</summary>
    public void Add(int dyad, int a, int b, RelevantDyad.Kinds kind)
    {
        places[dyad] = Count;
        dyads[Count++] = new RelevantDyad(dyad, a, b, kind);
    }

    public void Remove(int dyad)
    {
        int at = places[dyad];
        if (at >= 0) RemoveAt(dyad, at);
    }

    /// <summary>The last dyad takes the removed one's place.</summary>
    private void RemoveAt(int dyad, int at)
    {
        var last = dyads[--Count];
        if (at != Count)
        {
            dyads[at] = last;
            places[last.Dyad] = at;
        }
        places[dyad] = -1;
    }

    /// <summary>The crisis scan's bound for the pair no longer holds (<see cref="World.ForgetCrisisBound"/>).</summary>
    public void ForgetCrisisBound(int dyad)
    {
        int at = places[dyad];
        if (at >= 0) dyads[at].CrisisBound = float.PositiveInfinity;
    }

    /// <summary>Empties the set, leaving every place -1 as the next run expects.</summary>
    public void Clear()
    {
        foreach (ref readonly var dyad in Dyads) places[dyad.Dyad] = -1;
        Count = 0;
    }
}
