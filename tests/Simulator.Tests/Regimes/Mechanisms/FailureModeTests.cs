using Simulator.Randomness;
using Simulator.Regimes;
using Simulator.Regimes.Mechanisms;

namespace Simulator.Tests.Regimes.Mechanisms;

/// <summary>The failure modes every regime shares (issue 10): paralysis is not collapse, money runs out, powers leave.</summary>
public sealed class FailureModeTests
{
    private static MechanismBench Un(out SecurityCouncil council)
    {
        var bench = new MechanismBench();
        council = new SecurityCouncil();
        bench.Found(council, new Veto());
        bench.Draws[Purpose.CouncilTakeUp] = 0;     // always taken up
        bench.Draws[Purpose.ElectedVote] = 0;       // elected members vote yes
        bench.Draws[Purpose.Veto] = 0.999;          // no veto unless certain
        return bench;
    }

    [Test]
    public void SecurityCouncil_CohesionBelowStall_TakesNothingUpButTheUnLives()
    {
        var bench = Un(out var council);
        var cohesion = new CohesionCollapse();
        bench.Found(cohesion);
        bench.Context.Cohesion = (bench.Parameters.Un.StallCohesion + bench.Parameters.Un.CollapseThreshold) / 2;
        var crisis = bench.Crisis(bench.Minor(0), bench.Minor(1));

        council.OnCrisis(bench.Context, crisis);

        Assert.That(bench.Context.IsStalled, Is.True);
        Assert.That(crisis.OrganVote, Is.EqualTo(Vote.NotTakenUp));
        Assert.That(bench.Context.IsCollapsed, Is.False);
    }

    [Test]
    public void CohesionCollapse_BelowTheCollapseThreshold_EndsTheRegime()
    {
        var bench = new MechanismBench(new() { Un = new() { CollapseThreshold = 0.5 } });
        var cohesion = new CohesionCollapse();
        bench.Found(new SecurityCouncil(), cohesion);
        bench.Context.Cohesion = 0.1;

        cohesion.Upkeep(bench.Context);

        Assert.That(bench.Context.IsCollapsed, Is.True);
        Assert.That(bench.Tally[CohesionCollapse.Collapsed], Is.EqualTo(1));
    }

    [Test]
    public void CohesionCollapse_NewGreatPowers_EachCostsTheTransitionShockOnce()
    {
        // No drift from recovery or polarisation: the only change is the transitions'.
        var bench = new MechanismBench(new() { Un = new() { CohesionRecovery = 0, PolarisationDrag = 0, TransitionShock = 0.1, CollapseThreshold = 0 } });
        var cohesion = new CohesionCollapse();
        bench.Found(new SecurityCouncil(), cohesion);
        bench.Context.Cohesion = 0.9;
        int fallen = bench.GreatPower(0), risen = bench.Minor(0), alsoRisen = bench.Minor(1);

        bench.World.SetGreatPower(fallen, false);
        bench.World.SetGreatPower(risen, true);
        bench.World.SetGreatPower(alsoRisen, true);
        cohesion.Upkeep(bench.Context);
        double afterTwoRose = bench.Context.Cohesion;
        cohesion.Upkeep(bench.Context); // the same powers a year later: no transition
        double aYearLater = bench.Context.Cohesion;
        bench.World.SetGreatPower(fallen, true); // a power that fell and rose again transits again
        cohesion.Upkeep(bench.Context);

        Assert.That(afterTwoRose, Is.EqualTo(0.7).Within(1e-12));
        Assert.That(aYearLater, Is.EqualTo(0.7).Within(1e-12));
        Assert.That(bench.Context.Cohesion, Is.EqualTo(0.6).Within(1e-12));
    }

    [Test]
    public void Budget_SpentBelowOneAction_StallsTheCouncilUntilMembersPay()
    {
        var bench = Un(out var council);
        var budget = new Budget();
        bench.Found(budget);
        bench.Context.Budget = bench.Parameters.Un.OperationCost * 1.5;
        var first = bench.Crisis(bench.Minor(0), bench.Minor(1));
        council.OnCrisis(bench.Context, first);
        budget.AfterCrisis(bench.Context, first, war: false);
        var second = bench.Crisis(bench.Minor(0), bench.Minor(1));

        council.OnCrisis(bench.Context, second);
        budget.Upkeep(bench.Context);

        Assert.That(first.OrganVote, Is.EqualTo(Vote.Passed));
        Assert.That(second.OrganVote, Is.EqualTo(Vote.NotTakenUp), "no money for a second resolution");
        Assert.That(bench.Tally[Budget.InsolventYears], Is.EqualTo(1));
        Assert.That(bench.Context.IsInsolvent, Is.False, "the members' contributions came in");
    }

    [Test]
    public void SecurityCouncil_PermanentMemberThatLeft_NoLongerVetoes()
    {
        var bench = Un(out var council);
        bench.Draws[Purpose.Veto] = 0;              // a member with any stake vetoes
        int member = bench.GreatPower();
        var crisis = bench.Crisis(member, bench.Minor());
        bench.Context.IsMember[member] = false;

        council.OnCrisis(bench.Context, crisis);

        Assert.That(crisis.OrganVote, Is.Not.EqualTo(Vote.Vetoed));
        Assert.That(bench.Tally[SecurityCouncil.Vetoes], Is.Zero);
    }

    [Test]
    public void MembershipExit_AggrievedGreatPower_LeavesAndCounts()
    {
        var bench = Un(out _);
        var exit = new MembershipExit();
        bench.Found(exit);
        bench.Draws[Purpose.Defection] = 0;         // every possible exit happens
        int power = bench.GreatPower();
        bench.World.RaiseGrievance(power, bench.Minor(), 1.0);

        exit.Upkeep(bench.Context);

        Assert.That(bench.Context.IsMember[power], Is.False);
        Assert.That(bench.Tally[MembershipExit.Defections], Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public void MembershipExit_NoGrievanceFullCredibility_NobodyLeaves()
    {
        var bench = Un(out _);
        var exit = new MembershipExit();
        bench.Found(exit);
        bench.Draws[Purpose.Defection] = 0.0001;
        bench.Context.Credibility = 1;

        exit.Upkeep(bench.Context);

        Assert.That(bench.Tally[MembershipExit.Defections], Is.Zero);
        Assert.That(bench.Context.IsCollapsed, Is.False);
    }

    [Test]
    public void MemberCapability_CountsTheLivingOnly_AndOfThemTheMembers()
    {
        var bench = new MechanismBench();
        var w = bench.World;
        int conquered = bench.Minor(0), conqueror = bench.Minor(1), outside = bench.Minor(2);
        w.Conquer(conquered, conqueror);
        bench.Context.IsMember[outside] = false;
        double all = 0, members = 0;
        for (int i = 0; i < w.NextSlot; i++)
            if (w.IsAlive[i])
            {
                all += w.Capability[i];
                if (bench.Context.IsMember[i]) members += w.Capability[i];
            }

        var sums = bench.Context.MemberCapability();

        Assert.That(w.IsAlive[conquered], Is.False);
        Assert.That(sums.All, Is.EqualTo(all), "bit for bit the sum of the living in slot order");
        Assert.That(sums.Members, Is.EqualTo(members));
        Assert.That(sums.Members, Is.LessThan(sums.All));
    }
}
