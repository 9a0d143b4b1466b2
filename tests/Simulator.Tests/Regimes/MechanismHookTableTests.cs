using Simulator.Entities;
using Simulator.Regimes;
using Simulator.Regimes.Mechanisms;

namespace Simulator.Tests.Regimes;

/// <summary>A regime consults each hook only on the mechanisms that define it: the table must see every definition, implicit or explicit.</summary>
public sealed class MechanismHookTableTests
{
    private sealed class CrisisOnly : IMechanism
    {
        public void OnCrisis(RegimeContext r, CrisisDeliberation d) { }
    }

    private sealed class Explicit : IMechanism
    {
        void IMechanism.Upkeep(RegimeContext r) { }
        void IMechanism.OnEpisodeEnded(RegimeContext r, in EndedEpisode e, EpisodeAftermath aftermath) { }
    }

    private sealed class Nothing : IMechanism;

    [Test]
    public void FindsTheHooksAClassDefines()
    {
        Assert.That(MechanismHookTable.Of(new CrisisOnly()), Is.EqualTo(MechanismHooks.OnCrisis));
        Assert.That(MechanismHookTable.Of(new Explicit()), Is.EqualTo(MechanismHooks.Upkeep | MechanismHooks.OnEpisodeEnded));
        Assert.That(MechanismHookTable.Of(new Nothing()), Is.EqualTo(MechanismHooks.None));
        Assert.That(MechanismHookTable.Of(new SecurityCouncil()),
            Is.EqualTo(MechanismHooks.Upkeep | MechanismHooks.OnCrisis | MechanismHooks.OnWarYear));
    }

    [Test]
    public void KeepsTheCatalogOrderWithinAHook()
    {
        IMechanism[] parts = [new Nothing(), new CrisisOnly(), new Explicit(), new CrisisOnly()];
        Assert.That(MechanismHookTable.Defining(parts, MechanismHooks.OnCrisis), Is.EqualTo(new[] { parts[1], parts[3] }));
        Assert.That(MechanismHookTable.Defining(parts, MechanismHooks.Upkeep), Is.EqualTo(new[] { parts[2] }));
        Assert.That(MechanismHookTable.Defining(parts, MechanismHooks.AfterCrisis), Is.Empty);
    }
}
