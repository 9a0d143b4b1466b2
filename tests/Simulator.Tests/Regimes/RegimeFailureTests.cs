using Simulator.Observation;
using Simulator.Parameters;
using Simulator.Regimes;
using Simulator.Regimes.Mechanisms;

namespace Simulator.Tests.Regimes;

/// <summary>
/// Issue 10: every regime has the same four failure modes (cohesion, credibility, budget, great-power
/// defection), every regime can fail and none is doomed by construction, and each mode, switched off,
/// moves collapse or strength the way expected. Paired by seed; effects must exceed four standard errors.
/// </summary>
public sealed class RegimeFailureTests
{
    private const double Z = 4.0;
    private static readonly ModelParameters Defaults = new();
    private static readonly string[] FailureModes =
        [MechanismNames.CohesionCollapse, MechanismNames.CredibilityCollapse, MechanismNames.Budget, MechanismNames.MembershipExit];

    private static double Lifetime((RunResult Result, Recorder Recorder) run) => RegimeAblationTests.Lifetime(run);

    private static double MeanStrength((RunResult Result, Recorder Recorder) run) => run.Recorder.Years.Average(y => y.RegimeStrength);

    [TestCase("concert")]
    [TestCase("league")]
    [TestCase("un")]
    public void BuiltIn_HasEveryFailureMode(string regime)
    {
        var mechanisms = RegimeCatalog.Definition(regime).Mechanisms;

        Assert.That(FailureModes.All(mechanisms.Contains), Is.True, string.Join(", ", mechanisms));
    }

    [TestCase("concert")]
    [TestCase("league")]
    [TestCase("un")]
    public void BuiltIn_WithoutFailureModes_NeverCollapses(string regime)
    {
        var runs = Worlds.RunMany(Defaults, Worlds.Regime(regime, remove: FailureModes), 40);

        Assert.That(runs.Count(r => r.Result.YearOf(RegimeCounters.CollapseYear) is not null), Is.Zero);
    }

    /// <summary>Each failure mode made to bite, for each regime: it alone can end the regime (none is reserved to one institution).</summary>
    [TestCase("concert", MechanismNames.CohesionCollapse)]
    [TestCase("concert", MechanismNames.CredibilityCollapse)]
    [TestCase("concert", MechanismNames.Budget)]
    [TestCase("concert", MechanismNames.MembershipExit)]
    [TestCase("league", MechanismNames.CohesionCollapse)]
    [TestCase("league", MechanismNames.CredibilityCollapse)]
    [TestCase("league", MechanismNames.Budget)]
    [TestCase("league", MechanismNames.MembershipExit)]
    [TestCase("un", MechanismNames.CohesionCollapse)]
    [TestCase("un", MechanismNames.CredibilityCollapse)]
    [TestCase("un", MechanismNames.Budget)]
    [TestCase("un", MechanismNames.MembershipExit)]
    public void FailureMode_MadeToBite_EndsEveryRegime(string regime, string mode)
    {
        var harsh = Harsh(mode);
        var others = FailureModes.Where(m => m != mode).ToArray();

        var runs = Worlds.RunMany(harsh, Worlds.Regime(regime, remove: others), 30);

        Assert.That(runs.Count(r => r.Result.YearOf(RegimeCounters.CollapseYear) is not null), Is.GreaterThan(15));
    }

