using Simulator.Numerics;

namespace Simulator.Tests.Numerics;

/// <summary>
/// PortableMath against the platform's C library and .NET's CosPi, and its bits pinned: the model's
/// results rest on them. The bounds leave room for the reference's own error on any platform (exp is
/// within 1.32 ulp of exact, cos(2πu) 2.3, a C library's within about 1), yet a wrong coefficient or
/// table entry misses them by many ulps; on glibc exp and log are found within 1.
/// </summary>
public sealed class PortableMathTests
{
    private const int Samples = 400_000;

    /// <summary>Distance in units in the last place between two finite doubles of the same sign.</summary>
    private static long Ulps(double a, double b)
    {
        if (a == b) return 0;
        long x = BitConverter.DoubleToInt64Bits(a), y = BitConverter.DoubleToInt64Bits(b);
        return (x ^ y) < 0 ? long.MaxValue : Math.Abs(x - y);
    }

    private static long WorstUlps(Func<double, double> mine, Func<double, double> reference, Func<Random, double> argument)
    {
        var random = new Random(20261202);
        long worst = 0;
        for (int i = 0; i < Samples; i++)
        {
            double x = argument(random);
            worst = Math.Max(worst, Ulps(mine(x), reference(x)));
        }
        return worst;
    }

    [TestCase(-5.0, 5.0)]
    [TestCase(-745.0, 709.7)]
    [TestCase(-1e-9, 1e-9)]
    public void Exp_IsWithinTwoUlpsOfTheCLibrary(double low, double high) =>
        Assert.That(WorstUlps(PortableMath.Exp, Math.Exp, r => low + (high - low) * r.NextDouble()), Is.LessThanOrEqualTo(2));

    [Test]
    public void Log_IsWithinTwoUlpsOfTheCLibrary_FromSubnormalsToTheLargestDoubles()
    {
        Assert.That(WorstUlps(PortableMath.Log, Math.Log, r => 1 - r.NextDouble()), Is.LessThanOrEqualTo(2), "(0, 1]: Box-Muller's log");
        Assert.That(WorstUlps(PortableMath.Log, Math.Log, r => 1 + (r.NextDouble() - 0.5) * 1e-3), Is.LessThanOrEqualTo(2), "near 1");
        Assert.That(WorstUlps(PortableMath.Log, Math.Log, r => Math.Exp(r.NextDouble() * 1418 - 709)), Is.LessThanOrEqualTo(2), "every binade");
        Assert.That(WorstUlps(PortableMath.Log, Math.Log, r => r.NextDouble() * 2e-308), Is.LessThanOrEqualTo(2), "subnormals");
    }

    [Test]
    public void CosTwoPi_IsWithinThreeUlpsOfCosPi() =>
        Assert.That(WorstUlps(PortableMath.CosTwoPi, u => double.CosPi(2 * u), r => r.NextDouble()), Is.LessThanOrEqualTo(3));

    [Test]
    public void Pow_IsWithinItsStatedRelativeError()
    {
        // exp(y·log x): the rounding of y·log x, relative |y·log x|·2⁻⁵³, is carried into the result.
        var random = new Random(7);
        for (int i = 0; i < Samples; i++)
        {
            double x = random.NextDouble() * 100, y = random.NextDouble() * 4 - 2;
            double exact = Math.Pow(x, y), bound = (Math.Abs(y * Math.Log(x)) + 2) * Math.Pow(2, -52);
            Assert.That(Math.Abs(PortableMath.Pow(x, y) - exact), Is.LessThanOrEqualTo(bound * exact), $"{x}^{y}");
        }
    }

    [Test]
    public void SpecialValues_AreTheIeeeOnes()
    {
        Assert.That(PortableMath.Exp(0), Is.EqualTo(1.0));
        Assert.That(PortableMath.Exp(double.NegativeInfinity), Is.EqualTo(0.0));
        Assert.That(PortableMath.Exp(-746), Is.EqualTo(0.0));
        Assert.That(PortableMath.Exp(710), Is.EqualTo(double.PositiveInfinity));
        Assert.That(PortableMath.Exp(double.NaN), Is.NaN);
        Assert.That(PortableMath.Exp(-740), Is.EqualTo(Math.Exp(-740)), "a subnormal result");
        Assert.That(PortableMath.Log(1), Is.EqualTo(0.0));
        Assert.That(PortableMath.Log(0), Is.EqualTo(double.NegativeInfinity));
        Assert.That(PortableMath.Log(-1), Is.NaN);
        Assert.That(PortableMath.Log(double.PositiveInfinity), Is.EqualTo(double.PositiveInfinity));
        Assert.That(PortableMath.Log(double.Epsilon), Is.EqualTo(Math.Log(double.Epsilon)));
        Assert.That(PortableMath.Pow(0, 2), Is.EqualTo(0.0));
        Assert.That(PortableMath.Pow(5, 0), Is.EqualTo(1.0));
        Assert.That(PortableMath.Pow(1, 7.5), Is.EqualTo(1.0));
        Assert.That(PortableMath.CosTwoPi(0), Is.EqualTo(1.0));
        Assert.That(PortableMath.CosTwoPi(0.5), Is.EqualTo(-1.0));
        Assert.That(Math.Abs(PortableMath.CosTwoPi(0.25)), Is.EqualTo(0.0), "a quarter turn exactly");
    }

    // Golden bits: the same on every machine, since only IEEE-exact operations make them. A change here
    // changes every result the model gives.
    [TestCase(0.5, 1.6487212707001282)]
    [TestCase(-3.25, 0.038774207831722009)]
    [TestCase(123.456, 4.1329443527781061E+53)]
    public void Exp_GivesPinnedBits(double x, double expected) => Assert.That(PortableMath.Exp(x), Is.EqualTo(expected));

    [TestCase(3.0, 1.0986122886681096)]
    [TestCase(0.01, -4.6051701859880909)]
    [TestCase(1e300, 690.77552789821368)]
    public void Log_GivesPinnedBits(double x, double expected) => Assert.That(PortableMath.Log(x), Is.EqualTo(expected));

    [TestCase(0.1, 0.80901699437494745)]
    [TestCase(0.6, -0.80901699437494745)]
    [TestCase(0.9, 0.80901699437494745)]
    public void CosTwoPi_GivesPinnedBits(double u, double expected) => Assert.That(PortableMath.CosTwoPi(u), Is.EqualTo(expected));
}
