using Simulator.Regimes.Mechanisms;
using Simulator.Entities;
using Simulator.Observation;
using Simulator.Parameters;
using Simulator.Regimes;

namespace Simulator.Tests.Regimes;

/// <summary>
/// Each mechanism of MODEL.md section 5, switched off, moves outcomes the way the literature says.
/// Runs are paired by seed (common random numbers) and an effect must exceed four standard errors of
/// the paired mean difference. Small mechanisms are judged on expected escalations (Σ p_war over a
/// run's crises), a smooth outcome that the mechanism moves directly.
/// </summary>
public sealed class RegimeAblationTests
{
    private const int Runs = 150;
    private const double Z = 4.0;
    private static readonly ModelParameters Defaults = new();

    private static Paired Compare(Func<IRegime> treated, Func<IRegime> baseline, Func<RunResult, Recorder, double> outcome,
        ModelParameters? parameters = null, int runs = Runs)
    {
        var t = Worlds.RunMany(parameters ?? Defaults, treated, runs).Select(r => outcome(r.Result, r.Recorder)).ToList();
        var b = Worlds.RunMany(parameters ?? Defaults, baseline, runs).Select(r => outcome(r.Result, r.Recorder)).ToList();
        return Paired.Of(t, b);
    }

    private static double ExpectedEscalations(RunResult _, Recorder recorder) => recorder.Crises.Sum(c => c.PWar);

    private static double WarYears(RunResult _, Recorder recorder) =>
        recorder.Episodes.Where(e => e.Kind == EpisodeKind.Interstate).Sum(e => (e.EndYear ?? 199) - e.StartYear + 1);

    [Test] // The Council's veto paralyses it: without the veto the UN prevents more wars
    public void Un_WithoutVeto_FewerWars()
    {
        var effect = Compare(Worlds.Regime("un", remove: [MechanismNames.Veto]), Worlds.Regime("un"), (r, _) => r[WorldCounters.InterstateWars]);

        Assert.That(effect.ZScore, Is.LessThan(-Z), effect.ToString());
    }

    [Test] // Fortna 2008: peacekeepers lower the risk of renewed fighting
    public void Un_Peacekeeping_FewerCivilRelapses()
    {
        var effect = Compare(Worlds.Regime("un"), Worlds.Regime("un", remove: [MechanismNames.Peacekeeping]), (r, _) => r[WorldCounters.CivilRelapses10Years]);

        Assert.That(effect.ZScore, Is.LessThan(-Z), effect.ToString());
    }

    [Test] // sf52 (Collier, Hoeffler & Soderbom 2008): doubling peacekeeping spending lowers relapse into civil war.
           // Twice the missions at once and twice the money for them: with the budget, capacity alone buys little.
    public void Un_DoubledPeacekeepingCapacity_FewerCivilRelapses()
    {
        var doubled = Defaults with
        {
            Un = Defaults.Un with { PeacekeepingCapacityColdWar = 2, PeacekeepingCapacityLater = 8, MissionCost = Defaults.Un.MissionCost / 2 },
        };

        var more = Worlds.RunMany(doubled, Worlds.Regime("un"), 300).Select(r => (double)r.Result[WorldCounters.CivilRelapses10Years]).ToList();
        var usual = Worlds.RunMany(Defaults, Worlds.Regime("un"), 300).Select(r => (double)r.Result[WorldCounters.CivilRelapses10Years]).ToList();
        var effect = Paired.Of(more, usual);

        Assert.That(effect.ZScore, Is.LessThan(-Z), effect.ToString());
    }

    [Test] // Doyle & Sambanis 2000: multidimensional mandates lower fragility, so fewer civil wars
    public void Un_Peacebuilding_FewerCivilWars()
    {
        var strong = Defaults with { Un = Defaults.Un with { PeacebuildingShare = 1, PeacebuildingPerYear = 0.05 } };

        var effect = Compare(Worlds.Regime("un"), Worlds.Regime("un", remove: [MechanismNames.Peacebuilding]), (r, _) => r[WorldCounters.CivilWars], strong);

        Assert.That(effect.ZScore, Is.LessThan(-Z), effect.ToString());
    }

