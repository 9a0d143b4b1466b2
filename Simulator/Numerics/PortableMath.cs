using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Simulator.Numerics;

/// <summary>
/// exp, log, pow and cos(2πu) computed here, in plain IEEE double arithmetic, rather than by the
/// platform's C math library, which <see cref="Math.Exp"/> and its kin call.
/// </summary>
/// <remarks>
/// Why: C math libraries round the last bit differently (glibc before and after 2.28, macOS,
/// Windows). A different last bit rounds a battle-death count the other way or, now and then, tips
/// one of a run's decisions, and that run's history differs from then on: 47 of the default
/// experiment's 8,000 runs (code defaults) differ between glibc's exp and log and these. With these,
/// a run's numbers depend on the config, the seed and the version only, on any machine (the reason
/// Java has StrictMath). They use only +, -, ×, ÷, exact rounding to an integer and bit manipulation,
/// each of which IEEE 754 defines to the bit, and no fused multiply-add (which the JIT never
/// substitutes for a multiply and an add on its own: dotnet/runtime#64591), so every platform computes
/// the same bits. Inlined into the yearly loops, they cost about what a call into the library costs
/// (the default experiment's time is the same within the machine's noise).
///
/// Accuracy: exp within 1.32 ulp of the exact value (half an ulp from the table, 0.31 from the
/// polynomial, half from the last rounding), log within 0.86 ulp, cos(2πu) within about 2.3 ulp (the
/// rounding of the angle a costs a whole ulp where |sin a| is in a lower binade than a); pow is
/// exp(y·log x), with a relative error of about |y·log x|·2⁻⁵³ more. On 400,000 arguments each the
/// tests find exp and log within 1 ulp of glibc's (themselves within about half an ulp of exact). That
/// is far below anything the model can resolve: the draws that feed these are 53-bit uniforms.
///
/// exp follows the usual reduction x = (k/64)·ln 2 + r, |r| ≤ ln 2/128, exp(x) = 2^(k/64)·exp(r),
/// with 2^(j/64) tabulated (computed exactly here, rounded to nearest) and exp(r) by its Taylor
/// polynomial of degree 5 (truncation below 4·10⁻¹⁷). log is fdlibm's algorithm (e_log.c, Sun
/// Microsystems, 1993, as in Java's StrictMath.log) without its shortcut for |x − 1| &lt; 2⁻²⁰, so not
/// bit for bit StrictMath's there (the general formula is as accurate).
/// </remarks>
public static partial class PortableMath
{
    private const int TableBits = 6, TableSize = 1 << TableBits;
    // 64/ln 2, and ln 2/64 split so that k·Ln2HiN is exact for every |k| below 2^20 (fdlibm's split of ln 2, over 64).
    private const double InvLn2N = 92.332482616893656; // 64 / ln 2
    private const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
    private const double Ln2HiN = Ln2Hi / TableSize, Ln2LoN = Ln2Lo / TableSize;
    private const double ExpOverflow = 709.782712893383973096, ExpUnderflow = -745.13321910194110842;

    /// <summary>2^(j/64) for j = 0..63, each the double nearest the exact value.</summary>
    private static readonly double[] PowersOfTwo = ExactPowersOfTwo();

    /// <summary>
    /// The 64 powers 2^(j/64) as eight vectors, for the eight-lane Exp's lookup by two-source permutes (the
    /// project allows no pointers, so no gather). Here, after <see cref="PowersOfTwo"/>: the static fields of
    /// one file are set in their order, those of a partial class's files in no order C# promises.
    /// </summary>
    private static readonly Vector512<double> Powers0 = Vector512.Create(PowersOfTwo.AsSpan(0, 8)),
        Powers1 = Vector512.Create(PowersOfTwo.AsSpan(8, 8)), Powers2 = Vector512.Create(PowersOfTwo.AsSpan(16, 8)),
        Powers3 = Vector512.Create(PowersOfTwo.AsSpan(24, 8)), Powers4 = Vector512.Create(PowersOfTwo.AsSpan(32, 8)),
        Powers5 = Vector512.Create(PowersOfTwo.AsSpan(40, 8)), Powers6 = Vector512.Create(PowersOfTwo.AsSpan(48, 8)),
        Powers7 = Vector512.Create(PowersOfTwo.AsSpan(56, 8));

    /// <summary>e^x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Exp(double x)
    {
        if (!(Math.Abs(x) < 708.0)) return ExpOutside(x);
        double m = ExpOfRemainder(x, out int k);
        // |k >> 6| ≤ 1022 here, so 2^(k >> 6) is a normal double
        return m * BitConverter.Int64BitsToDouble((long)((k >> TableBits) + 1023) << 52);
    }

    /// <summary>Exp beyond ±708: overflow, underflow, NaN, and the scaling near the ends of the range.</summary>
    private static double ExpOutside(double x)
    {
        if (double.IsNaN(x)) return x;
        if (x > ExpOverflow) return double.PositiveInfinity;
        if (x < ExpUnderflow) return 0.0;
        double m = ExpOfRemainder(x, out int k);
        return Math.ScaleB(m, k >> TableBits);
    }

