using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Simulator.Numerics;

/// <summary>
/// Exp, Log and CosTwoPi of eight doubles at once, for the loops over every state (growth, the world's
/// mean capability). Each lane is the scalar function's value bit for bit: the same IEEE operations in the
/// same order (no fused multiply-add, which .NET never introduces on its own), the branches of the scalar
/// code taken as selects, and a lane outside the common domain (|x| ≥ 708 for exp; zero, subnormal,
/// negative, infinite or NaN for log) computed by the scalar function itself.
/// </summary>
public static partial class PortableMath
{
    /// <summary>True where the eight-lane functions run in hardware (AVX-512 with its 64-bit integer conversions).</summary>
    public static bool IsVectorised => Avx512DQ.IsSupported && Vector512.IsHardwareAccelerated;

    /// <summary><see cref="Exp(double)"/> of each lane. Only where <see cref="IsVectorised"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Exp(Vector512<double> x)
    {
        var kd = Vector512.Round(x * InvLn2N); // to nearest, ties to even, as Math.Round
        var k = Vector512.ConvertToInt64(kd);   // kd is integral: exact
        var r = x - kd * Ln2HiN - kd * Ln2LoN;
        var p = r + r * r * (Vector512.Create(0.5) + r * (Vector512.Create(1.0 / 6) + r * (Vector512.Create(1.0 / 24) + r * (1.0 / 120))));
        var t = PowerOfTwo(k & L(TableSize - 1));
        var m = t + t * p;
        var scale = ((k >> TableBits) + L(1023)) << 52; // arithmetic shift, as the scalar's of an int
        var e = m * scale.AsDouble();
        ulong outside = ~Vector512.LessThan(Vector512.Abs(x), Vector512.Create(708.0)).ExtractMostSignificantBits() & 0xFF;
        return outside == 0 ? e : Scalar(x, e, outside, log: false);
    }

    /// <summary>2^(j/64) of each lane's j in 0..63: a permute within each half of the table, then the half.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> PowerOfTwo(Vector512<long> j)
    {
        var low = Vector512.ConditionalSelect(Vector512.Equals(j & L(16), Vector512<long>.Zero).AsDouble(),
            Avx512F.PermuteVar8x64x2(Powers0, j, Powers1), Avx512F.PermuteVar8x64x2(Powers2, j, Powers3));
        var high = Vector512.ConditionalSelect(Vector512.Equals(j & L(16), Vector512<long>.Zero).AsDouble(),
            Avx512F.PermuteVar8x64x2(Powers4, j, Powers5), Avx512F.PermuteVar8x64x2(Powers6, j, Powers7));
        return Vector512.ConditionalSelect(Vector512.Equals(j & L(32), Vector512<long>.Zero).AsDouble(), low, high);
    }

    /// <summary><see cref="Log(double)"/> of each lane. Only where <see cref="IsVectorised"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Log(Vector512<double> x)
    {
        var bits = x.AsInt64();
        var hx = bits >> 32; // the high word, sign-extended: the scalar's int
        var lx = bits & L(0xFFFFFFFFL);
        var k = (hx >> 20) - L(1023);
        hx &= L(0x000fffff);
        var i = (hx + L(0x95f64)) & L(0x100000);
        var m = (((hx | (i ^ L(0x3ff00000))) << 32) | lx).AsDouble();
        k += i >> 20;
        var f = m - Vector512.Create(1.0);
        var dk = Vector512.ConvertToDouble(k);
        var s = f / (Vector512.Create(2.0) + f);
        var z = s * s;
        var w = z * z;
        var t1 = w * (Vector512.Create(Lg2) + w * (Vector512.Create(Lg4) + w * Lg6));
        var t2 = z * (Vector512.Create(Lg1) + w * (Vector512.Create(Lg3) + w * (Vector512.Create(Lg5) + w * Lg7)));
        var R = t2 + t1;
        var hfsq = Vector512.Create(0.5) * f * f;
        var near = dk * Ln2Hi - ((hfsq - (s * (hfsq + R) + dk * Ln2Lo)) - f);
        var far = dk * Ln2Hi - ((s * (f - R) - dk * Ln2Lo) - f);
        var takeNear = Vector512.GreaterThan((hx - L(0x6147a)) | (L(0x6b851) - hx), Vector512<long>.Zero);
        var log = Vector512.ConditionalSelect(takeNear.AsDouble(), near, far);
        var high = bits >> 32;
        ulong outside = ~(Vector512.GreaterThanOrEqual(high, Vector512.Create(0x00100000L))
                          & Vector512.LessThan(high, Vector512.Create(0x7ff00000L))).ExtractMostSignificantBits() & 0xFF;
        return outside == 0 ? log : Scalar(x, log, outside, log: true);
    }

    /// <summary><see cref="CosTwoPi(double)"/> of each lane. Only where <see cref="IsVectorised"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> CosTwoPi(Vector512<double> u)
    {
        var v = Vector512.Create(4.0) * u;
        var q = Vector512.Round(v);
        var a = (v - q) * HalfPi;
        var a2 = a * a;
        var one = Vector512.Create(1.0);
        var cos = one - a2 * (Vector512.Create(1.0 / 2) - a2 * (Vector512.Create(1.0 / 24) - a2 * (Vector512.Create(1.0 / 720)
                  - a2 * (Vector512.Create(1.0 / 40320) - a2 * (Vector512.Create(1.0 / 3628800) - a2 * (Vector512.Create(1.0 / 479001600)
                  - a2 * (Vector512.Create(1.0 / 87178291200) - a2 * (1.0 / 20922789888000))))))));
        var sin = a * (one - a2 * (Vector512.Create(1.0 / 6) - a2 * (Vector512.Create(1.0 / 120) - a2 * (Vector512.Create(1.0 / 5040)
                  - a2 * (Vector512.Create(1.0 / 362880) - a2 * (Vector512.Create(1.0 / 39916800) - a2 * (Vector512.Create(1.0 / 6227020800)
                  - a2 * (Vector512.Create(1.0 / 1307674368000) - a2 * (1.0 / 355687428096000)))))))));
        var quarter = Vector512.ConvertToInt64(q);
        var odd = -(quarter & L(1));
        var bits = (sin.AsInt64() & odd) | (cos.AsInt64() & ~odd);
        return (bits ^ (((quarter + L(1)) & L(2)) << 62)).AsDouble();
    }

    private static Vector512<long> L(long value) => Vector512.Create(value);

    /// <summary>The lanes of <paramref name="outside"/> (a bit each) recomputed by the scalar <see cref="Log(double)"/> or <see cref="Exp(double)"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Vector512<double> Scalar(Vector512<double> x, Vector512<double> value, ulong outside, bool log)
    {
        for (; outside != 0; outside &= outside - 1)
        {
            int lane = BitOperations.TrailingZeroCount(outside);
            double xi = x.GetElement(lane);
            value = value.WithElement(lane, log ? Log(xi) : Exp(xi));
        }
        return value;
    }

    /// <summary>A lane mask from eight bits (bit j for lane j): all ones where the bit is set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // left a call in the growth loop: 0.4% of a default run
    public static Vector512<double> LaneMask(ulong bits) => Vector512.Equals(Vector512.Create(bits) & LaneBits, LaneBits).AsDouble();

    private static readonly Vector512<ulong> LaneBits = Vector512.Create(1UL, 2, 4, 8, 16, 32, 64, 128);
}