    [Test] // The Security Council's resolutions lower escalation of the crises it takes up
    public void Un_SecurityCouncil_LowerExpectedEscalation()
    {
        var effect = Compare(Worlds.Regime("un"), Worlds.Regime("un", remove: [MechanismNames.SecurityCouncil]), ExpectedEscalations);

        Assert.That(effect.ZScore, Is.LessThan(-Z), effect.ToString());
    }

    [Test] // Good offices mediate at the crisis stage, independent of the veto
    public void Un_GoodOffices_LowerExpectedEscalation()
    {
        var effect = Compare(Worlds.Regime("un"), Worlds.Regime("un", remove: [MechanismNames.GoodOffices]), ExpectedEscalations);

        Assert.That(effect.ZScore, Is.LessThan(-Z), effect.ToString());
    }

    [Test] // Early warning brings more crises before the Council
    public void Un_EarlyWarning_MoreResolutionsAndLowerExpectedEscalation()
    {
        var resolutions = Compare(Worlds.Regime("un"), Worlds.Regime("un", remove: [MechanismNames.EarlyWarning]), (r, _) => r[SecurityCouncil.Resolutions]);
        var escalation = Compare(Worlds.Regime("un"), Worlds.Regime("un", remove: [MechanismNames.EarlyWarning]), ExpectedEscalations);

        Assert.That(resolutions.ZScore, Is.GreaterThan(Z), resolutions.ToString());
        Assert.That(escalation.ZScore, Is.LessThan(-Z), escalation.ToString());
    }

    [Test] // Uniting for Peace acts when a veto deadlocks the Council
    public void Un_UnitingForPeace_LowerExpectedEscalation()
    {
        // An Assembly that always convenes and acts strongly, so its effect stands out of the noise.
        var strong = Defaults with { Un = Defaults.Un with { UnitingForPeace = 1, AssemblyEffect = 0.8 } };

        var effect = Compare(Worlds.Regime("un"), Worlds.Regime("un", remove: [MechanismNames.UnitingForPeace]), ExpectedEscalations, strong);

        Assert.That(effect.ZScore, Is.LessThan(-Z), effect.ToString());
    }

    [Test] // Charter arts. 11 and 14: on crises the Council leaves alone, the Assembly's recommendations lower escalation a little
    public void Un_AssemblyRecommendation_LowerExpectedEscalation()
    {
        // An Assembly that takes up every such crisis and is heeded, so its effect stands out of the noise.
        var strong = Defaults with
        {
            Mechanisms = Defaults.Mechanisms.With(MechanismNames.AssemblyRecommendation, new AssemblyRecommendationOptions { TakeUp = 1, Effect = 0.5 }),
        };

        var effect = Compare(Worlds.Regime("un"), Worlds.Regime("un", remove: [MechanismNames.AssemblyRecommendation]), ExpectedEscalations, strong);
        var usual = Worlds.RunMany(Defaults, Worlds.Regime("un"), 60);

        Assert.That(effect.ZScore, Is.LessThan(-Z), effect.ToString());
        Assert.That(usual.Sum(r => r.Result[AssemblyRecommendation.Recommendations]), Is.GreaterThan(0));
        Assert.That(usual.Sum(r => r.Result[AssemblyRecommendation.Type.Prevented!]), Is.GreaterThan(0));
    }

    [Test] // UN peacemaking after the Cold War: mediated civil wars end sooner, more of them in peace agreements
    public void Un_CivilMediation_ShorterCivilWarsMoreAgreements()
    {
        static double CivilWarYears(RunResult _, Recorder recorder) =>
            recorder.Episodes.Where(e => e.Kind == EpisodeKind.Civil).Sum(e => (e.EndYear ?? 199) - e.StartYear + 1);
        static double Agreements(RunResult _, Recorder recorder) =>
            recorder.Episodes.Count(e => e.Kind == EpisodeKind.Civil && e.EndedBy == EndReason.PeaceAgreement);

        var years = Compare(Worlds.Regime("un"), Worlds.Regime("un", remove: [MechanismNames.CivilMediation]), CivilWarYears);
        var agreements = Compare(Worlds.Regime("un"), Worlds.Regime("un", remove: [MechanismNames.CivilMediation]), Agreements);

        Assert.That(years.ZScore, Is.LessThan(-Z), years.ToString());
        Assert.That(agreements.ZScore, Is.GreaterThan(Z), agreements.ToString());
    }

