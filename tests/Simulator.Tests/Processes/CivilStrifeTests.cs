using System.Runtime.Intrinsics;
using Simulator.Engine;
using Simulator.Entities;
using Simulator.Observation;
using Simulator.Parameters;
using Simulator.Processes;
using Simulator.Randomness;
using Simulator.Regimes;

namespace Simulator.Tests.Processes;

/// <summary>
/// The civil-conflict mechanisms of MODEL.md section 3.7 move outcomes the way the literature says:
/// onset by the state's covariates, duration and ending by the balance of forces and outside support,
/// relapse by what the ending left, deaths by the state's size. Rates are compared with a tolerance
/// derived from their standard errors (four of them: no seed passes by luck).
/// </summary>
public sealed class CivilStrifeTests
{
    private const double Z = 4.0;
    private const int Runs = 150;
    private static readonly ModelParameters Defaults = new();

    private sealed class Silent : IObserver;

    /// <summary>
    /// Onsets and state-years at risk in each class of state, and each ended conflict's deaths and years
    /// by the class of its state at onset, with only civil strife running (no wars, no growth).
    /// </summary>
    private static (double[] Onsets, double[] Exposure, List<(int Class, double Deaths, int Years)> Conflicts) OnsetsBy(
        Func<World, int, int> classOf, int classes, int worlds = 200)
    {
        var onsets = new double[classes];
        var exposure = new double[classes];
        var conflicts = new List<(int, double, int)>();
        for (int w = 0; w < worlds; w++)
        {
            var recorder = new Recorder();
            var context = new RunContext(Defaults, new Draws(Keys.RunSeed(7, 0, w)), new NoRegime(), recorder);
            var world = new World(Defaults, context.Draws);
            var civil = new CivilStrife(context);
            var atRisk = new int[world.StateCount];
            var classAtOnset = new Dictionary<int, int>();
            for (int year = 0; year < Defaults.Years; year++)
            {
                world.Year = year;
                for (int i = 0; i < world.StateCount; i++)
                {
                    atRisk[i] = world.IsAlive[i] && !world.InCivilConflict[i] ? classOf(world, i) : -1;
                    if (atRisk[i] >= 0) exposure[atRisk[i]]++;
                }
                int reported = recorder.Episodes.Count;
                civil.Advance(world);
                foreach (var c in world.CivilConflicts.Where(c => c.StartYear == year)) classAtOnset[c.Episode] = atRisk[c.State];
                foreach (var e in recorder.Episodes.Skip(reported))
                {
                    if (e.StartYear == year) classAtOnset[e.Episode] = atRisk[e.Challenger];
                    conflicts.Add((classAtOnset[e.Episode], e.BattleDeaths, e.EndYear!.Value - e.StartYear + 1));
                }
                foreach (var c in world.CivilConflicts.Where(c => c.StartYear == year)) onsets[classAtOnset[c.Episode]]++;
                foreach (var e in recorder.Episodes.Skip(reported).Where(e => e.StartYear == year)) onsets[classAtOnset[e.Episode]]++;
            }
        }
        return (onsets, exposure, conflicts);
    }

    /// <summary>z of the difference between two Poisson rates.</summary>
    private static double RateZ(double n1, double e1, double n2, double e2) =>
        (n1 / e1 - n2 / e2) / Math.Sqrt(n1 / (e1 * e1) + n2 / (e2 * e2));

    private static string Rates(double[] n, double[] e) =>
        string.Join(", ", n.Select((x, k) => $"{100 * x / e[k]:F2} per 100 ({x} in {e[k]})"));