    /// <summary>Parameters under which one failure mode bites hard, the same for every regime family.</summary>
    private static ModelParameters Harsh(string mode) => mode switch
    {
        MechanismNames.CohesionCollapse => Defaults with
        {
            Concert = Defaults.Concert with { PolarisationDrag = 0.5, CollapseThreshold = 0.3 },
            League = Defaults.League with { PolarisationDrag = 0.5, CollapseThreshold = 0.3 },
            Un = Defaults.Un with { PolarisationDrag = 0.5, CollapseThreshold = 0.3 },
        },
        MechanismNames.CredibilityCollapse => Defaults with
        {
            Concert = Defaults.Concert with { UnansweredCost = 0.5, CredibilityRecovery = 0, CollapseCredibility = 0.5 },
            League = Defaults.League with { UnansweredCost = 0.5, CredibilityRecovery = 0, CollapseCredibility = 0.5 },
            Un = Defaults.Un with { UnansweredCost = 0.5, CredibilityRecovery = 0, CollapseCredibility = 0.5 },
        },
        MechanismNames.Budget => Defaults with
        {
            Concert = Defaults.Concert with { BudgetIncome = 0.001, OperationCost = 0.2, InsolvencyYears = 3 },
            League = Defaults.League with { BudgetIncome = 0.001, OperationCost = 0.2, InsolvencyYears = 3 },
            Un = Defaults.Un with { BudgetIncome = 0.001, OperationCost = 0.2, InsolvencyYears = 3 },
        },
        // Every great power leaves as soon as it can.
        _ => Defaults with
        {
            Concert = Defaults.Concert with { ExitGrievance = 0, GrievanceExit = 1, CollapseMemberShare = 0.9 },
            League = Defaults.League with { ExitGrievance = 0, GrievanceExit = 1, CollapseMemberShare = 0.9 },
            Un = Defaults.Un with { ExitGrievance = 0, GrievanceExit = 1, CollapseMemberShare = 0.9 },
        },
    };

    [Test] // Cohesion: the Concert's main failure; without it the Concert lasts longer
    public void Concert_WithoutCohesionCollapse_LastsLonger()
    {
        var effect = Paired.Of(
            Worlds.RunMany(Defaults, Worlds.Regime("concert", remove: [MechanismNames.CohesionCollapse]), 100).Select(Lifetime).ToList(),
            Worlds.RunMany(Defaults, Worlds.Regime("concert"), 100).Select(Lifetime).ToList());

        Assert.That(effect.ZScore, Is.GreaterThan(Z), effect.ToString());
    }

    [Test] // Credibility: unanswered aggression and vetoes weaken the UN's word; without the mechanism its resolutions deter more
    public void Un_WithoutCredibilityCollapse_LowerExpectedEscalation()
    {
        static double ExpectedEscalations((RunResult Result, Recorder Recorder) run) => run.Recorder.Crises.Sum(c => c.PWar);

        var effect = Paired.Of(
            Worlds.RunMany(Defaults, Worlds.Regime("un", remove: [MechanismNames.CredibilityCollapse]), 300).Select(ExpectedEscalations).ToList(),
            Worlds.RunMany(Defaults, Worlds.Regime("un"), 300).Select(ExpectedEscalations).ToList());

        Assert.That(effect.ZScore, Is.LessThan(-Z), effect.ToString());
    }

    [Test] // Credibility: without it the League lasts longer
    public void League_WithoutCredibilityCollapse_LastsLonger()
    {
        var effect = Paired.Of(
            Worlds.RunMany(Defaults, Worlds.Regime("league", remove: [MechanismNames.CredibilityCollapse]), 600).Select(Lifetime).ToList(),
            Worlds.RunMany(Defaults, Worlds.Regime("league"), 600).Select(Lifetime).ToList());

        Assert.That(effect.ZScore, Is.GreaterThan(Z), effect.ToString());
    }

    [Test] // Budget: arrears hold missions back and stall the Council; without the constraint it sends more missions
    public void Un_WithoutBudget_MoreMissions()
    {
        var without = Worlds.RunMany(Defaults, Worlds.Regime("un", remove: [MechanismNames.Budget]), 100);
        var with = Worlds.RunMany(Defaults, Worlds.Regime("un"), 100);
        var missions = Paired.Of(without.Select(r => r.Result[Peacekeeping.Deployed]).ToList(), with.Select(r => r.Result[Peacekeeping.Deployed]).ToList());

        Assert.That(with.Sum(r => r.Result[Budget.InsolventYears]), Is.GreaterThan(0));
        Assert.That(missions.ZScore, Is.GreaterThan(Z), missions.ToString());
    }

