using System.Runtime.Intrinsics;
using Simulator.Numerics;

namespace Simulator.Tests.Numerics;

/// <summary>
/// The eight-lane (AVX-512) and four-lane (AVX2) Exp, Log and CosTwoPi give each lane the scalar function's
/// double bit for bit, over the arguments the model gives them and the edges of their domains (lanes outside
/// go to the scalar function). Each width is tested where the processor runs it (the model calls only that one);
/// skipped where neither runs.
/// </summary>
public sealed class PortableMathVectorTests
{
    [SetUp]
    public void RequireVectors()
    {
        if (!PortableMath.IsVectorised && !PortableMath.IsVectorisedFour)
            Assert.Ignore("neither AVX-512 nor AVX2 here: the vector functions are never called");
    }

    /// <summary>The function of the width this processor runs, lane by lane against the scalar one.</summary>
    private static void AssertLanewise(double[] arguments, Func<Vector512<double>, Vector512<double>> eight,
        Func<Vector256<double>, Vector256<double>> four, Func<double, double> scalar, string name)
    {
        int width = PortableMath.IsVectorised ? 8 : 4;
        var values = new double[width];
        for (int start = 0; start + width <= arguments.Length; start += width)
        {
            if (width == 8) eight(Vector512.Create(arguments.AsSpan(start, 8))).CopyTo(values);
            else four(Vector256.Create(arguments.AsSpan(start, 4))).CopyTo(values);
            for (int lane = 0; lane < width; lane++)
            {
                double x = arguments[start + lane];
                long expected = BitConverter.DoubleToInt64Bits(scalar(x)), got = BitConverter.DoubleToInt64Bits(values[lane]);
                if (expected != got)
                    Assert.Fail($"{name}({x:R}): lane {lane} gives {values[lane]:R}, the scalar function {scalar(x):R}");
            }
        }
    }

    /// <summary>Uniform doubles in [lo, hi), and the same shuffled among special values so that a block mixes both kinds of lane.</summary>
    private static double[] Arguments(Random rng, double lo, double hi, int count, params double[] special)
    {
        var values = new List<double>(count + special.Length);
        for (int k = 0; k < count; k++) values.Add(lo + (hi - lo) * rng.NextDouble());
        values.AddRange(special);
        while (values.Count % 8 != 0) values.Add(lo);
        return values.OrderBy(_ => rng.Next()).ToArray();
    }

    [Test]
    public void Exp_EveryLane_IsTheScalarExp()
    {
        var rng = new Random(1);
        var arguments = Arguments(rng, -40, 40, 400_000, 0.0, -0.0, 707.9, -707.9, 708, -708, 709.7, 709.8, -745.2, -744, 1e-300, -1e-300,
            double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, 0.5 * Math.Log(2) / 64, Math.Log(2) / 128);
        AssertLanewise(arguments, PortableMath.Exp, PortableMath.Exp, PortableMath.Exp, "Exp");
        // Near the table's joints: x·64/ln 2 at and around half-integers, where the rounding picks the entry.
        var joints = Enumerable.Range(-4000, 8000).SelectMany(j => new[] { (j + 0.5) * Math.Log(2) / 64, Math.BitIncrement((j + 0.5) * Math.Log(2) / 64), Math.BitDecrement((j + 0.5) * Math.Log(2) / 64) }).ToArray();
        AssertLanewise(joints.Concat(Enumerable.Repeat(0.0, (8 - joints.Length % 8) % 8)).ToArray(), PortableMath.Exp, PortableMath.Exp, PortableMath.Exp, "Exp");
    }

    [Test]
    public void Log_EveryLane_IsTheScalarLog()
    {
        var rng = new Random(2);
        // The model takes logs of uniforms in (0, 1] (Box-Muller) and of capabilities (around 1, heavy-tailed).
        var uniforms = Arguments(rng, 0, 1, 200_000, 1.0, Math.BitDecrement(1.0), 1.0 / (1UL << 53), 0.5, Math.Sqrt(0.5), Math.Sqrt(2));
        var wide = Enumerable.Range(0, 200_000).Select(_ => Math.Exp(80 * (rng.NextDouble() - 0.5))).ToArray();
        var special = new[] { 0.0, -0.0, -1.0, double.Epsilon, 2.2250738585072014E-308, Math.BitDecrement(2.2250738585072014E-308), double.MaxValue,
            double.PositiveInfinity, double.NegativeInfinity, double.NaN, 1e-310, 4.9e-324, 1.0 + 1e-15, 1.0 - 1e-15, 0.7071, 1.4142, 0.9, 1.1 };
        AssertLanewise(uniforms, PortableMath.Log, PortableMath.Log, PortableMath.Log, "Log");
        AssertLanewise(wide, PortableMath.Log, PortableMath.Log, PortableMath.Log, "Log");
        AssertLanewise(special.Concat(Enumerable.Repeat(1.0, (8 - special.Length % 8) % 8)).ToArray(), PortableMath.Log, PortableMath.Log, PortableMath.Log, "Log");
    }

    [Test]
    public void CosTwoPi_EveryLane_IsTheScalarCosTwoPi()
    {
        var rng = new Random(3);
        // Box-Muller's angles are uniforms in [0, 1); the quarter and eighth turns are where the reduction switches.
        var arguments = Arguments(rng, 0, 1, 400_000, 0.0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, Math.BitDecrement(1.0),
            Math.BitIncrement(0.125), Math.BitDecrement(0.125), Math.BitIncrement(0.375), Math.BitDecrement(0.375), 1.0 / (1UL << 53));
        AssertLanewise(arguments, PortableMath.CosTwoPi, PortableMath.CosTwoPi, PortableMath.CosTwoPi, "CosTwoPi");
    }
}
