using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Simulator.Entities;

/// <summary>
/// Candidate lists for the per-crisis and per-state scans that would otherwise visit every slot:
/// the calendar world has some 350 slots (states to come included), and a crisis asked its allied
/// support twice by visiting each of them. Each list is a superset of the states the scan can
/// accept, in ascending id order, so a loop that keeps its own test and runs over the list instead
/// of over every slot sees the same states in the same order and gives the same result. A list is
/// scratch space: valid until the next call of the same method.
/// </summary>
public sealed partial class World
{
    private int[]? allyScratch, threatScratch;
    private byte[]? neighbourMark;

    /// <summary>
    /// The states allied to <paramref name="a"/> or to <paramref name="b"/> (-1 for none), ascending:
    /// every k for which <see cref="AreAllied"/>(k, a) or (k, b) holds (its clients, its patron, the
    /// great powers of its bloc). One vectorised pass over the patron and bloc arrays.
    /// </summary>
    internal ReadOnlySpan<int> AlliedTo(int a, int b = -1)
    {
        var into = allyScratch ??= new int[StateCount];
        // Sentinels that no patron or bloc holds (patrons and blocs are -1 or an id / 0, 1).
        const int None = int.MinValue;
        int clientsOfB = b >= 0 ? b : None, patronA = Patron[a], patronB = b >= 0 ? Patron[b] : None;
        int blocA = Bloc[a] >= 0 ? Bloc[a] : None, blocB = b >= 0 && Bloc[b] >= 0 ? Bloc[b] : None;
        int count = 0, k = 0, slots = NextSlot;
        if (Vector256.IsHardwareAccelerated)
        {
            ref int patron = ref MemoryMarshal.GetArrayDataReference(Patron);
            ref int bloc = ref MemoryMarshal.GetArrayDataReference(Bloc);
            var ids = Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7);
            for (; k + Vector256<int>.Count <= slots; k += Vector256<int>.Count)
            {
                var p = Vector256.LoadUnsafe(ref patron, (nuint)k);
                var g = Vector256.LoadUnsafe(ref bloc, (nuint)k);
                var id = ids + Vector256.Create(k);
                var hit = Vector256.Equals(p, Vector256.Create(a)) | Vector256.Equals(p, Vector256.Create(clientsOfB))
                          | Vector256.Equals(id, Vector256.Create(patronA)) | Vector256.Equals(id, Vector256.Create(patronB))
                          | Vector256.Equals(g, Vector256.Create(blocA)) | Vector256.Equals(g, Vector256.Create(blocB));
                for (uint bits = hit.ExtractMostSignificantBits(); bits != 0; bits &= bits - 1)
                    into[count++] = k + BitOperations.TrailingZeroCount(bits);
            }
        }
        for (; k < slots; k++)
            if (Patron[k] == a || Patron[k] == clientsOfB || k == patronA || k == patronB || Bloc[k] == blocA || Bloc[k] == blocB)
                into[count++] = k;
        return into.AsSpan(0, count);
    }

    /// <summary>
    /// The states that border <paramref name="i"/> or are great powers, ascending: the only ones that
    /// can be i's main threat (contiguous, or a great power at a distance). One vectorised pass over
    /// the great-power flags with i's neighbours marked.
    /// </summary>
    internal ReadOnlySpan<int> ContiguousOrGreat(int i)
    {
        var into = threatScratch ??= new int[StateCount];
        var mark = neighbourMark ??= new byte[StateCount];
        foreach (int j in Neighbours[i]) mark[j] = 1;
        var great = MemoryMarshal.Cast<bool, byte>(IsGreatPower.AsSpan());
        int count = 0, k = 0, slots = NextSlot;
        if (Vector256.IsHardwareAccelerated)
        {
            ref byte g = ref MemoryMarshal.GetReference(great);
            ref byte m = ref MemoryMarshal.GetArrayDataReference(mark);
            for (; k + Vector256<byte>.Count <= slots; k += Vector256<byte>.Count)
            {
                var either = Vector256.LoadUnsafe(ref g, (nuint)k) | Vector256.LoadUnsafe(ref m, (nuint)k);
                for (uint bits = ~Vector256.Equals(either, Vector256<byte>.Zero).ExtractMostSignificantBits(); bits != 0; bits &= bits - 1)
                    into[count++] = k + BitOperations.TrailingZeroCount(bits);
            }
        }
        for (; k < slots; k++)
            if (great[k] != 0 || mark[k] != 0) into[count++] = k;
        foreach (int j in Neighbours[i]) mark[j] = 0;
        return into.AsSpan(0, count);
    }
}
