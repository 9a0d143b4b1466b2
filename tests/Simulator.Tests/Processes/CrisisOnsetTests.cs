using Simulator.Engine;
using Simulator.Entities;
using Simulator.Observation;
using Simulator.Parameters;
using Simulator.Processes;
using Simulator.Randomness;
using Simulator.Regimes;
using Simulator.Tests.History;

namespace Simulator.Tests.Processes;

/// <summary>
/// The crisis scan keeps a bound on each pair's hazard from year to year and computes the hazard only
/// below it (CrisisOnset's remarks). Whatever it keeps, its crises must be those of the whole formula of
/// MODEL.md section 3.4 computed afresh for every pair, every year: checked here through whole histories,
/// with their crises, wars, war ends, grievances, entries, deaths, new great powers and peacekeepers.
/// </summary>
public sealed class CrisisOnsetTests
{
    private sealed class Silent : IObserver;

    /// <summary>The worlds, and whether missions between two states deploy in them (the UN's peacekeepers).</summary>
    public static IEnumerable<TestCaseData> Worlds()
    {
        yield return new TestCaseData(new ModelParameters(), (Func<IRegime>)(() => new NoRegime()), false).SetArgDisplayNames("default world, no regime");
        yield return new TestCaseData(new ModelParameters(), Tests.Worlds.Regime("un"), true).SetArgDisplayNames("default world, UN");
        yield return new TestCaseData(CalendarWorldTests.History(), (Func<IRegime>)RegimeScheduleTests.Historical.Create, true).SetArgDisplayNames("calendar world, historical schedule");
    }

    [TestCaseSource(nameof(Worlds))]
    public void Scan_WithBoundsKeptFromYearToYear_FindsTheCrisesOfTheWholeFormulaEveryYear(ModelParameters parameters, Func<IRegime> regime, bool missions)
    {
        int crises = 0, fought = 0, underMissions = 0;
        for (ulong seed = 1; seed <= 3; seed++)
        {
            var context = new RunContext(parameters, new Draws(seed), regime(), new Silent());
            var world = new World(parameters, context.Draws);
            context.Regime.Begin(world, context.Draws, context.Counters.Totals);
            var year = Simulation.YearOf(context, out _, out _);

            for (int y = parameters.FirstYear; y < parameters.FirstYear + parameters.SimulatedYears; y++)
            {
                world.Year = y;
                context.Counters.BeginYear();
                foreach (var process in year)
                {
                    process.Advance(world);
                    if (process is not CrisisOnset) continue;
                    var expected = CrisesByTheWholeFormula(world, context, ref fought, ref underMissions);
                    Assert.That(context.CrisisDyads, Is.EqualTo(expected), $"seed {seed}, year {y}");
                    crises += expected.Count;
                }
            }
        }
        // The histories must reach the cases the bound has to get right.
        Assert.That(crises, Is.GreaterThan(100), "crises");
        Assert.That(fought, Is.GreaterThan(100), "pair-years after a war between the pair");
        // Peacekeepers cannot raise the hazard, so those pairs settle by their bounds too: reached here.
        if (missions) Assert.That(underMissions, Is.GreaterThan(10), "pair-years after a war with a mission between two states deployed");
    }

    /// <summary>
    /// λ0 · RR over every living pair that is contiguous or has a great power, in dyad order, each factor
    /// as MODEL.md section 3.4 lists it and in the order the scan multiplies them; the regime's renewed-war
    /// factor is asked of every pair that has fought (it is 1 where no mission is deployed).
    /// </summary>
    private static List<int> CrisesByTheWholeFormula(World world, RunContext context, ref int fought, ref int underMissions)
    {
        var p = context.Parameters.Crises;
        ulong key = context.Draws.YearKey(Purpose.CrisisOnset, world.Year);
        var crises = new List<int>();
        for (int d = 0; d < world.DyadCount; d++)
        {
            int a = world.DyadA[d], b = world.DyadB[d];
            if (!world.IsAlive[a] || !world.IsAlive[b] || world.AtWar[d] > 0) continue;
            if (!world.IsContiguous[d] && !world.IsGreatPower[a] && !world.IsGreatPower[b]) continue;
            double hazard = p.BaseHazard;
            if (world.IsContiguous[d]) hazard *= p.ContiguityRisk;
            if (world.IsGreatPower[a]) hazard *= p.GreatPowerRisk;
            if (world.IsGreatPower[b]) hazard *= p.GreatPowerRisk;
            if (world.IsDemocracy(a) && world.IsDemocracy(b)) hazard *= p.JointDemocracyRisk;
            if (world.AreAllied(a, b)) hazard *= p.AllianceRisk;
            hazard *= 1 + p.RivalryRisk * world.Enmity[d].Rivalry + p.GrievanceRisk * world.Enmity[d].LargerGrievance;
            if (world.LastWarEndYear[d] >= 0)
            {
                fought++;
                if (context.Regime.DyadMissionsUntil > world.Year) underMissions++;
                hazard *= 1 + p.RecentWarRisk * Math.Exp(-(world.Year - world.LastWarEndYear[d]) / p.RecentWarDecayYears);
                hazard *= context.Regime.RenewedWarHazard(world.Year, d);
            }
            if (Draws.UniformFrom(key, a, b) < hazard) crises.Add(d);
        }
        return crises;
    }

