using Simulator.Randomness;
using Simulator.Regimes;
using Simulator.Regimes.Mechanisms;

namespace Simulator.Tests.Regimes.Mechanisms;

public sealed class SecurityCouncilTests
{
    [Test]
    public void OnCrisis_PermanentMemberIsTheChallengerWithVeto_VetoesAndCountsIt()
    {
        var bench = new MechanismBench();
        var council = new SecurityCouncil();
        bench.Found(council, new Veto());
        bench.Draws[Purpose.CouncilTakeUp] = 0;     // taken up
        bench.Draws[Purpose.Veto] = 0;              // below the party's veto probability in any era
        var crisis = bench.Crisis(bench.GreatPower(), bench.Minor());

        council.OnCrisis(bench.Context, crisis);

        Assert.That(crisis.OrganVote, Is.EqualTo(Vote.Vetoed));
        Assert.That(bench.Tally[SecurityCouncil.Vetoes], Is.EqualTo(1));
        Assert.That(crisis.PWar, Is.EqualTo(0.5));
    }

    [Test]
    public void OnCrisis_PermanentMemberIsTheChallengerWithoutVeto_IsNotBlocked()
    {
        var bench = new MechanismBench();
        var council = new SecurityCouncil();
        bench.Found(council);
        bench.Draws[Purpose.CouncilTakeUp] = 0;
        bench.Draws[Purpose.Veto] = 0;
        bench.Draws[Purpose.ElectedVote] = 0;       // every elected member votes yes
        var crisis = bench.Crisis(bench.GreatPower(), bench.Minor());

        council.OnCrisis(bench.Context, crisis);

        Assert.That(crisis.OrganVote, Is.EqualTo(Vote.Passed));
        Assert.That(bench.Tally[SecurityCouncil.Vetoes], Is.Zero);
        Assert.That(bench.Tally[SecurityCouncil.Resolutions], Is.EqualTo(1));
        Assert.That(crisis.PWar, Is.EqualTo(0.5 * (1 - bench.Parameters.Un.CouncilCrisisEffect)).Within(1e-15));
    }

    [Test]
    public void OnCrisis_TakeUpDrawAboveTheChance_NotTakenUp()
    {
        var bench = new MechanismBench();
        var council = new SecurityCouncil();
        bench.Found(council, new Veto());
        bench.Draws[Purpose.CouncilTakeUp] = bench.Parameters.Un.TakeUp + 0.01;
        var crisis = bench.Crisis(bench.Minor(0), bench.Minor(1));

        council.OnCrisis(bench.Context, crisis);

        Assert.That(crisis.OrganVote, Is.EqualTo(Vote.NotTakenUp));
    }

    [Test]
    public void OnCrisis_EarlyWarning_TakesUpACrisisTheCouncilAloneWouldNot()
    {
        var bench = new MechanismBench();
        var council = new SecurityCouncil();
        bench.Found(council, new EarlyWarning());
        bench.Draws[Purpose.CouncilTakeUp] = bench.Parameters.Un.TakeUp + 0.01;
        var crisis = bench.Crisis(bench.Minor(0), bench.Minor(1));

        council.OnCrisis(bench.Context, crisis);

        Assert.That(crisis.OrganVote, Is.Not.EqualTo(Vote.NotTakenUp));
    }
}