    [Test] // The Cold War closes the Council to civil wars: no envoys while it lasts
    public void Un_CivilMediation_ColdWarThroughout_NoMediation()
    {
        var frozen = Defaults with { Un = Defaults.Un with { ColdWarYears = Defaults.Years } };

        var coldWar = Worlds.RunMany(frozen, Worlds.Regime("un"), 40);
        var usual = Worlds.RunMany(Defaults, Worlds.Regime("un"), 40);

        Assert.That(coldWar.Sum(r => r.Result[CivilMediation.Mediations]), Is.Zero);
        Assert.That(usual.Sum(r => r.Result[CivilMediation.Mediations]), Is.GreaterThan(0));
        Assert.That(usual.Sum(r => r.Result[CivilMediation.Vetoed]), Is.GreaterThan(0), "permanent members shield themselves and their clients");
    }

    [Test] // Ceasefire directives shorten wars
    public void Un_CeasefireDirective_ShorterWars()
    {
        var effect = Compare(Worlds.Regime("un"), Worlds.Regime("un", remove: [MechanismNames.CeasefireDirective]), WarYears);

        Assert.That(effect.ZScore, Is.LessThan(-Z), effect.ToString());
    }

    [Test] // Council sanctions raise the cost of aggression and sometimes stop it
    public void Un_CouncilSanctions_ShorterWars()
    {
        var strong = Defaults with { Un = Defaults.Un with { SanctionSuccess = 0.6, SanctionCost = 0.1 } };

        var effect = Compare(Worlds.Regime("un"), Worlds.Regime("un", remove: [MechanismNames.CouncilSanctions]), WarYears, strong, runs: 500);

        Assert.That(effect.ZScore, Is.LessThan(-Z), effect.ToString());
    }

    [Test] // Collective military action ends wars by defeating the aggressor
    public void Un_CollectiveAction_ImposesEndings()
    {
        var frequent = Defaults with { Un = Defaults.Un with { CollectiveAction = 0.5 } };

        var on = Worlds.RunMany(frequent, Worlds.Regime("un"), 60);
        var off = Worlds.RunMany(frequent, Worlds.Regime("un", remove: [MechanismNames.CollectiveAction]), 60);

        Assert.That(on.Sum(r => r.Result[RegimeCounters.CollectiveActions]), Is.GreaterThan(0));
        Assert.That(off.Sum(r => r.Result[RegimeCounters.CollectiveActions]), Is.Zero);
        var imposed = Paired.Of(
            on.Select(r => (double)r.Recorder.Episodes.Count(e => e.EndedBy == EndReason.Imposed)).ToList(),
            off.Select(r => (double)r.Recorder.Episodes.Count(e => e.EndedBy == EndReason.Imposed)).ToList());
        Assert.That(imposed.ZScore, Is.GreaterThan(Z), imposed.ToString());
    }

    [Test] // The Concert's congresses lower escalation while the powers are cohesive
    public void Concert_Congress_FewerWarsThanNone()
    {
        var effect = Compare(Worlds.Regime("concert"), () => new NoRegime(), ExpectedEscalations);

        Assert.That(effect.ZScore, Is.LessThan(-Z), effect.ToString());
    }

