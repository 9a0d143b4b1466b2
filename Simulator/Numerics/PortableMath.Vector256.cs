using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Simulator.Numerics;

/// <summary>
/// Exp, Log and CosTwoPi of four doubles at once, for processors with AVX2 but not AVX-512 (the eight-lane
/// functions' <see cref="IsVectorised"/> is false there, and the loops over every state would run one lane at
/// a time). Each lane is the scalar function's value bit for bit, as with eight lanes. AVX2 has no conversion
/// between 64-bit integers and doubles, no 64-bit arithmetic shift and no two-table permute, so the small
/// integers these functions convert go through the bits of 1.5·2^52 (exact for any |n| below 2^51), the
/// shifts are logical where the value is known not negative, and the table is read lane by lane.
/// </summary>
public static partial class PortableMath
{
    /// <summary>True where the four-lane functions run in hardware and the eight-lane ones do not (AVX2 without AVX-512).</summary>
    public static bool IsVectorisedFour => !IsVectorised && Avx2.IsSupported && Vector256.IsHardwareAccelerated;

    /// <summary>How many states the per-state vector loops take at a time on this processor, in words (for the manifest).</summary>
    public static string VectorLoops => IsVectorised ? "eight lanes (AVX-512)" : IsVectorisedFour ? "four lanes (AVX2)" : "one lane";

    /// <summary>1.5·2^52: a double whose last bit is worth 1, with room below and above for small integers.</summary>
    private const double Shifter = 6755399441055744.0;
    private const long ShifterBits = 0x4338000000000000;

    /// <summary>The integer in each lane of <paramref name="integral"/> (integral and below 2^51 in size), as a long.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<long> ToInt64(Vector256<double> integral) =>
        (integral + Vector256.Create(Shifter)).AsInt64() - Vector256.Create(ShifterBits);

    /// <summary>Each lane's long (below 2^51 in size) as a double, exactly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> ToDouble(Vector256<long> small) =>
        (small + Vector256.Create(ShifterBits)).AsDouble() - Vector256.Create(Shifter);

    /// <summary><see cref="Exp(double)"/> of each lane. Only where <see cref="IsVectorisedFour"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Exp(Vector256<double> x)
    {
        var kd = Vector256.Round(x * InvLn2N);
        var k = ToInt64(kd); // |kd| < 2^17 where |x| < 708; other lanes are recomputed below
        var r = x - kd * Ln2HiN - kd * Ln2LoN;
        var p = r + r * r * (Vector256.Create(0.5) + r * (Vector256.Create(1.0 / 6) + r * (Vector256.Create(1.0 / 24) + r * (1.0 / 120))));
        var j = k & Vector256.Create((long)TableSize - 1);
        ref double powers = ref MemoryMarshal.GetArrayDataReference(PowersOfTwo);
        var t = Vector256.Create(Unsafe.Add(ref powers, (nint)j.GetElement(0)), Unsafe.Add(ref powers, (nint)j.GetElement(1)),
            Unsafe.Add(ref powers, (nint)j.GetElement(2)), Unsafe.Add(ref powers, (nint)j.GetElement(3)));
        var m = t + t * p;
        // (k >> 6) + 1023 as a shift of a number not negative: k > -1023·64 where |x| < 708.
        var scale = ((k + Vector256.Create(1023L << TableBits)) >>> TableBits) << 52;
        var e = m * scale.AsDouble();
        uint outside = ~Vector256.LessThan(Vector256.Abs(x), Vector256.Create(708.0)).ExtractMostSignificantBits() & 0xF;
        return outside == 0 ? e : Scalar(x, e, outside, log: false);
    }