    [Test] // Paralysis is not collapse: a Council that cannot stall passes more resolutions, while the UN lives as long
    public void Un_CannotStall_MoreResolutions()
    {
        var never = Defaults with { Un = Defaults.Un with { StallCohesion = 0 } };

        var unstalled = Worlds.RunMany(never, Worlds.Regime("un", remove: [MechanismNames.Budget]), 400);
        var usual = Worlds.RunMany(Defaults, Worlds.Regime("un", remove: [MechanismNames.Budget]), 400);
        var resolutions = Paired.Of(unstalled.Select(r => r.Result[SecurityCouncil.Resolutions]).ToList(), usual.Select(r => r.Result[SecurityCouncil.Resolutions]).ToList());

        Assert.That(usual.Sum(r => r.Result[CohesionCollapse.StalledYears]), Is.GreaterThan(0));
        Assert.That(unstalled.Sum(r => r.Result[CohesionCollapse.StalledYears]), Is.Zero);
        Assert.That(resolutions.ZScore, Is.GreaterThan(Z), resolutions.ToString());
    }

    [Test] // Defection: permanent members that walk out no longer veto (FailureMode_MadeToBite shows it can end the UN)
    public void Un_PermanentMembersDefect_FewerVetoes()
    {
        var walkout = Defaults with { Un = Defaults.Un with { DefectionHazard = 0.2 } };

        var defecting = Worlds.RunMany(walkout, Worlds.Regime("un"), 60);
        var usual = Worlds.RunMany(Defaults, Worlds.Regime("un"), 60);
        var vetoes = Paired.Of(defecting.Select(r => r.Result[SecurityCouncil.Vetoes]).ToList(), usual.Select(r => r.Result[SecurityCouncil.Vetoes]).ToList());

        Assert.That(vetoes.ZScore, Is.LessThan(-Z), vetoes.ToString());
        Assert.That(defecting.Sum(r => r.Result[MembershipExit.Defections]), Is.GreaterThan(usual.Sum(r => r.Result[MembershipExit.Defections])));
    }

    [Test] // Issue 10: the veto follows the era. A Council living in a Cold War vetoes more than one living after it
    public void Un_HigherPolarisation_MoreVetoes()
    {
        var coldWar = Defaults with { Un = Defaults.Un with { ColdWarYears = 2000 } };
        var detente = Defaults with { Un = Defaults.Un with { ColdWarYears = 0, PostColdWarYears = 2000 } };

        var high = Worlds.RunMany(coldWar, Worlds.Regime("un", remove: FailureModes), 60).Select(r => r.Result[SecurityCouncil.Vetoes]).ToList();
        var low = Worlds.RunMany(detente, Worlds.Regime("un", remove: FailureModes), 60).Select(r => r.Result[SecurityCouncil.Vetoes]).ToList();
        var effect = Paired.Of(high, low);

        Assert.That(effect.ZScore, Is.GreaterThan(Z), effect.ToString());
        // The record: about 120 vetoes in 1946-89 against about 30 in 1990-2015, some 2.3 times the yearly rate. The
        // model gives 1.34 in the world of issue 10 (1.9 before heavy-tailed power and selective alliance calls):
        // the direction holds, the size is short of the record's (a calibration item, issue 11).
        Assert.That(high.Sum() / low.Sum(), Is.GreaterThan(1.2));
    }

    [Test] // Issue 10: no veto is left to a fixed rule; with no base and no polarisation nobody vetoes (VetoTests: no stake, no veto)
    public void Un_ZeroBasesAndNoPolarisation_NoVetoes()
    {
        var disinterested = Defaults with { Un = Defaults.Un with { VetoPartyBase = 0, VetoBase = 0, VetoBlocShare = 0, VetoBlocWeight = 0,
            ColdWarPolarisation = 0, PostColdWarPolarisation = 0, LaterPolarisation = 0 } };

        var runs = Worlds.RunMany(disinterested, Worlds.Regime("un"), 30);

        Assert.That(runs.Sum(r => r.Result[SecurityCouncil.Vetoes]), Is.Zero);
    }
}
