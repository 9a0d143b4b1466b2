using System.Numerics;
using System.Runtime.InteropServices;

namespace Simulator.Entities;

/// <summary>
/// The alliance lists the alliance verbs keep, and the candidate list a crisis scans for allied
/// support instead of every slot: the calendar world has some 350 slots (states to come included),
/// and a crisis asked its allied support twice by visiting each of them. The list is a superset of
/// the states the scan can accept, in ascending id order, so a loop that keeps its own test and runs
/// over it instead of over every slot sees the same states in the same order and gives the same
/// result. It is scratch space: valid until the next call.
/// </summary>
public sealed partial class World
{
    private int[]? allyScratch;
    private ulong[]? allyMark;

    /// <summary>Each state's clients (the states whose patron it is), ascending; null until it has had one.</summary>
    private List<int>?[] clients = [];
    /// <summary>The members of blocs 0 and 1, ascending.</summary>
    private readonly List<int>[] blocMembers = [new(8), new(8)];

    /// <summary>Makes <paramref name="patronId"/> (-1: none) the patron of state <paramref name="client"/>.</summary>
    internal void SetPatron(int client, int patronId)
    {
        int old = patron[client];
        if (old == patronId) return;
        if (old >= 0) Leave(clients[old]!, client);
        patron[client] = patronId;
        if (patronId < 0) return;
        if (clients.Length == 0) clients = new List<int>?[StateCount];
        Join(clients[patronId] ??= new List<int>(4), client);
    }

    /// <summary>Puts great power <paramref name="state"/> in bloc 0 or 1, or in none (-1).</summary>
    internal void SetBloc(int state, int blocId)
    {
        if (blocId is < -1 or > 1) throw new ArgumentOutOfRangeException(nameof(blocId), blocId, "a bloc is 0 or 1, or -1 for none");
        int old = bloc[state];
        if (old == blocId) return;
        if (old >= 0) Leave(blocMembers[old], state);
        bloc[state] = blocId;
        if (blocId >= 0) Join(blocMembers[blocId], state);
    }

    // Searched as spans: List.BinarySearch goes through a comparer object, a call per step (0.8% of a default run).
    private static void Join(List<int> members, int state)
    {
        int at = CollectionsMarshal.AsSpan(members).BinarySearch(state);
        if (at < 0) members.Insert(~at, state);
    }

    private static void Leave(List<int> members, int state) => members.RemoveAt(CollectionsMarshal.AsSpan(members).BinarySearch(state));

    /// <summary>
    /// The states allied to <paramref name="a"/> or to <paramref name="b"/> (-1 for none), ascending:
    /// every k for which <see cref="AreAllied"/>(k, a) or (k, b) holds (its clients, its patron, the
    /// great powers of its bloc). From the client and bloc lists the alliance verbs keep, marked in a
    /// bit set over the slots in use and read back in order: a crisis no longer visits every slot.
    /// </summary>
    internal ReadOnlySpan<int> AlliedTo(int a, int b = -1)
    {
        var into = allyScratch ??= new int[StateCount];
        var mark = allyMark ??= new ulong[(StateCount + 63) / 64];
        int slots = NextSlot;
        MarkAllies(mark, a, slots);
        if (b >= 0) MarkAllies(mark, b, slots);
        int count = 0;
        for (int w = 0; w < (slots + 63) / 64; w++)
        {
            for (ulong bits = mark[w]; bits != 0; bits &= bits - 1)
                into[count++] = w * 64 + BitOperations.TrailingZeroCount(bits);
            mark[w] = 0;
        }
        return into.AsSpan(0, count);
    }

    /// <summary>Marks the clients, the patron and the bloc of <paramref name="state"/> (slots in use only, as a scan of them would).</summary>
    private void MarkAllies(ulong[] mark, int state, int slots)
    {
        if (clients.Length > 0 && clients[state] is { } own)
            foreach (int k in own) Mark(mark, k, slots);
        Mark(mark, patron[state], slots);
        if (bloc[state] >= 0)
            foreach (int k in blocMembers[bloc[state]]) Mark(mark, k, slots);
    }

    private static void Mark(ulong[] mark, int k, int slots)
    {
        if ((uint)k < (uint)slots) mark[k >> 6] |= 1UL << (k & 63);
    }
}