    [Test] // A Concert whose cohesion cannot fall never collapses by cohesion, and lasts longer; with the defaults it usually collapses
    public void Concert_CohesionCannotFall_NeverCollapsesByCohesionAndLastsLonger()
    {
        var steadfast = Defaults with { Concert = Defaults.Concert with { PolarisationDrag = 0, TransitionShock = 0, GreatPowerWarShock = 0 } };

        var usual = Worlds.RunMany(Defaults, Worlds.Regime("concert"), 60);
        var never = Worlds.RunMany(steadfast, Worlds.Regime("concert"), 60);
        var lifetime = Paired.Of(never.Select(Lifetime).ToList(), usual.Select(Lifetime).ToList());

        Assert.That(usual.Count(r => r.Result.YearOf(RegimeCounters.CollapseYear) is not null), Is.GreaterThan(30));
        Assert.That(never.Sum(r => r.Result[CohesionCollapse.Collapsed]), Is.Zero);
        Assert.That(lifetime.ZScore, Is.GreaterThan(Z), lifetime.ToString());
    }

    /// <summary>Years the regime lasted: its collapse year, or the horizon.</summary>
    internal static double Lifetime((RunResult Result, Recorder Recorder) run) =>
        run.Result.YearOf(RegimeCounters.CollapseYear) ?? run.Result[WorldCounters.Years];

    [Test] // Concert plus peacekeeping: mechanisms compose across regimes
    public void Concert_PlusPeacekeeping_DeploysAndLowersCivilRelapse()
    {
        // A Concert that lasts, so that its congresses can mandate missions all run long.
        var steadfast = Defaults with { Concert = Defaults.Concert with { PolarisationDrag = 0, TransitionShock = 0, GreatPowerWarShock = 0 } };

        var effect = Compare(Worlds.Regime("concert", add: [MechanismNames.Peacekeeping]), Worlds.Regime("concert"),
            (r, _) => r[WorldCounters.CivilRelapses10Years], steadfast);
        var deployed = Worlds.RunMany(steadfast, Worlds.Regime("concert", add: [MechanismNames.Peacekeeping]), 20).Sum(r => r.Result[Peacekeeping.Deployed]);

        Assert.That(deployed, Is.GreaterThan(0));
        Assert.That(effect.ZScore, Is.LessThan(-Z), effect.ToString());
    }

    [Test] // Covenant articles 10 and 16: the pledge deters aggressors
    public void League_Pledge_LowerExpectedEscalation()
    {
        var effect = Compare(Worlds.Regime("league"), Worlds.Regime("league", remove: [MechanismNames.Pledge]), ExpectedEscalations);

        Assert.That(effect.ZScore, Is.LessThan(-Z), effect.ToString());
    }

    [Test] // Referral and arbitration settle disputes
    public void League_Referral_LowerExpectedEscalation()
    {
        var everyDispute = Defaults with { League = Defaults.League with { ReferralMinor = 1, ReferralGreatPower = 1, AllyBlock = 0 } };

        // A League that lasts (no failure modes), so that referral acts all run long.
        string[] failure = [MechanismNames.CohesionCollapse, MechanismNames.CredibilityCollapse, MechanismNames.Budget, MechanismNames.MembershipExit];

        var effect = Compare(Worlds.Regime("league", remove: failure), Worlds.Regime("league", remove: [MechanismNames.Referral, .. failure]),
            ExpectedEscalations, everyDispute);

        Assert.That(effect.ZScore, Is.LessThan(-Z), effect.ToString());
    }

    [Test] // Unanimity: with every allied seat blocking, fewer referrals are settled
    public void League_StrictUnanimity_FewerSettlements()
    {
        var strict = Defaults with { League = Defaults.League with { AllyBlock = 1 } };

        var effect = Compare(Worlds.Regime("league"), Worlds.Regime("league"), (r, _) => r[Referral.Settled], strict);
        var loose = Worlds.RunMany(Defaults, Worlds.Regime("league"), Runs).Select(r => (double)r.Result[Referral.Settled]).ToList();
        var tight = Worlds.RunMany(strict, Worlds.Regime("league"), Runs).Select(r => (double)r.Result[Referral.Settled]).ToList();
        var paired = Paired.Of(tight, loose);

        Assert.That(effect.MeanDifference, Is.Zero, "same parameters, same seeds: identical");
        Assert.That(paired.ZScore, Is.LessThan(-Z), paired.ToString());
    }