    [Test]
    public void OnsetThresholds_AreAtLeastEveryLivingStatesHazard(
        [Values(-1.0, 0.5, 1.75, 4.0)] double fragilityEffect, [Values(0.0, 0.12, 1.0)] double sizeElasticity,
        [Values(-0.3, 0.5)] double contagionRisk)
    {
        // The vector onset loop skips a state whose draw is at or above its threshold: the threshold must bound the
        // hazard, relapse and mission factors included, for any fragility, regime score, size, conflict history and
        // neighbours at war, whatever the effects' signs. With AVX-512 a state with no neighbour at war has a second,
        // lower threshold (Quiet); with AVX2 one threshold is the state's bound times the size, relapse and mission factors.
        bool eight = Simulator.Numerics.PortableMath.IsVectorised;
        if (!eight && !Simulator.Numerics.PortableMath.IsVectorisedFour) Assert.Ignore("neither AVX-512 nor AVX2 here: the vector path is never taken");
        int width = eight ? 8 : 4;
        var bounds = new double[width];
        var parameters = Defaults with
        {
            Civil = Defaults.Civil with
            {
                FragilityEffect = fragilityEffect, SizeElasticity = sizeElasticity, AnocracyEffect = -0.4 * fragilityEffect + 0.6,
                ContagionRisk = contagionRisk,
            },
        };
        var rng = new Random(17);
        int quietChecked = 0, relapsedChecked = 0;
        for (int w = 0; w < 40; w++)
        {
            var context = new RunContext(parameters, new Draws(Keys.RunSeed(11, 0, w)), new NoRegime(), new Silent());
            var world = new World(parameters, context.Draws);
            var civil = new CivilStrife(context);
            world.Year = 30;
            bool missions = w % 2 == 1;
            var missionFactor = new double[world.StateCount];
            for (int i = 0; i < world.StateCount; i++)
            {
                world.Fragility[i] = rng.NextDouble();
                world.Capability[i] = Math.Exp(4 * (rng.NextDouble() - 0.5));
                world.SetDemocracy(i, rng.NextDouble());
                if (rng.Next(8) == 0) world.InCivilConflict[i] = true; // contagion for the neighbours
                if (rng.Next(2) == 0)
                {
                    world.LastCivilEndYear[i] = world.Year - rng.Next(31);
                    world.CivilRelapseRisk[i] = 5 * rng.NextDouble();
                }
                missionFactor[i] = 2 * rng.NextDouble();
            }
            world.UpdateMeanCapability();
            double bound = civil.OnsetBound(world);
            for (int i = 0; i + width <= world.NextSlot; i += width)
            {
                var (quiet, contagion) = eight ? civil.EightThresholds(world, i, bound, missions, missionFactor) : default;
                if (!eight) civil.StateBounds(world, i, bound, bounds);
                for (int lane = 0; lane < width; lane++)
                {
                    int s = i + lane;
                    if (!world.IsAlive[s]) continue;
                    bool relapsed = world.LastCivilEndYear[s] >= 0;
                    double factors = (relapsed ? civil.RelapseFactor(world, s) : 1) * (relapsed && missions ? missionFactor[s] : 1);
                    double hazard = civil.OnsetHazard(world, s) * factors;
                    relapsedChecked += relapsed ? 1 : 0;
                    if (!eight)
                    {
                        double size = 1 + sizeElasticity * (world.Capability[s] / world.MeanCapability - 1);
                        Assert.That(bounds[lane], Is.LessThanOrEqualTo(bound), $"world {w}, state {s}");
                        Assert.That(bounds[lane] * size * factors, Is.GreaterThanOrEqualTo(hazard), $"world {w}, state {s}");
                        continue;
                    }
                    Assert.That(contagion.GetElement(lane), Is.GreaterThanOrEqualTo(hazard), $"world {w}, state {s}");
                    if (world.HasNeighbourAtWar(s)) continue;
                    Assert.That(quiet.GetElement(lane), Is.GreaterThanOrEqualTo(hazard), $"world {w}, state {s}");
                    // Tight, too: within 5% of the hazard times the size factor's slack, else the loop computes hazards in vain.
                    double c = world.Capability[s] / world.MeanCapability, slack = (1 + sizeElasticity * (c - 1)) / Math.Pow(c, sizeElasticity);
                    double anocracySlack = parameters.Civil.AnocracyEffect < 0 && world.Democracy[s] >= parameters.Civil.AnocracyMin && !world.IsDemocracy(s)
                        ? Math.Exp(-parameters.Civil.AnocracyEffect) : 1;
                    Assert.That(quiet.GetElement(lane), Is.LessThanOrEqualTo(1.05 * hazard * slack * anocracySlack), $"world {w}, state {s}");
                    quietChecked++;
                }
            }
        }
        Assert.That(relapsedChecked, Is.GreaterThan(100));
        if (eight) Assert.That(quietChecked, Is.GreaterThan(100));
    }