    /// <summary>Four great powers (every pair relevant) under the given base hazard and regime, the bounds of year 1 kept.</summary>
    private static (World World, RunContext Context, CrisisOnset Onset) FourPowers(double baseHazard, IRegime? regime = null)
    {
        var parameters = new ModelParameters
        {
            World = new WorldParameters { States = 4, GreatPowers = 4, Neighbours = 1 },
            Crises = new CrisisParameters { BaseHazard = baseHazard },
        };
        var context = new RunContext(parameters, new Draws(5), regime ?? new NoRegime(), new Silent());
        var world = new World(parameters, context.Draws);
        for (int i = 0; i < 4; i++) world.SetGreatPower(i, true);
        var onset = new CrisisOnset(context);
        world.Year = 1;
        onset.Advance(world);
        return (world, context, onset);
    }

    [Test]
    public void Scan_RivalryOrGrievanceRaisedAfterABoundWasKept_SeesTheNewHazard([Values] bool grievance)
    {
        var (world, context, onset) = FourPowers(1e-9);
        Assert.That(context.CrisisDyads, Is.Empty, "a hazard of 1e-9 is a crisis only by a draw of less");
        int d = world.DyadIndex(1, 3);
        if (grievance) world.RaiseGrievance(3, 1, 1e12);
        else world.AddRivalry(d, 1e12);

        world.Year = 2;
        onset.Advance(world);

        Assert.That(context.CrisisDyads, Is.EqualTo(new[] { d }), "a hazard above 1 is a crisis at any draw");
    }

    [Test]
    public void Scan_StateLeftAWarAfterABoundWasKept_SeesThePairAgain()
    {
        var (world, context, onset) = FourPowers(2); // every pair not at war has a crisis every year
        var war = world.DeclareWar(0, 1);
        world.JoinWar(war, 2, onSideA: true);
        world.Year = 2;
        onset.Advance(world);
        Assert.That(context.CrisisDyads, Does.Not.Contain(world.DyadIndex(1, 2)), "at war: no crisis");

        world.LeaveWar(war, 2);
        world.Year = 3;
        onset.Advance(world);

        Assert.That(context.CrisisDyads, Does.Contain(world.DyadIndex(1, 2)));
        Assert.That(context.CrisisDyads, Does.Not.Contain(world.DyadIndex(0, 1)), "still at war");
    }

    /// <summary>A regime whose deployed missions multiply a renewed war's hazard a millionfold: not a real one, but nothing in the contract forbids it.</summary>
    private sealed class Provoking : IRegime
    {
        public string Name => "provoking";
        public double RenewedWarHazard(int year, int dyad) => 1e12;
    }

    [Test]
    public void Scan_MissionsDeployedBetweenPairsThatFought_AsksTheRegimeWhateverTheBoundKept()
    {
        var (world, context, onset) = FourPowers(1e-9, new Provoking());
        var war = world.DeclareWar(0, 2);
        world.Year = 2;
        world.EndWar(war);

        var years = new List<bool>();
        for (int y = 3; y <= 6; y++)
        {
            world.Year = y;
            onset.Advance(world);
            years.Add(context.CrisisDyads.Contains(world.DyadIndex(0, 2)));
        }

        Assert.That(years, Is.All.True, "a crisis every year: a hazard of some 1000 while the missions are deployed");
    }

    [Test]
    public void MayRaiseRenewedWarHazard_PeacekeepingsRatioIsAtMostOne_NoForTheUnAndTheHistoricalScheduleInEachEra()
    {
        var parameters = CalendarWorldTests.History();
        foreach (var regime in new[] { Tests.Worlds.Regime("un")(), RegimeScheduleTests.Historical.Create() })
        {
            var context = new RunContext(parameters, new Draws(1), regime, new Silent());
            var world = new World(parameters, context.Draws);
            regime.Begin(world, context.Draws, context.Counters.Totals);
            // The schedule's regimes in turn (no regime in the burn-in, the Concert, none, the League, none, the UN).
            foreach (int year in new[] { 1800, 1850, 1916, 1925, 1942, 1950 })
            {
                world.Year = year;
                regime.Upkeep(world);
                Assert.That(regime.MayRaiseRenewedWarHazard, Is.False, $"{regime.Name} in {year}");
            }
        }
        Assert.That(((IRegime)new Provoking()).MayRaiseRenewedWarHazard, Is.True, "unknown: it may");
    }

    [Test]
    public void RelevantDyad_Layout_IsTheFourWordsTheEightWideScanReads()
    {
        // ScanEight reads word 1 as the two states (16 bits each) and word 2 as the bound.
        var dyads = new[] { new RelevantDyad(7, 1999, 5, RelevantDyad.Kinds.Contiguous) { CrisisBound = 0.25f } };
        var words = System.Runtime.InteropServices.MemoryMarshal.Cast<RelevantDyad, uint>(dyads);

        Assert.That(words.Length, Is.EqualTo(4));
        Assert.That(words[1], Is.EqualTo(1999u | (5u << 16)));
        Assert.That(BitConverter.UInt32BitsToSingle(words[2]), Is.EqualTo(0.25f));
    }

    [Test]
    public void RoundedUp_IsTheLeastFloatAtOrAboveTheDouble()
    {
        var draws = new Draws(11);
        for (int i = 0; i < 100_000; i++)
        {
            double x = draws.Uniform(Purpose.CrisisOnset, i, 1) * Math.Pow(10, i % 12 - 9);
            float f = CrisisOnset.RoundedUp(x);
            Assert.That((double)f, Is.GreaterThanOrEqualTo(x));
            Assert.That((double)MathF.BitDecrement(f), Is.LessThan(x));
        }
        Assert.That(CrisisOnset.RoundedUp(double.PositiveInfinity), Is.EqualTo(float.PositiveInfinity));
    }
}
