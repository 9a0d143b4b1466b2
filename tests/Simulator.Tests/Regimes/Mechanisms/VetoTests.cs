using Simulator.Regimes.Mechanisms;

namespace Simulator.Tests.Regimes.Mechanisms;

/// <summary>The veto cast by interest (issue 10): a stake in the target and the polarisation of the era decide it.</summary>
public sealed class VetoTests
{
    private static (MechanismBench Bench, Veto Veto) Council()
    {
        var bench = new MechanismBench();
        var veto = new Veto();
        bench.Found(new SecurityCouncil(), veto);
        return (bench, veto);
    }

    /// <summary>A permanent member, its client (the target) and a minor state with no patron.</summary>
    private static (MechanismBench Bench, Veto Veto, int Member, int Client, int Other) ClientTargeted()
    {
        var (bench, veto) = Council();
        int member = bench.GreatPower(), client = bench.Minor(0), other = bench.Minor(1);
        bench.World.SetPatron(client, member);
        bench.World.SetPatron(other, -1);
        return (bench, veto, member, client, other);
    }

    [Test]
    public void Probability_MemberWithNoStake_NeverVetoes()
    {
        var (bench, veto) = Council();
        int member = bench.GreatPower(), a = bench.Minor(0), b = bench.Minor(1);
        bench.World.SetPatron(a, -1);
        bench.World.SetPatron(b, -1);

        double p = veto.Probability(bench.Context, member, a, b);

        Assert.That(p, Is.Zero);
    }

    [Test]
    public void Probability_ClientTargeted_RisesWithPolarisationFromTheBase()
    {
        var (bench, veto, member, client, other) = ClientTargeted();
        var un = bench.Parameters.Un;
        double Expected(double era) =>
            un.VetoBase + (1 - un.VetoBase) * ((1 - un.VetoBlocWeight) * era + un.VetoBlocWeight * bench.World.BlocPolarisation);

        double coldWar = veto.Probability(bench.Context, member, client, other);
        bench.World.Year = un.ColdWarYears;
        double after = veto.Probability(bench.Context, member, client, other);

        Assert.That(coldWar, Is.EqualTo(Expected(un.ColdWarPolarisation)).Within(1e-12));
        Assert.That(after, Is.EqualTo(Expected(un.PostColdWarPolarisation)).Within(1e-12));
        Assert.That(coldWar, Is.GreaterThan(after));
    }

    [Test]
    public void Probability_BlocsRepolariseWithinAYear_FollowsThemAtOnce()
    {
        var (bench, veto, member, client, other) = ClientTargeted();
        var un = bench.Parameters.Un;
        double Expected() =>
            un.VetoBase + (1 - un.VetoBase) * ((1 - un.VetoBlocWeight) * un.ColdWarPolarisation + un.VetoBlocWeight * bench.World.BlocPolarisation);

        bench.World.BlocPolarisation = 0;
        double united = veto.Probability(bench.Context, member, client, other);
        bench.World.BlocPolarisation = 1;
        double divided = veto.Probability(bench.Context, member, client, other);

        Assert.That(united, Is.EqualTo(Expected() - (1 - un.VetoBase) * un.VetoBlocWeight).Within(1e-12));
        Assert.That(divided, Is.EqualTo(Expected()).Within(1e-12));
    }

    [Test]
    public void Probability_ActionAgainstItself_FollowsTheEraNotFixedAtOne()
    {
        var (bench, veto) = Council();
        var un = bench.Parameters.Un;
        int member = bench.GreatPower();

        double coldWar = veto.Probability(bench.Context, member, member, bench.Minor());
        bench.World.Year = un.ColdWarYears;
        double after = veto.Probability(bench.Context, member, member, bench.Minor());

        Assert.That(coldWar, Is.GreaterThan(after));
        Assert.That(after, Is.LessThan(1));
        Assert.That(after, Is.GreaterThanOrEqualTo(un.VetoPartyBase));
    }

    [Test]
    public void Probability_MemberStandsWithTheOtherParty_DoesNotShieldTheTarget()
    {
        var (bench, veto) = Council();
        int member = bench.GreatPower(), target = bench.Minor(0), victim = bench.Minor(1);
        bench.World.SetPatron(target, member);
        bench.World.SetPatron(victim, member);

        double p = veto.Probability(bench.Context, member, target, victim);

        Assert.That(p, Is.Zero);
    }

    [Test]
    public void Probability_ClientOfABlocPartner_SmallerStakeThanOwnClient()
    {
        var (bench, veto) = Council();
        var w = bench.World;
        int member = bench.GreatPower(0), partner = bench.GreatPower(1), theirs = bench.Minor(0), own = bench.Minor(1), other = bench.Minor(2);
        for (int i = 0; i < w.StateCount; i++) w.SetBloc(i, -1);
        w.SetBloc(member, 0);
        w.SetBloc(partner, 0);
        w.SetPatron(theirs, partner);
        w.SetPatron(own, member);
        w.SetPatron(other, -1);

        double bloc = veto.Probability(bench.Context, member, theirs, other);
        double client = veto.Probability(bench.Context, member, own, other);

        Assert.That(bloc, Is.GreaterThan(0));
        Assert.That(bloc, Is.LessThan(client));
    }
}