    [Test]
    public void Onset_SizeElasticityOutsideZeroToOne_EveryStateDecidedByItsFullHazard([Values(2.0, -1.5)] double sizeElasticity)
    {
        // Outside [0, 1] the onset bound does not hold, so there is none: every state's hazard is computed in full,
        // one at a time or in vectors. A state whose size factor 1 + e(c/m - 1) is negative (a small state for e = 2,
        // a large one for e = -1.5) with a hazard far above 1 must break out: slot 3 in a vector block, slot 40 after them.
        var parameters = Defaults with
        {
            World = Defaults.World with { States = 41 },
            Civil = Defaults.Civil with { BaseHazard = 1, FragilityEffect = 12, SizeElasticity = sizeElasticity },
        };
        var context = new RunContext(parameters, new Draws(Keys.RunSeed(13, 0, 0)), new NoRegime(), new Silent());
        var world = new World(parameters, context.Draws);
        var civil = new CivilStrife(context);
        Assert.That(civil.OnsetBound(world), Is.EqualTo(double.PositiveInfinity));
        for (int i = 0; i < world.StateCount; i++)
        {
            world.Capability[i] = 1;
            world.Fragility[i] = 0; // sturdy: no onset
        }
        int[] torn = [3, 40];
        foreach (int s in torn)
        {
            world.Capability[s] = sizeElasticity > 1 ? 0.05 : 40; // c/m far from 1: the size factor is negative
            world.Fragility[s] = 1;
        }
        world.UpdateMeanCapability();
        foreach (int s in torn)
        {
            double c = world.Capability[s] / world.MeanCapability;
            Assert.That(1 + sizeElasticity * (c - 1), Is.Negative, $"state {s}'s size factor");
            Assert.That(civil.OnsetHazard(world, s), Is.GreaterThan(1), $"state {s}'s hazard");
        }

        civil.Advance(world);

        // Begun this year (a conflict may also end in its first year).
        Assert.That(torn.Select(s => world.InCivilConflict[s] || world.LastCivilEndYear[s] == world.Year), Is.All.True);
    }

    [Test]
    public void FragilityRange_OfWorldsWithDeadStates_IsTheLeastAndGreatestOfTheLiving([Values(1, 2, 3)] int seed)
    {
        // Four slots at a time where vectors run: a dead slot's fragility, however extreme, must count for nothing.
        var rng = new Random(seed);
        foreach (int states in new[] { 2, 5, 40, 41, 43 })
        {
            var parameters = Defaults with { World = Defaults.World with { States = states } };
            var world = new World(parameters, new Draws(Keys.RunSeed(12, 0, seed)));
            for (int i = 0; i < world.StateCount; i++)
            {
                bool dead = rng.Next(3) == 0;
                world.IsAlive[i] = !dead;
                world.Fragility[i] = dead ? (rng.Next(2) == 0 ? -5 : 5) : rng.NextDouble();
            }
            var living = Enumerable.Range(0, world.NextSlot).Where(i => world.IsAlive[i]).Select(i => world.Fragility[i]).ToList();
            var (lowest, highest) = CivilStrife.FragilityRange(world);
            Assert.That(lowest, Is.EqualTo(living.Count > 0 ? living.Min() : double.PositiveInfinity), $"{states} states");
            Assert.That(highest, Is.EqualTo(living.Count > 0 ? living.Max() : double.NegativeInfinity), $"{states} states");
        }
    }

    [Test] // Hegre et al. 2001; Fearon & Laitin 2003: anocracies are most at risk (inverted U)
    public void Onset_Anocracies_MoreThanAutocraciesAndDemocracies()
    {
        const int autocracy = 0, anocracy = 1, democracy = 2;
        int ClassOf(World w, int i) => w.IsDemocracy(i) ? democracy : w.Democracy[i] >= Defaults.Civil.AnocracyMin ? anocracy : autocracy;

        var (n, e, _) = OnsetsBy(ClassOf, 3);

        Assert.That(RateZ(n[anocracy], e[anocracy], n[autocracy], e[autocracy]), Is.GreaterThan(Z), Rates(n, e));
        Assert.That(RateZ(n[anocracy], e[anocracy], n[democracy], e[democracy]), Is.GreaterThan(Z), Rates(n, e));
    }

    [Test] // Fearon & Laitin 2003: large populations (here: capability, the state's size) are more at risk
    public void Onset_LargerStates_MoreThanSmallerStates()
    {
        var (n, e, _) = OnsetsBy((w, i) => w.Capability[i] > w.MeanCapability ? 1 : 0, 2);

        Assert.That(RateZ(n[1], e[1], n[0], e[0]), Is.GreaterThan(Z), Rates(n, e));
    }

