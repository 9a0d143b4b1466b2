using Simulator.Entities;
using Simulator.Parameters;
using Simulator.Randomness;
using Simulator.Regimes;
using Simulator.Regimes.Mechanisms;

namespace Simulator.Tests.Regimes.Mechanisms;

public sealed class PeaceOperationTests
{
    private static EndedEpisode CivilEnd(int state, int episode) => new(EpisodeKind.Civil, episode, EpisodeKey.OfCivil(state), state, -1, EndReason.Ceasefire, 0, 0);

    /// <summary>Peacekeeping without an organ, every case it considers selected and consented to.</summary>
    private static (MechanismBench Bench, Peacekeeping Peacekeeping) AlwaysDeploying()
    {
        var bench = new MechanismBench();
        var peacekeeping = new Peacekeeping();
        bench.Found(peacekeeping);
        bench.Draws[Purpose.PeacekeepingConsent] = 0;
        bench.Draws[Purpose.PeacekeepingSelection] = 0;
        return (bench, peacekeeping);
    }

    [Test]
    public void Peacekeeping_AfterACivilWarWithoutAnOrgan_LowersRelapseHazardForTheMandateOnly()
    {
        var (bench, peacekeeping) = AlwaysDeploying();
        int host = bench.Minor();
        var aftermath = new EpisodeAftermath();

        peacekeeping.OnEpisodeEnded(bench.Context, CivilEnd(host, 7), aftermath);
        var un = bench.Parameters.Un;

        Assert.That(aftermath.PeacekeepersDeployed, Is.True);
        Assert.That(peacekeeping.CivilHazard(0, host), Is.EqualTo(un.PeacekeepingHazardRatio));
        Assert.That(peacekeeping.CivilHazard(un.MandateYears, host), Is.EqualTo(un.PeacekeepingHazardRatio));
        Assert.That(peacekeeping.CivilHazard(un.MandateYears + 1, host), Is.EqualTo(1));
        Assert.That(peacekeeping.CivilHazard(0, bench.Minor(1)), Is.EqualTo(1));

        // The civil step asks for every state at once: the same factors.
        foreach (int year in new[] { 0, un.MandateYears, un.MandateYears + 1 })
        {
            var factor = Enumerable.Repeat(1.0, bench.World.StateCount).ToArray();
            ((IPeaceOperation)peacekeeping).MultiplyCivilHazard(year, factor);
            Assert.That(factor, Is.EqualTo(Enumerable.Range(0, factor.Length).Select(s => peacekeeping.CivilHazard(year, s))), $"year {year}");
        }
    }

    [Test]
    public void Peacekeeping_DyadMissionsUntil_BoundsTheYearsARenewedWarsHazardIsLowered()
    {
        var (bench, peacekeeping) = AlwaysDeploying();
        int host = bench.Minor(0), other = bench.Minor(1), d = bench.World.DyadIndex(host, other);
        var operation = (IPeaceOperation)peacekeeping;
        var un = bench.Parameters.Un;

        // A civil mission keeps the operation active but no pair's hazard changes.
        peacekeeping.OnEpisodeEnded(bench.Context, CivilEnd(bench.Minor(2), 3), new EpisodeAftermath());
        int civilOnly = operation.DyadMissionsUntil;
        var interstate = new EndedEpisode(EpisodeKind.Interstate, 9, EpisodeKey.OfWar(d), host, other, EndReason.Ceasefire, 0, 0);
        peacekeeping.OnEpisodeEnded(bench.Context, interstate, new EpisodeAftermath());

        Assert.That(operation.ActiveUntil, Is.GreaterThan(0));
        Assert.That(civilOnly, Is.Zero);
        Assert.That(operation.DyadMissionsUntil, Is.EqualTo(un.MandateYears + 1));
        Assert.That(operation.RenewedWarHazard(un.MandateYears, d), Is.EqualTo(un.PeacekeepingHazardRatio));
        Assert.That(operation.RenewedWarHazard(operation.DyadMissionsUntil, d), Is.EqualTo(1));
        Assert.That(((IPeaceOperation)new Peacebuilding()).DyadMissionsUntil, Is.Zero);
        Assert.That(((IPeaceOperation)new CivilMediation()).DyadMissionsUntil, Is.Zero);
    }

