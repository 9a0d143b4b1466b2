using Simulator.Regimes.Mechanisms;
using Simulator.Observation;
using Simulator.Regimes;

namespace Simulator.Tests.Regimes;

/// <summary>MODEL.md section 4: a crisis is prevented by mechanism M exactly when p_war(with M) ≤ u &lt; p_war(without).</summary>
public sealed class PreventionAccountingTests
{
    [TestCase("concert")]
    [TestCase("league")]
    [TestCase("un")]
    public void Run_EveryPreventedCrisis_IsCreditedToOneMechanismAndCountedOnce(string regime)
    {
        foreach (var (result, recorder) in Worlds.RunMany(new(), Worlds.Regime(regime), 30))
        {
            foreach (var c in recorder.Crises)
            {
                bool prevented = c.Outcome != CrisisOutcome.War && c.Draw < c.PWarWithoutRegime;
                Assert.That(c.Mechanism is not null, Is.EqualTo(prevented), $"{c}");
                if (prevented) Assert.That(c.Draw, Is.GreaterThanOrEqualTo(c.PWar));
                if (c.Outcome == CrisisOutcome.War) Assert.That(c.Draw, Is.LessThan(c.PWar));
            }
            // Every preventing mechanism's counter, as the registry derives them (a new one cannot be forgotten here).
            double byMechanism = CounterRegistry.Prevented.Sum(p => result[p.Counter]);
            Assert.That(byMechanism, Is.EqualTo(result[WorldCounters.CrisesPrevented]));
            Assert.That(recorder.Crises.Count(c => c.Mechanism is not null), Is.EqualTo(result[WorldCounters.CrisesPrevented]));
        }
    }

    [Test]
    public void Run_SameRunUnderTwoRegimes_FirstCrisisMeetsTheSameDraw()
    {
        // Common random numbers: the first crisis of a run happens before any regime can change
        // the world, so under every regime it is the same crisis with the same keyed draw.
        var none = new Recorder();
        var un = new Recorder();

        Simulator.Engine.Simulation.Run(new(), new NoRegime(), 42, none);
        Simulator.Engine.Simulation.Run(new(), RegimeCatalog.Create("un"), 42, un);

        Assert.That(un.Crises[0].Draw, Is.EqualTo(none.Crises[0].Draw));
        Assert.That(un.Crises[0].PWarWithoutRegime, Is.EqualTo(none.Crises[0].PWarWithoutRegime));
        Assert.That((un.Crises[0].Challenger, un.Crises[0].Target), Is.EqualTo((none.Crises[0].Challenger, none.Crises[0].Target)));
    }
}
