using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Simulator.Randomness;

/// <summary>
/// The stateless mixing functions behind every draw: SplitMix64's finaliser applied to a key
/// folded from (seed, purpose, year, ids). Pinned by golden-value tests; changing a constant
/// here changes every published result.
/// </summary>
public static class Keys
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private const ulong MixMultiplier1 = 0xBF58476D1CE4E5B9UL, MixMultiplier2 = 0x94D049BB133111EBUL, ComponentMultiplier = 0xD6E8FEB86659FD93UL;

    /// <summary>SplitMix64 finaliser (Steele, Lea &amp; Flood 2014): a bijection with full avalanche.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // the larger loops left it a call: 0.4% of a default run
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * MixMultiplier1;
        z = (z ^ (z >> 27)) * MixMultiplier2;
        return z ^ (z >> 31);
    }

    /// <summary>Folds one more key component into a running key.</summary>
    public static ulong Fold(ulong key, ulong component) => Mix(key + Golden + component * ComponentMultiplier);

    /// <summary>The run seed: a function of (master seed, design point, run index), never of the regime.</summary>
    public static ulong RunSeed(ulong masterSeed, int point, int run) =>
        Fold(Fold(Mix(masterSeed ^ 0x5EED5EED5EED5EEDUL), (ulong)point), (ulong)run);

    /// <summary>A 53-bit uniform in [0, 1) from a key.</summary>
    /// <remarks>
    /// The 53 bits go through a signed conversion: they fit in a long, so the double is the same, and
    /// without AVX-512 an unsigned one costs a test, a branch and five more instructions on every draw.
    /// </remarks>
    public static double ToUnit(ulong bits) => (long)(bits >> 11) * (1.0 / (1UL << 53));

    /// <summary>
    /// <c>into[a] = ToUnit(Fold(key, a))</c> for every index a: the uniforms of a row of slots (the ids a
    /// alone, in the low bits). Eight at a time where the processor multiplies 64-bit lanes (AVX-512):
    /// the same integer operations lane by lane, so the same doubles as one at a time.
    /// </summary>
    public static void UnitsOfIndices(ulong key, Span<double> into)
    {
        int a = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var index = Vector512.Create(0UL, 1, 2, 3, 4, 5, 6, 7);
            var step = Vector512.Create((ulong)Vector512<ulong>.Count);
            ref double first = ref MemoryMarshal.GetReference(into);
            for (; a + Vector512<ulong>.Count <= into.Length; a += Vector512<ulong>.Count, index += step)
                Units(key, index).StoreUnsafe(ref first, (nuint)a);
        }
        for (; a < into.Length; a++) into[a] = ToUnit(Fold(key, (ulong)a));
    }

    /// <summary>
    /// <c>ToUnit(Fold(key, component))</c> of eight components at once: the same integer operations lane by
    /// lane, so the same doubles. Only where Vector512 is accelerated (AVX-512 multiplies 64-bit lanes).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector512<double> Units(ulong key, Vector512<ulong> components)
    {
        var z = Vector512.Create(key + Golden) + components * ComponentMultiplier;
        z = (z ^ (z >> 30)) * MixMultiplier1;
        z = (z ^ (z >> 27)) * MixMultiplier2;
        z ^= z >> 31;
        return Vector512.ConvertToDouble((z >> 11).AsInt64()) * (1.0 / (1UL << 53));
    }

    /// <summary>
    /// <c>ToUnit(Fold(key, component))</c> of four components at once, for AVX2 without AVX-512: the same integer
    /// operations lane by lane (the JIT builds 64-bit products from 32-bit ones), so the same doubles.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<double> Units(ulong key, Vector256<ulong> components)
    {
        var z = Vector256.Create(key + Golden) + components * ComponentMultiplier;
        z = (z ^ (z >> 30)) * MixMultiplier1;
        z = (z ^ (z >> 27)) * MixMultiplier2;
        z ^= z >> 31;
        return Vector256.ConvertToDouble((z >> 11).AsInt64()) * (1.0 / (1UL << 53));
    }
}