    [Test] // Fearon & Laitin 2003: poverty and weak state capacity (here: fragility) raise the risk
    public void Onset_FragileStates_MoreThanSturdyStates()
    {
        var (n, e, _) = OnsetsBy((w, i) => w.BaseFragility[i] > Defaults.World.FragilityMean ? 1 : 0, 2);

        Assert.That(RateZ(n[1], e[1], n[0], e[0]), Is.GreaterThan(Z), Rates(n, e));
    }

    [Test] // Decision (MODEL.md §3.7): a state at war with another state can still fall into civil war
    public void Onset_StateAtInterstateWar_CanStartCivilConflict()
    {
        var parameters = Defaults with { Civil = Defaults.Civil with { BaseHazard = 1, FragilityEffect = 0, SizeElasticity = 0 } }; // onset certain
        var recorder = new Recorder();
        var context = new RunContext(parameters, new Draws(11), new NoRegime(), recorder);
        var world = new World(parameters, context.Draws) { Year = 5 };
        var civil = new CivilStrife(context);
        new WarFighting(context, civil).Begin(world, 0, 1);
        Assert.That(world.WarCount[0], Is.GreaterThan(0));

        civil.Advance(world);

        bool torn = world.InCivilConflict[0] || recorder.Episodes.Any(x => x.Kind == EpisodeKind.Civil && x.Challenger == 0);
        Assert.That(torn, Is.True);
    }

    /// <summary>Ended civil episodes of many seeded runs.</summary>
    private static List<EpisodeRecord> Ended(ModelParameters parameters, Func<IRegime>? regime = null, int runs = Runs) =>
        Worlds.RunMany(parameters, regime ?? (() => new NoRegime()), runs)
            .SelectMany(r => r.Recorder.Episodes)
            .Where(e => e.Kind == EpisodeKind.Civil && e.EndYear is not null && e.EndedBy != EndReason.Conquest)
            .ToList();

    private static (double Mean, double Se) MeanDuration(List<EpisodeRecord> episodes)
    {
        var d = episodes.Select(e => (double)(e.EndYear!.Value - e.StartYear + 1)).ToList();
        double mean = d.Average();
        return (mean, Math.Sqrt(d.Sum(x => (x - mean) * (x - mean)) / (d.Count - 1) / d.Count));
    }

    private static (double Share, double Se) ShareOf(List<EpisodeRecord> episodes, params EndReason[] reasons)
    {
        double p = episodes.Count(e => reasons.Contains(e.EndedBy)) / (double)episodes.Count;
        return (p, Math.Sqrt(p * (1 - p) / episodes.Count));
    }

    private static double DifferenceZ((double Value, double Se) a, (double Value, double Se) b) =>
        (a.Value - b.Value) / Math.Sqrt(a.Se * a.Se + b.Se * b.Se);

    [Test] // Cunningham, Gleditsch & Salehyan 2009: strong rebels win or extract a settlement, and sooner
    public void Balance_StrongerRebels_ShorterWarsEndingMoreByRebelVictoryOrSettlement()
    {
        var weak = Ended(Defaults with { Civil = Defaults.Civil with { RebelStrength = 0.15 } });
        var strong = Ended(Defaults with { Civil = Defaults.Civil with { RebelStrength = 0.8 } });

        var (weakDuration, strongDuration) = (MeanDuration(weak), MeanDuration(strong));
        var (weakWins, strongWins) = (ShareOf(weak, EndReason.RebelVictory, EndReason.PeaceAgreement),
            ShareOf(strong, EndReason.RebelVictory, EndReason.PeaceAgreement));

        Assert.That(DifferenceZ(weakDuration, strongDuration), Is.GreaterThan(Z), $"weak {weakDuration}, strong {strongDuration}");
        Assert.That(DifferenceZ(strongWins, weakWins), Is.GreaterThan(Z), $"weak {weakWins}, strong {strongWins}");
    }

    [Test] // Regan 2002; Cunningham 2010: outside support for the rebels makes civil wars longer
    public void Support_RebelsBacked_LongerWars()
    {
        var backed = Ended(Defaults with { Civil = Defaults.Civil with { ProxySupportProbability = 1 } });
        var unbacked = Ended(Defaults with { Civil = Defaults.Civil with { ProxySupportProbability = 0 } });

        var (b, u) = (MeanDuration(backed), MeanDuration(unbacked));

        Assert.That(DifferenceZ(b, u), Is.GreaterThan(Z), $"backed {b}, unbacked {u}");
    }

