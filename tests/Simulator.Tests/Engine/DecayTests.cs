using Simulator.Engine;
using Simulator.Numerics;

namespace Simulator.Tests.Engine;

/// <summary>The tabulated decay, and the tables a thread's runs share.</summary>
public sealed class DecayTests
{
    [Test]
    public void At_EveryYear_IsTheExponentialOfTheYears()
    {
        var decay = new Decay(8);
        foreach (int years in new[] { 0, 1, 7, 255, 256, 300 })
            Assert.That(decay.At(years), Is.EqualTo(PortableMath.Exp(-years / 8.0)), $"{years} years");
    }

    [Test]
    public void Of_ATimeConstant_IsOneTableOfItsOwn()
    {
        var eight = Decay.Of(8);
        Assert.That(Decay.Of(8), Is.SameAs(eight), "the thread's runs share a table");
        var four = Decay.Of(4);
        Assert.That(four, Is.Not.SameAs(eight));
        for (int years = 0; years < 300; years++)
        {
            Assert.That(eight.At(years), Is.EqualTo(new Decay(8).At(years)), $"{years} years");
            Assert.That(four.At(years), Is.EqualTo(new Decay(4).At(years)), $"{years} years");
        }
        // Only the same bits are the same time constant: -0 and 0 tabulate different values (-t/-0 and -t/0).
        Assert.That(Decay.Of(-0.0), Is.Not.SameAs(Decay.Of(0.0)));
        Assert.That(Decay.Of(-0.0).At(1), Is.EqualTo(new Decay(-0.0).At(1)));
    }

    [Test]
    public void Of_MoreTimeConstantsThanKept_GivesEachItsOwnValues()
    {
        double[] taus = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        for (int round = 0; round < 3; round++)
            foreach (double tau in taus)
                Assert.That(Decay.Of(tau).At(3), Is.EqualTo(new Decay(tau).At(3)), $"τ = {tau}");
    }
}
