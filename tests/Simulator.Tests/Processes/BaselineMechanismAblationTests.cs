using Simulator.Regimes.Mechanisms;
using Simulator.Regimes;
using Simulator.Entities;
using Simulator.Observation;
using Simulator.Parameters;

namespace Simulator.Tests.Processes;

/// <summary>
/// Each baseline mechanism of MODEL.md sections 3-4, switched off or up, moves outcomes the way the
/// literature says. Runs are paired by seed (common random numbers); an effect must exceed four
/// standard errors of the paired mean difference, a bound no seed passes by luck (p &lt; 0.0001).
/// </summary>
public sealed class BaselineMechanismAblationTests
{
    private const int Runs = 150;
    private const double Z = 4.0;

    private static Paired Compare(ModelParameters treated, ModelParameters baseline, Func<RunResult, Recorder, double> outcome)
    {
        var t = Worlds.RunMany(treated, Runs).Select(r => outcome(r.Result, r.Recorder)).ToList();
        var b = Worlds.RunMany(baseline, Runs).Select(r => outcome(r.Result, r.Recorder)).ToList();
        return Paired.Of(t, b);
    }

    private static readonly ModelParameters Defaults = new();

    [Test] // Democratic peace: jointly democratic pairs rarely fight (sf33)
    public void JointDemocracy_DemocraticPeaceOn_FewerWars()
    {
        var democratic = Defaults with { World = Defaults.World with { DemocracyShare = 0.7 } };
        var noPeace = democratic with
        {
            Crises = democratic.Crises with { JointDemocracyRisk = 1 },
            Bargaining = democratic.Bargaining with { JointDemocracy = 0 },
        };

        var effect = Compare(democratic, noPeace, (r, _) => r[WorldCounters.InterstateWars]);

        Assert.That(effect.ZScore, Is.LessThan(-Z), effect.ToString());
    }

    [Test] // Deterrence: expected allied support makes challengers back down
    public void Deterrence_AlliedSupportCounts_FewerWars()
    {
        var noDeterrence = Defaults with { Bargaining = Defaults.Bargaining with { Deterrence = 0 } };

        var effect = Compare(Defaults, noDeterrence, (r, _) => r[WorldCounters.InterstateWars]);

        Assert.That(effect.ZScore, Is.LessThan(-Z), effect.ToString());
    }

    [Test] // Commitment problem: rapid power shifts make bargains fail (Powell 2006)
    public void PowerShift_CommitmentProblemOn_MoreWars()
    {
        var noShift = Defaults with { Bargaining = Defaults.Bargaining with { PowerShift = 0 } };
        var strongShift = Defaults with { Bargaining = Defaults.Bargaining with { PowerShift = 6 } };

        var effect = Compare(strongShift, noShift, (r, _) => r[WorldCounters.InterstateWars]);

        Assert.That(effect.ZScore, Is.GreaterThan(Z), effect.ToString());
    }

    [Test] // Relapse: a recent war between the same pair raises the risk of another
    public void RecentWarRisk_On_MoreInterstateRelapses()
    {
        var noRelapseRisk = Defaults with { Crises = Defaults.Crises with { RecentWarRisk = 0 } };

        var effect = Compare(Defaults, noRelapseRisk, (r, _) => r[WorldCounters.InterstateRelapses10Years]);

        Assert.That(effect.ZScore, Is.GreaterThan(Z), effect.ToString());
    }

    [Test] // Revisionism: defeat leaves a grievance that feeds new disputes
    public void DefeatGrievance_On_MoreCrises()
    {
        var noGrievance = Defaults with { War = Defaults.War with { DefeatGrievance = 0 } };

        var effect = Compare(Defaults, noGrievance, (r, _) => r[WorldCounters.Crises]);

        Assert.That(effect.ZScore, Is.GreaterThan(Z), effect.ToString());
    }

    [Test] // Rivalry: past disputes make new ones likelier (sf34)
    public void Rivalry_On_MoreCrises()
    {
        var noRivalry = Defaults with { Crises = Defaults.Crises with { RivalryRisk = 0 } };

        var effect = Compare(Defaults, noRivalry, (r, _) => r[WorldCounters.Crises]);

        Assert.That(effect.ZScore, Is.GreaterThan(Z), effect.ToString());
    }

    [Test] // Alliances: allies join wars, so wars grow
    public void AllyJoining_On_LargerWars()
    {
        var noJoining = Defaults with { War = Defaults.War with { AllyJoinProbability = 0, AllyLateJoinProbability = 0 } };

        var effect = Compare(Defaults, noJoining, (r, _) => r[WorldCounters.GreatPowerWarEntries] + r[WorldCounters.MinorWarEntries] - 2.0 * r[WorldCounters.InterstateWars]);

        Assert.That(effect.ZScore, Is.GreaterThan(Z), effect.ToString());
    }

