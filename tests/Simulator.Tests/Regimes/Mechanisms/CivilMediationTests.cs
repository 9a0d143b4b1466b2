using Simulator.Entities;
using Simulator.Randomness;
using Simulator.Regimes;
using Simulator.Regimes.Mechanisms;

namespace Simulator.Tests.Regimes.Mechanisms;

public sealed class CivilMediationTests
{
    private static readonly CivilMediationOptions Options = new();

    /// <summary>A bench with a Council and its veto, the takes-up and votes all going through, in the year the Cold War era ends.</summary>
    private static (MechanismBench Bench, CivilMediation Mediation) AfterTheColdWar()
    {
        var bench = new MechanismBench();
        var mediation = new CivilMediation();
        bench.Found(new SecurityCouncil(), new Veto(), mediation);
        bench.Draws[Purpose.CouncilTakeUp] = 0;
        bench.Draws[Purpose.ElectedVote] = 0;
        bench.Draws[Purpose.Veto] = 0.999;   // only a party would veto
        bench.World.Year = bench.Parameters.Un.ColdWarYears;
        return (bench, mediation);
    }

    private static EndedEpisode Ended(CivilConflict c, EndReason reason) =>
        new(EpisodeKind.Civil, c.Episode, c.Key, c.State, -1, reason, c.StartYear, 5000);

    [Test]
    public void SettlementHazard_InTheColdWar_ClosedWithoutAVote()
    {
        var bench = new MechanismBench();
        var mediation = new CivilMediation();
        bench.Found(new SecurityCouncil(), new Veto(), mediation);
        bench.Draws[Purpose.CouncilTakeUp] = 0;
        bench.Draws[Purpose.ElectedVote] = 0;
        var conflict = bench.World.StartCivilConflict(bench.Minor());

        double ratio = mediation.SettlementHazard(bench.Context, conflict);

        Assert.That(ratio, Is.EqualTo(1));
        Assert.That(bench.Tally[CivilMediation.Mediations], Is.Zero);
        Assert.That(bench.Tally[SecurityCouncil.Resolutions], Is.Zero);
    }

    [Test]
    public void SettlementHazard_CouncilBacksEnvoys_RaisesTheHazardForTheRestOfTheConflict()
    {
        var (bench, mediation) = AfterTheColdWar();
        var conflict = bench.World.StartCivilConflict(bench.Minor());

        double first = mediation.SettlementHazard(bench.Context, conflict);
        bench.Draws[Purpose.CouncilTakeUp] = 0.999; // not asked again: the envoys stay
        double next = mediation.SettlementHazard(bench.Context, conflict);

        Assert.That(first, Is.EqualTo(Options.SettlementRatio));
        Assert.That(next, Is.EqualTo(Options.SettlementRatio));
        Assert.That(bench.Tally[CivilMediation.Mediations], Is.EqualTo(1));
    }

    [Test]
    public void SettlementHazard_TornStateIsAPermanentMember_Vetoed()
    {
        var (bench, mediation) = AfterTheColdWar();
        var conflict = bench.World.StartCivilConflict(bench.GreatPower());
        bench.Draws[Purpose.Veto] = 0; // a vetoing member's probability is its interest (Veto): any draw below it vetoes

        double ratio = mediation.SettlementHazard(bench.Context, conflict);

        Assert.That(ratio, Is.EqualTo(1));
        Assert.That(bench.Tally[CivilMediation.Vetoed], Is.EqualTo(1));
        Assert.That(bench.Tally[CivilMediation.Mediations], Is.Zero);
    }

    [Test]
    public void SettlementHazard_TornStateIsAPermanentMembersClient_VetoedWhenThePatronCastsIt()
    {
        var (bench, mediation) = AfterTheColdWar();
        int client = bench.Minor();
        bench.World.SetPatron(client, bench.GreatPower());
        var conflict = bench.World.StartCivilConflict(client);

        bench.Draws[Purpose.Veto] = 0;       // the patron shields its client
        double shielded = mediation.SettlementHazard(bench.Context, conflict);
        bench.Draws[Purpose.Veto] = 0.999;   // it lets the envoys in
        double mediated = mediation.SettlementHazard(bench.Context, conflict);

        Assert.That(shielded, Is.EqualTo(1));
        Assert.That(mediated, Is.EqualTo(Options.SettlementRatio));
        Assert.That(bench.Tally[CivilMediation.Vetoed], Is.EqualTo(1));
    }

    [Test]
    public void OnEpisodeEnded_MediatedSettlement_DurabilityDependsOnTheFollowUp()
    {
        var (bench, mediation) = AfterTheColdWar();
        int year = bench.World.Year;
        int[] hosts = [bench.Minor(0), bench.Minor(1), bench.Minor(2), bench.Minor(3)];
        var conflicts = hosts.Select(h => bench.World.StartCivilConflict(h)).ToArray();
        foreach (var c in conflicts.Take(3)) mediation.SettlementHazard(bench.Context, c);

        mediation.OnEpisodeEnded(bench.Context, Ended(conflicts[0], EndReason.PeaceAgreement), new EpisodeAftermath());
        mediation.OnEpisodeEnded(bench.Context, Ended(conflicts[1], EndReason.PeaceAgreement), new EpisodeAftermath { PeacekeepersPresent = true });
        mediation.OnEpisodeEnded(bench.Context, Ended(conflicts[2], EndReason.PeaceAgreement),
            new EpisodeAftermath { PeacekeepersPresent = true, PeacebuildingMandated = true });
        mediation.OnEpisodeEnded(bench.Context, Ended(conflicts[3], EndReason.PeaceAgreement), new EpisodeAftermath()); // never mediated

        Assert.That(mediation.CivilHazard(year + 1, hosts[0]), Is.EqualTo(Options.UnguardedRelapseRatio));
        Assert.That(mediation.CivilHazard(year + Options.FollowUpYears, hosts[0]), Is.EqualTo(Options.UnguardedRelapseRatio));
        Assert.That(mediation.CivilHazard(year + Options.FollowUpYears + 1, hosts[0]), Is.EqualTo(1));
        Assert.That(mediation.CivilHazard(year + 1, hosts[1]), Is.EqualTo(1));
        Assert.That(mediation.CivilHazard(year + 1, hosts[2]), Is.EqualTo(Options.PeacebuiltRelapseRatio));
        Assert.That(mediation.CivilHazard(year + 1, hosts[3]), Is.EqualTo(1));
        Assert.That(bench.Tally[CivilMediation.Settlements], Is.EqualTo(3));
        Assert.That(bench.Tally[CivilMediation.Guarded], Is.EqualTo(2));
    }

    [Test]
    public void OnEpisodeEnded_MediatedConflictEndsInVictory_NotASettlement()
    {
        var (bench, mediation) = AfterTheColdWar();
        var conflict = bench.World.StartCivilConflict(bench.Minor());
        mediation.SettlementHazard(bench.Context, conflict);

        mediation.OnEpisodeEnded(bench.Context, Ended(conflict, EndReason.GovernmentVictory), new EpisodeAftermath());

        Assert.That(bench.Tally[CivilMediation.Settlements], Is.Zero);
        Assert.That(mediation.CivilHazard(bench.World.Year + 1, conflict.State), Is.EqualTo(1));
    }
}