    [Test] // Regan 2002: a patron on the government's side tips the balance toward a government victory
    public void Support_GovernmentBackedByPatron_MoreGovernmentVictories()
    {
        var backed = Ended(Defaults with { Civil = Defaults.Civil with { GovernmentSupportGain = 0.4 } });
        var alone = Ended(Defaults with { Civil = Defaults.Civil with { GovernmentSupportGain = 0 } });

        var (b, a) = (ShareOf(backed, EndReason.GovernmentVictory), ShareOf(alone, EndReason.GovernmentVictory));

        Assert.That(DifferenceZ(b, a), Is.GreaterThan(Z), $"backed {b}, alone {a}");
    }

    [Test] // Toft 2010: a victory, one side disarmed, leaves a more durable peace than a settlement that keeps two armies
    public void Relapse_AfterVictories_LowerThanAfterAgreementsAndCeasefires()
    {
        var runs = Worlds.RunMany(Defaults, 300);

        var victory = RelapseWithin10(runs, EndReason.GovernmentVictory, EndReason.RebelVictory);
        var agreement = RelapseWithin10(runs, EndReason.PeaceAgreement);
        var ceasefire = RelapseWithin10(runs, EndReason.Ceasefire);

        Assert.That(DifferenceZ(agreement, victory), Is.GreaterThan(Z), $"agreement {agreement}, victory {victory}");
        Assert.That(DifferenceZ(ceasefire, victory), Is.GreaterThan(Z), $"ceasefire {ceasefire}, victory {victory}");
    }

    /// <summary>Share of episodes ended by the given reasons (at least ten years before the horizon) renewed within ten years.</summary>
    private static (double Share, double Se) RelapseWithin10(List<(RunResult Result, Recorder Recorder)> runs, params EndReason[] reasons)
    {
        var (share, standardError, _) = CivilPeace.RelapseShare(runs, 10, e => reasons.Contains(e.EndedBy));
        return (share, standardError);
    }

    [Test] // Walter 1997, 2002: the two armies a settlement keeps fight again unless a guarantee disarms them
    public void Relapse_GuaranteeDemobilises_FewerRelapsesUnderPeacekeepers()
    {
        var noDemobilisation = Defaults with { Civil = Defaults.Civil with { GuaranteeDemobilisation = 0 } };

        var guaranteed = Worlds.RunMany(Defaults, Worlds.Regime("un"), Runs).Select(r => (double)r.Result[WorldCounters.CivilRelapses10Years]).ToList();
        var unguaranteed = Worlds.RunMany(noDemobilisation, Worlds.Regime("un"), Runs).Select(r => (double)r.Result[WorldCounters.CivilRelapses10Years]).ToList();
        var effect = Paired.Of(guaranteed, unguaranteed);

        Assert.That(effect.ZScore, Is.LessThan(-Z), effect.ToString());
    }

    [Test] // Lacina 2006: bigger states fight bigger civil wars
    public void Deaths_PerYear_HigherInLargerStates()
    {
        var (_, _, conflicts) = OnsetsBy((w, i) => w.Capability[i] > w.MeanCapability ? 1 : 0, 2, worlds: 100);

        (double Mean, double Se) LogDeathsPerYear(int size)
        {
            var x = conflicts.Where(c => c.Class == size).Select(c => Math.Log(c.Deaths / c.Years)).ToList();
            double mean = x.Average();
            return (mean, Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Count - 1) / x.Count));
        }
        var (large, small) = (LogDeathsPerYear(1), LogDeathsPerYear(0));

        Assert.That(DifferenceZ(large, small), Is.GreaterThan(Z), $"log deaths a year: large {large}, small {small}");
    }

    private sealed class Mediator(double factor) : IRegime
    {
        public string Name => "mediator";
        public double CivilSettlementHazard(CivilConflict conflict, World world) => factor;
    }

    [Test] // The contract for mediation (IRegime.CivilSettlementHazard): more negotiated settlements, shorter wars
    public void Mediation_SettlementHazardRaised_MoreAgreementsAndShorterWars()
    {
        var mediated = Ended(Defaults, () => new Mediator(3));
        var plain = Ended(Defaults, () => new Mediator(1));

        var (m, p) = (ShareOf(mediated, EndReason.PeaceAgreement), ShareOf(plain, EndReason.PeaceAgreement));
        var (md, pd) = (MeanDuration(mediated), MeanDuration(plain));

        Assert.That(DifferenceZ(m, p), Is.GreaterThan(Z), $"mediated {m}, plain {p}");
        Assert.That(DifferenceZ(pd, md), Is.GreaterThan(Z), $"mediated {md}, plain {pd}");
    }
}