    [Test]
    public void Peacekeeping_CapacityReached_RefusesTheNextMission()
    {
        var bench = new MechanismBench(new ModelParameters { Un = new UnParameters { PeacekeepingCapacityLater = 1 } });
        var peacekeeping = new Peacekeeping();
        bench.Found(peacekeeping);
        bench.Draws[Purpose.PeacekeepingConsent] = 0;
        bench.Draws[Purpose.PeacekeepingSelection] = 0;

        var first = new EpisodeAftermath();
        peacekeeping.OnEpisodeEnded(bench.Context, CivilEnd(bench.Minor(0), 1), first);
        var second = new EpisodeAftermath();
        peacekeeping.OnEpisodeEnded(bench.Context, CivilEnd(bench.Minor(1), 2), second);

        Assert.That(first.PeacekeepersDeployed, Is.True);
        Assert.That(second.PeacekeepersDeployed, Is.False);
        Assert.That(bench.Tally[Peacekeeping.Deployed], Is.EqualTo(1));
    }

    [Test]
    public void Peacekeeping_UnderACouncil_CivilMissionsOnlyAfterTheColdWar()
    {
        var bench = new MechanismBench();
        var peacekeeping = new Peacekeeping();
        bench.Found(new SecurityCouncil(), peacekeeping);
        bench.Draws[Purpose.PeacekeepingConsent] = 0;
        bench.Draws[Purpose.PeacekeepingSelection] = 0;
        bench.Draws[Purpose.CouncilTakeUp] = 0;
        bench.Draws[Purpose.ElectedVote] = 0;
        bench.Draws[Purpose.Veto] = 0.999;   // only a party would veto
        var coldWar = new EpisodeAftermath();
        var later = new EpisodeAftermath();

        peacekeeping.OnEpisodeEnded(bench.Context, CivilEnd(bench.Minor(), 3), coldWar);
        bench.World.Year = bench.Parameters.Un.ColdWarYears;
        peacekeeping.OnEpisodeEnded(bench.Context, CivilEnd(bench.Minor(), 4), later);

        Assert.That(coldWar.PeacekeepersDeployed, Is.False);
        Assert.That(later.PeacekeepersDeployed, Is.True);
    }

    [Test]
    public void Peacekeeping_SelectionProbability_HigherForHarderCases()
    {
        var bench = new MechanismBench();
        var peacekeeping = new Peacekeeping();
        bench.Found(peacekeeping);
        bench.World.Year = 10;
        int host = bench.Minor();
        EndedEpisode Case(EndReason reason, int startYear, double deaths) =>
            new(EpisodeKind.Civil, 1, EpisodeKey.OfCivil(host), host, -1, reason, startYear, deaths);
        var reference = Case(EndReason.Ceasefire, 8, 3000);

        double p = peacekeeping.SelectionProbability(bench.Context, reference);
        double victory = peacekeeping.SelectionProbability(bench.Context, Case(EndReason.GovernmentVictory, 8, 3000));
        double deadlier = peacekeeping.SelectionProbability(bench.Context, Case(EndReason.Ceasefire, 8, 30000));
        double longer = peacekeeping.SelectionProbability(bench.Context, Case(EndReason.Ceasefire, 2, 3000));
        bench.World.Fragility[host] += 0.2;
        double fragile = peacekeeping.SelectionProbability(bench.Context, reference);

        Assert.That(victory, Is.LessThan(p));
        Assert.That(deadlier, Is.GreaterThan(p));
        Assert.That(longer, Is.GreaterThan(p));
        Assert.That(fragile, Is.GreaterThan(p));
    }