    /// <summary>e^x / 2^(k >> 6) = 2^((k &amp; 63)/64)·e^r, where x = (k/64)·ln 2 + r.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ExpOfRemainder(double x, out int k)
    {
        double kd = Math.Round(x * InvLn2N);
        k = (int)kd;
        double r = x - kd * Ln2HiN - kd * Ln2LoN;
        double p = r + r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120))));
        double t = PowersOfTwo[k & (TableSize - 1)];
        return t + t * p;
    }

    // fdlibm's coefficients of log's series in s = f/(2+f).
    private const double Lg1 = 6.666666666666735130e-01, Lg2 = 3.999999999940941908e-01, Lg3 = 2.857142874366239149e-01,
        Lg4 = 2.222219843214978396e-01, Lg5 = 1.818357216161805012e-01, Lg6 = 1.531383769920937332e-01,
        Lg7 = 1.479819860511658591e-01;

    /// <summary>Natural logarithm.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Log(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int hx = (int)(bits >> 32);
        if (hx < 0x00100000 || hx >= 0x7ff00000) return LogOutside(x);
        return LogNormal(hx, (uint)bits, 0);
    }

    private static double LogOutside(double x)
    {
        if (double.IsNaN(x) || x < 0) return double.NaN;
        if (x == 0) return double.NegativeInfinity;
        if (double.IsPositiveInfinity(x)) return x;
        long bits = BitConverter.DoubleToInt64Bits(x * 18014398509481984.0); // subnormal: × 2^54
        return LogNormal((int)(bits >> 32), (uint)bits, -54);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double LogNormal(int hx, uint lx, int k)
    {
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        // m = x / 2^k in [√2/2, √2)
        double m = BitConverter.Int64BitsToDouble(((long)(hx | (i ^ 0x3ff00000)) << 32) | lx);
        k += i >> 20;
        double f = m - 1.0;
        double dk = k;
        double s = f / (2.0 + f);
        double z = s * s;
        double w = z * z;
        double t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
        double t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
        double R = t2 + t1;
        if (((hx - 0x6147a) | (0x6b851 - hx)) > 0)
        {
            double hfsq = 0.5 * f * f;
            return dk * Ln2Hi - ((hfsq - (s * (hfsq + R) + dk * Ln2Lo)) - f);
        }
        return dk * Ln2Hi - ((s * (f - R) - dk * Ln2Lo) - f);
    }

    /// <summary>
    /// x^y for x ≥ 0 (the model's uses: capabilities, shares, deaths): exp(y·log x), exact where x or y
    /// makes it trivial (y = 0 or 1, x = 0 or 1) but not for other integer powers (3² is 8.999999999999996).
    /// </summary>
    public static double Pow(double x, double y)
    {
        if (y == 0 || x == 1) return 1.0;
        if (y == 1) return x;
        if (x == 0) return y > 0 ? 0.0 : double.PositiveInfinity;
        return Exp(y * Log(x));
    }

    private const double HalfPi = 1.5707963267948966;

    /// <summary>
    /// cos(2πu) for u in [0, 1), the angle of a Box-Muller pair, reduced exactly by quarter turns (right
    /// for any |u| below 2²⁹; beyond, the count of quarter turns overflows).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double CosTwoPi(double u)
    {
        double v = 4.0 * u;                 // quarter turns, exact
        double q = Math.Round(v);
        double a = (v - q) * HalfPi;        // |a| ≤ π/4; v - q is exact
        double a2 = a * a;
        // Taylor polynomials of cos a and sin a, truncated below 10⁻¹⁷ for |a| ≤ π/4.
        double cos = 1.0 - a2 * (1.0 / 2 - a2 * (1.0 / 24 - a2 * (1.0 / 720 - a2 * (1.0 / 40320 - a2 * (1.0 / 3628800
                     - a2 * (1.0 / 479001600 - a2 * (1.0 / 87178291200 - a2 * (1.0 / 20922789888000))))))));
        double sin = a * (1.0 - a2 * (1.0 / 6 - a2 * (1.0 / 120 - a2 * (1.0 / 5040 - a2 * (1.0 / 362880 - a2 * (1.0 / 39916800
                     - a2 * (1.0 / 6227020800 - a2 * (1.0 / 1307674368000 - a2 * (1.0 / 355687428096000)))))))));
        // Quarter turn q: cos, -sin, -cos, sin. Chosen by bits, not branches: q is a coin toss.
        int quarter = (int)q;
        long odd = -(long)(quarter & 1);
        long bits = (BitConverter.DoubleToInt64Bits(sin) & odd) | (BitConverter.DoubleToInt64Bits(cos) & ~odd);
        return BitConverter.Int64BitsToDouble(bits ^ ((long)((quarter + 1) & 2) << 62));
    }

    /// <summary>2^(j/64), j = 0..63, rounded to nearest: the integer m in [2^52, 2^53) nearest 2^(52 + j/64), found exactly.</summary>
    private static double[] ExactPowersOfTwo()
    {
        var table = new double[TableSize];
        for (int j = 0; j < TableSize; j++)
        {
            // The largest m with m^64 ≤ 2^(52·64 + j), by bisection on integers; then m or m + 1, whichever is nearer:
            // m + 1/2 is above the root exactly when (2m + 1)^64 > 2^(53·64 + j).
            var target = BigInteger.One << (52 * TableSize + j);
            long lo = 1L << 52, hi = 1L << 53;
            while (hi - lo > 1)
            {
                long mid = lo + (hi - lo) / 2;
                if (BigInteger.Pow(mid, TableSize) <= target) lo = mid; else hi = mid;
            }
            long m = BigInteger.Pow(2 * (BigInteger)lo + 1, TableSize) > (BigInteger.One << (53 * TableSize + j)) ? lo : lo + 1;
            table[j] = Math.ScaleB(m, -52);
        }
        return table;
    }
}