    [Test] // League military action (rare) ends wars; without it none are imposed that way
    public void League_MilitaryAction_Off_NoCollectiveAction()
    {
        var on = Worlds.RunMany(Defaults, Worlds.Regime("league"), 60).Sum(r => r.Result[RegimeCounters.CollectiveActions]);
        var off = Worlds.RunMany(Defaults, Worlds.Regime("league", remove: [MechanismNames.MilitaryAction]), 60).Sum(r => r.Result[RegimeCounters.CollectiveActions]);

        Assert.That(on, Is.GreaterThan(0));
        Assert.That(off, Is.Zero);
    }

    [Test] // Unanswered aggression erodes credibility: a League that loses none lasts longer
    public void League_UnansweredAggressionFree_LastsLonger()
    {
        var forgiving = Defaults with { League = Defaults.League with { UnansweredCost = 0 } };

        var usual = Worlds.RunMany(Defaults, Worlds.Regime("league"), 600);
        var spared = Worlds.RunMany(forgiving, Worlds.Regime("league"), 600);
        var lifetime = Paired.Of(spared.Select(Lifetime).ToList(), usual.Select(Lifetime).ToList());

        Assert.That(usual.Sum(r => r.Result[CredibilityCollapse.Collapsed]), Is.GreaterThan(spared.Sum(r => r.Result[CredibilityCollapse.Collapsed])));
        Assert.That(lifetime.ZScore, Is.GreaterThan(Z), lifetime.ToString());
    }

    [Test] // Revisionist great powers leave, shrinking the League until it collapses sooner
    public void League_MembershipExit_CollapsesSooner()
    {
        // Every great power a member, and a League that cannot survive losing any of them.
        var revisionist = Defaults with
        {
            League = Defaults.League with { NonMemberGreatPowers = 0, ExitGrievance = 0.3, UnansweredCost = 0, CollapseMemberShare = 0.9 },
        };

        var withExit = Worlds.RunMany(revisionist, Worlds.Regime("league"), 100);
        var without = Worlds.RunMany(revisionist, Worlds.Regime("league", remove: [MechanismNames.MembershipExit]), 100);
        var lifetime = Paired.Of(withExit.Select(Lifetime).ToList(), without.Select(Lifetime).ToList());

        Assert.That(withExit.Sum(r => r.Result[MembershipExit.Collapsed]), Is.GreaterThan(0));
        Assert.That(without.Sum(r => r.Result[MembershipExit.Collapsed]), Is.Zero);
        Assert.That(lifetime.ZScore, Is.LessThan(-Z), lifetime.ToString());
    }

    [Test] // Article 16 sanctions sometimes make the aggressor stop: more wars end by the League's hand
    public void League_Sanctions_MoreWarsEndedByTheLeague()
    {
        static double Imposed(RunResult _, Recorder recorder) => recorder.Episodes.Count(e => e.EndedBy == EndReason.Imposed);

        var effective = Defaults with { League = Defaults.League with { SanctionSuccess = 1 } };

        var effect = Compare(Worlds.Regime("league"), Worlds.Regime("league", remove: [MechanismNames.LeagueSanctions]), Imposed, effective, runs: 300);

        Assert.That(effect.ZScore, Is.GreaterThan(Z), effect.ToString());
    }

    [Test] // League sanctions stop aggressors only rarely; without them none succeed
    public void League_Sanctions_SucceedSometimes()
    {
        var on = Worlds.RunMany(Defaults, Worlds.Regime("league"), 60);
        var off = Worlds.RunMany(Defaults, Worlds.Regime("league", remove: [MechanismNames.LeagueSanctions]), 60);

        Assert.That(on.Sum(r => r.Result[RegimeCounters.SanctionsSucceeded]), Is.GreaterThan(0));
        Assert.That(off.Sum(r => r.Result[RegimeCounters.Sanctions]), Is.Zero);
    }
}