    [Test]
    public void Peacekeeping_SelectionDrawBetweenTwoCases_OnlyTheHarderGetsAMission()
    {
        var bench = new MechanismBench();
        var peacekeeping = new Peacekeeping();
        bench.Found(peacekeeping);
        bench.Draws[Purpose.PeacekeepingConsent] = 0;
        bench.World.Year = 10;
        var easy = new EndedEpisode(EpisodeKind.Civil, 1, EpisodeKey.OfCivil(bench.Minor(0)), bench.Minor(0), -1, EndReason.GovernmentVictory, 9, 1000);
        var hard = new EndedEpisode(EpisodeKind.Civil, 2, EpisodeKey.OfCivil(bench.Minor(1)), bench.Minor(1), -1, EndReason.Ceasefire, 4, 20000);
        bench.World.Fragility[bench.Minor(0)] = bench.World.Fragility[bench.Minor(1)] = bench.Parameters.World.FragilityMean;
        double pEasy = peacekeeping.SelectionProbability(bench.Context, easy), pHard = peacekeeping.SelectionProbability(bench.Context, hard);
        bench.Draws[Purpose.PeacekeepingSelection] = (pEasy + pHard) / 2;
        var easyAftermath = new EpisodeAftermath();
        var hardAftermath = new EpisodeAftermath();

        peacekeeping.OnEpisodeEnded(bench.Context, easy, easyAftermath);
        peacekeeping.OnEpisodeEnded(bench.Context, hard, hardAftermath);

        Assert.That(pEasy, Is.LessThan(pHard));
        Assert.That(easyAftermath.PeacekeepersDeployed, Is.False);
        Assert.That(hardAftermath.PeacekeepersDeployed, Is.True);
    }

    [Test]
    public void Peacebuilding_OnlyWherePeacekeepersArePresent_RelievesFragility()
    {
        var bench = new MechanismBench();
        var peacebuilding = new Peacebuilding();
        bench.Found(peacebuilding);
        bench.Draws[Purpose.Peacebuilding] = 0;
        int host = bench.Minor();

        peacebuilding.OnEpisodeEnded(bench.Context, CivilEnd(host, 1), new EpisodeAftermath());
        double without = peacebuilding.FragilityRelief(1, host);
        var aftermath = new EpisodeAftermath { PeacekeepersPresent = true };
        peacebuilding.OnEpisodeEnded(bench.Context, CivilEnd(host, 2), aftermath);
        double with = peacebuilding.FragilityRelief(1, host);

        Assert.That(without, Is.Zero);
        Assert.That(with, Is.EqualTo(bench.Parameters.Un.PeacebuildingPerYear));
        var relief = new double[bench.World.StateCount];
        ((IPeaceOperation)peacebuilding).AddFragilityRelief(1, relief);
        Assert.That(relief, Is.EqualTo(Enumerable.Range(0, relief.Length).Select(s => s == host ? with : 0.0)));
        Assert.That(aftermath.PeacebuildingMandated, Is.True);
    }

    [Test]
    public void UnitingForPeace_OrganVetoed_ConvenesAndLowersEscalation()
    {
        var bench = new MechanismBench();
        var assembly = new UnitingForPeace();
        bench.Found(assembly);
        bench.Draws[Purpose.UnitingForPeace] = 0;
        var vetoed = bench.Crisis(bench.Minor(0), bench.Minor(1));
        vetoed.RecordOrganVote(Vote.Vetoed);
        var passed = bench.Crisis(bench.Minor(0), bench.Minor(1));
        passed.RecordOrganVote(Vote.Passed);

        assembly.OnCrisis(bench.Context, vetoed);
        assembly.OnCrisis(bench.Context, passed);

        Assert.That(vetoed.PWar, Is.LessThan(0.5));
        Assert.That(passed.PWar, Is.EqualTo(0.5));
        Assert.That(bench.Tally[UnitingForPeace.Sessions], Is.EqualTo(1));
    }

    [Test]
    public void GoodOffices_MediatedCrisisDefused_LeavesRivalryBehind()
    {
        var bench = new MechanismBench();
        var goodOffices = new GoodOffices();
        bench.Draws[Purpose.GoodOffices] = 0;
        var crisis = bench.Crisis(bench.Minor(0), bench.Minor(1));
        double before = bench.World.Enmity[crisis.Crisis.Dyad].Rivalry;

        goodOffices.OnCrisis(bench.Context, crisis);
        goodOffices.AfterCrisis(bench.Context, crisis, war: false);

        Assert.That(crisis.PWar, Is.EqualTo(0.5 * (1 - bench.Parameters.Un.GoodOfficesEffect)).Within(1e-15));
        Assert.That(bench.World.Enmity[crisis.Crisis.Dyad].Rivalry - before, Is.EqualTo(bench.Parameters.Un.MediationBacklash));
    }
}