    /// <summary><see cref="Log(double)"/> of each lane. Only where <see cref="IsVectorisedFour"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Log(Vector256<double> x)
    {
        var bits = x.AsInt64();
        // The high word, shifted in logically: the same as the scalar's int wherever the sign is clear, and a
        // lane with the sign set is outside the common domain either way.
        var high = bits >>> 32;
        var lx = bits & Vector256.Create(0xFFFFFFFFL);
        var k = (high >>> 20) - Vector256.Create(1023L);
        var hx = high & Vector256.Create(0x000fffffL);
        var i = (hx + Vector256.Create(0x95f64L)) & Vector256.Create(0x100000L);
        var m = (((hx | (i ^ Vector256.Create(0x3ff00000L))) << 32) | lx).AsDouble();
        k += i >>> 20;
        var f = m - Vector256.Create(1.0);
        var dk = ToDouble(k);
        var s = f / (Vector256.Create(2.0) + f);
        var z = s * s;
        var w = z * z;
        var t1 = w * (Vector256.Create(Lg2) + w * (Vector256.Create(Lg4) + w * Lg6));
        var t2 = z * (Vector256.Create(Lg1) + w * (Vector256.Create(Lg3) + w * (Vector256.Create(Lg5) + w * Lg7)));
        var R = t2 + t1;
        var hfsq = Vector256.Create(0.5) * f * f;
        var near = dk * Ln2Hi - ((hfsq - (s * (hfsq + R) + dk * Ln2Lo)) - f);
        var far = dk * Ln2Hi - ((s * (f - R) - dk * Ln2Lo) - f);
        var takeNear = Vector256.GreaterThan((hx - Vector256.Create(0x6147aL)) | (Vector256.Create(0x6b851L) - hx), Vector256<long>.Zero);
        var log = Vector256.ConditionalSelect(takeNear.AsDouble(), near, far);
        uint outside = ~(Vector256.GreaterThanOrEqual(high, Vector256.Create(0x00100000L))
                         & Vector256.LessThan(high, Vector256.Create(0x7ff00000L))).ExtractMostSignificantBits() & 0xF;
        return outside == 0 ? log : Scalar(x, log, outside, log: true);
    }

    /// <summary><see cref="CosTwoPi(double)"/> of each lane. Only where <see cref="IsVectorisedFour"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> CosTwoPi(Vector256<double> u)
    {
        var v = Vector256.Create(4.0) * u;
        var q = Vector256.Round(v);
        var a = (v - q) * HalfPi;
        var a2 = a * a;
        var one = Vector256.Create(1.0);
        var cos = one - a2 * (Vector256.Create(1.0 / 2) - a2 * (Vector256.Create(1.0 / 24) - a2 * (Vector256.Create(1.0 / 720)
                  - a2 * (Vector256.Create(1.0 / 40320) - a2 * (Vector256.Create(1.0 / 3628800) - a2 * (Vector256.Create(1.0 / 479001600)
                  - a2 * (Vector256.Create(1.0 / 87178291200) - a2 * (1.0 / 20922789888000))))))));
        var sin = a * (one - a2 * (Vector256.Create(1.0 / 6) - a2 * (Vector256.Create(1.0 / 120) - a2 * (Vector256.Create(1.0 / 5040)
                  - a2 * (Vector256.Create(1.0 / 362880) - a2 * (Vector256.Create(1.0 / 39916800) - a2 * (Vector256.Create(1.0 / 6227020800)
                  - a2 * (Vector256.Create(1.0 / 1307674368000) - a2 * (1.0 / 355687428096000)))))))));
        var quarter = ToInt64(q);
        var odd = -(quarter & Vector256.Create(1L));
        var bits = (sin.AsInt64() & odd) | (cos.AsInt64() & ~odd);
        return (bits ^ (((quarter + Vector256.Create(1L)) & Vector256.Create(2L)) << 62)).AsDouble();
    }

    /// <summary>The lanes of <paramref name="outside"/> (a bit each) recomputed by the scalar <see cref="Log(double)"/> or <see cref="Exp(double)"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Vector256<double> Scalar(Vector256<double> x, Vector256<double> value, uint outside, bool log)
    {
        for (; outside != 0; outside &= outside - 1)
        {
            int lane = BitOperations.TrailingZeroCount(outside);
            double xi = x.GetElement(lane);
            value = value.WithElement(lane, log ? Log(xi) : Exp(xi));
        }
        return value;
    }

    /// <summary>A lane mask from four bits (bit j for lane j): all ones where the bit is set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // as a call it took 0.3% of the default's samples (AVX2)
    public static Vector256<double> LaneMaskFour(uint bits) =>
        Vector256.Equals(Vector256.Create((ulong)bits) & LaneBitsFour, LaneBitsFour).AsDouble();

    private static readonly Vector256<ulong> LaneBitsFour = Vector256.Create(1UL, 2, 4, 8);
}