    private static double Joiners(RunResult r) =>
        r[WorldCounters.GreatPowerWarEntries] + r[WorldCounters.MinorWarEntries] - 2.0 * r[WorldCounters.InterstateWars];

    [Test] // Distance: wars spread to neighbours, rarely far (Boulding 1962; Siverson & Starr 1991)
    public void DistantAllyScale_StakeFallsWithDistance_FewerDistantWarDyads()
    {
        var distanceNoObject = Defaults with { War = Defaults.War with { DistantAllyScale = 10 } };

        var effect = Compare(Defaults, distanceNoObject, (r, _) => r[SystemCounters.DistantWarDyads]);

        Assert.That(effect.ZScore, Is.LessThan(-Z), effect.ToString());
    }

    [Test] // Allies weigh the odds: joining the likely loser is costly (Morrow 1994)
    public void JoinOddsWeight_On_FewerAlliesJoin()
    {
        var oddsIgnored = Defaults with { War = Defaults.War with { JoinOddsWeight = 0 } };

        var effect = Compare(Defaults, oddsIgnored, (r, _) => Joiners(r));

        Assert.That(effect.ZScore, Is.LessThan(-Z), effect.ToString());
    }

    [Test] // Defensive pacts: an ally's own attack does not invoke them (Leeds 2003)
    public void ChallengerAllyFactor_DefensivePacts_FewerAlliesJoin()
    {
        var generalPacts = Defaults with { War = Defaults.War with { ChallengerAllyFactor = 1 } };

        var effect = Compare(Defaults, generalPacts, (r, _) => Joiners(r));

        Assert.That(effect.ZScore, Is.LessThan(-Z), effect.ToString());
    }

    [Test] // Democratic peace among allies: democracies rarely join a war against a democracy (sf33)
    public void DemocraticJoinFactor_On_FewerJointlyDemocraticWarDyads()
    {
        var democratic = Defaults with { World = Defaults.World with { DemocracyShare = 0.5 } };
        var noRestraint = democratic with { War = democratic.War with { DemocraticJoinFactor = 1 } };

        var effect = Compare(democratic, noRestraint, (r, _) => r[SystemCounters.JointDemocracyWarDyads]);

        Assert.That(effect.ZScore, Is.LessThan(-Z), effect.ToString());
    }

    [Test] // Contagion: neighbours at war raise civil-conflict risk
    public void Contagion_On_MoreCivilConflicts()
    {
        var strongContagion = Defaults with { Civil = Defaults.Civil with { ContagionRisk = 3 } };
        var noContagion = Defaults with { Civil = Defaults.Civil with { ContagionRisk = 0 } };

        var effect = Compare(strongContagion, noContagion, (r, _) => r[WorldCounters.CivilWars]);

        Assert.That(effect.ZScore, Is.GreaterThan(Z), effect.ToString());
    }

    [Test] // Conflict trap: fragile states fight more civil wars
    public void Fragility_Stronger_MoreCivilConflicts()
    {
        var weakEffect = Defaults with { Civil = Defaults.Civil with { FragilityEffect = 0 } };

        var effect = Compare(Defaults, weakEffect, (r, _) => r[WorldCounters.CivilWars]);

        Assert.That(effect.ZScore, Is.GreaterThan(Z), effect.ToString());
    }

    [Test] // State death: crushed minor losers can be conquered; switched off, none are
    public void Conquest_Off_NoStateDies()
    {
        var noConquest = Defaults with { War = Defaults.War with { ConquestProbability = 0 } };

        var on = Worlds.RunMany(Defaults, 50).Sum(r => r.Result[WorldCounters.StatesConquered]);
        var off = Worlds.RunMany(noConquest, 50).Sum(r => r.Result[WorldCounters.StatesConquered]);

        Assert.That(on, Is.GreaterThan(0));
        Assert.That(off, Is.Zero);
    }

    [Test] // Toft 2010, Fortna 2008: victories leave a more durable peace than ceasefires
    public void CivilRelapse_AfterCeasefire_HigherThanAfterGovernmentVictory()
    {
        var runs = Worlds.RunMany(Defaults, 300);
        var (p1, se1, ceasefires) = CivilPeace.RelapseShare(runs, 10, e => e.EndedBy == EndReason.Ceasefire);
        var (p2, se2, victories) = CivilPeace.RelapseShare(runs, 10, e => e.EndedBy == EndReason.GovernmentVictory);
        double se = Math.Sqrt(se1 * se1 + se2 * se2);

        Assert.That((p1 - p2) / se, Is.GreaterThan(Z), $"ceasefire {p1:P1} of {ceasefires}, victory {p2:P1} of {victories}");
    }
}
