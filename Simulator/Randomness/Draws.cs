using System.Runtime.Intrinsics;
using Simulator.Numerics;

namespace Simulator.Randomness;

/// <summary>
/// The keyed, counter-based generator of one run (MODEL.md section 4): every draw is a pure
/// function of (run seed, purpose, year, entity ids). No draw depends on which other draws
/// happened before it, so the same crisis sees the same uniform under every regime
/// (common random numbers) and a crisis can be scored as prevented exactly.
/// A small value type: copying it is free and it holds no mutable state.
/// </summary>
public readonly struct Draws(ulong runSeed) : IDrawSource
{
    /// <summary>The run seed all keys start from.</summary>
    public ulong RunSeed { get; } = runSeed;

    /// <summary>The key of (purpose, year): the prefix shared by all draws of one purpose in one year.</summary>
    public ulong YearKey(Purpose purpose, int year) =>
        Keys.Fold(Keys.Fold(RunSeed, (ulong)purpose), (ulong)(uint)year);

    /// <summary>Uniform in [0, 1) for (purpose, year, a, b, c).</summary>
    public double Uniform(Purpose purpose, int year, int a, int b = 0, int c = 0) =>
        UniformFrom(YearKey(purpose, year), a, b, c);

    /// <summary>The draws of one (purpose, year), its key folded once.</summary>
    public DrawRow Row(Purpose purpose, int year) => new(YearKey(purpose, year));

    /// <summary>Uniform from a precomputed <see cref="YearKey"/>; the hot loops use this form.</summary>
    public static double UniformFrom(ulong yearKey, int a, int b = 0, int c = 0)
    {
        // Pack the ids into one 64-bit word: ids are below 2^21 each.
        ulong ids = (ulong)(uint)a | ((ulong)(uint)b << 21) | ((ulong)(uint)c << 42);
        return Keys.ToUnit(Keys.Fold(yearKey, ids));
    }

    /// <summary>Standard normal for (purpose, year, a, b), by Box-Muller on two keyed uniforms.</summary>
    public double Normal(Purpose purpose, int year, int a, int b = 0) => NormalFrom(YearKey(purpose, year), a, b);

    /// <summary>Standard normal from a precomputed <see cref="YearKey"/>.</summary>
    public static double NormalFrom(ulong key, int a, int b = 0)
    {
        double u1 = 1.0 - UniformFrom(key, a, b, 1); // (0, 1]: log is finite
        double u2 = UniformFrom(key, a, b, 2);
        return Math.Sqrt(-2.0 * PortableMath.Log(u1)) * PortableMath.CosTwoPi(u2);
    }

    /// <summary>
    /// <see cref="NormalFrom"/>(key, a) of eight ids a at once (<see cref="PortableMath.IsVectorised"/> only): the
    /// same two uniforms, logarithm, cosine and root lane by lane, so the same doubles.
    /// </summary>
    internal static Vector512<double> NormalsFrom(ulong key, Vector512<ulong> ids)
    {
        var u1 = Vector512.Create(1.0) - Keys.Units(key, ids | Vector512.Create(1UL << 42)); // (a, 0, 1), as UniformFrom packs it
        var u2 = Keys.Units(key, ids | Vector512.Create(2UL << 42));
        return Vector512.Sqrt(Vector512.Create(-2.0) * PortableMath.Log(u1)) * PortableMath.CosTwoPi(u2);
    }

    /// <summary><see cref="NormalFrom"/>(key, a) of four ids a at once (<see cref="PortableMath.IsVectorisedFour"/> only).</summary>
    internal static Vector256<double> NormalsFrom(ulong key, Vector256<ulong> ids)
    {
        var u1 = Vector256.Create(1.0) - Keys.Units(key, ids | Vector256.Create(1UL << 42));
        var u2 = Keys.Units(key, ids | Vector256.Create(2UL << 42));
        return Vector256.Sqrt(Vector256.Create(-2.0) * PortableMath.Log(u1)) * PortableMath.CosTwoPi(u2);
    }

    /// <summary>True with probability p for (purpose, year, a, b).</summary>
    public bool Bernoulli(double p, Purpose purpose, int year, int a, int b = 0) =>
        Uniform(purpose, year, a, b) < p;
}
