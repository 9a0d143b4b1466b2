using Simulator.Entities;
using Simulator.Parameters;
using Simulator.Processes;
using Simulator.Randomness;
using Simulator.Tests.History;

namespace Simulator.Tests.Entities;

/// <summary>
/// The world's fast paths (relevant dyads kept pair by pair as the world changes, candidate lists for
/// the O(n) scans) give exactly what the plain pair-by-pair and state-by-state definitions give, while
/// states enter, unify and rise and fall.
/// </summary>
public sealed class WorldShortcutTests
{
    /// <summary>A calendar world changed the way the state system and the wars change it.</summary>
    private static IEnumerable<World> ChangingWorld(ulong seed) => ChangingWorld(seed, entries: 4, deaths: 2, rerankEvery: 4);

    /// <summary>
    /// Waves of entries (up to two dozen a step, some of them absorbed in the same step) and several
    /// deaths between checks, with the great powers re-ranked rarely.
    /// </summary>
    private static IEnumerable<World> WaveWorld(ulong seed) => ChangingWorld(seed, entries: 25, deaths: 4, rerankEvery: 10);

    private static IEnumerable<World> ChangingWorld(ulong seed, int entries, int deaths, int rerankEvery)
    {
        var parameters = CalendarWorldTests.History();
        var world = new World(parameters, new Draws(seed));
        var rng = new Random((int)seed);
        yield return world;
        for (int step = 0; step < 60; step++)
        {
            for (int e = rng.Next(entries); e > 0; e--) world.Enter();
            for (int i = 0; i < world.StateCount; i++) world.Capability[i] *= Math.Exp(0.3 * (rng.NextDouble() - 0.5));
            for (int k = rng.Next(deaths); k > 0; k--)
            {
                if (rng.Next(3) > 0 && k == 1) continue;
                var living = Enumerable.Range(0, world.StateCount).Where(i => world.IsAlive[i]).ToList();
                int victim = living[rng.Next(living.Count)], into = living[rng.Next(living.Count)];
                if (victim != into) world.Absorb(victim, into);
            }
            if (rng.Next(rerankEvery) == 0) world.RankGreatPowers(2 + rng.Next(6), hysteresis: rng.Next(3));
            for (int k = rng.Next(6); k > 0; k--) world.SetDemocracy(rng.Next(world.NextSlot), rng.NextDouble());
            for (int i = 0; i < world.StateCount; i++)
            {
                if (!world.IsAlive[i]) continue;
                var powers = Enumerable.Range(0, world.StateCount).Where(g => world.IsAlive[g] && world.IsGreatPower[g]).ToList();
                world.SetPatron(i, !world.IsGreatPower[i] && powers.Count > 0 && rng.Next(2) == 0 ? powers[rng.Next(powers.Count)] : -1);
                world.SetBloc(i, world.IsGreatPower[i] ? rng.Next(3) - 1 : -1);
            }
            yield return world;
        }
    }

    [Test]
    public void RelevantDyads_KeptAsStatesEnterDieAndRiseOrFall_EqualThePairByPairDefinition([Values(1UL, 2UL, 3UL)] ulong seed)
    {
        foreach (var world in ChangingWorld(seed))
            AssertRelevantDyadsByDefinition(world);
    }

    [Test]
    public void RelevantDyads_OfAWorldBuiltAfterAnotherWasReleased_EqualThePairByPairDefinition()
    {
        World? last = null;
        foreach (var world in ChangingWorld(5)) last = world;
        last!.Release(); // hands its dyad arrays to the next world on this thread

        AssertRelevantDyadsByDefinition(new World(CalendarWorldTests.History(), new Draws(6)));
    }

    [Test]
    public void CivilConflict_OfAWorldBuiltAfterAnotherWasReleased_IsTheLastRunsObjectAsNew()
    {
        // A released world hands its conflict objects to the thread's next run: one reused must hold nothing of its past.
        var parameters = new ModelParameters();
        var first = new World(parameters, new Draws(7));
        var old = first.StartCivilConflict(3);
        old.BattleDeaths = 5000;
        old.HasPeacekeeping = old.HasProxyPatron = old.RebelsBacked = true;
        old.RebelStrength = 2;
        old.YearsRebelsBacked = 4;
        old.CourseDraw = old.DeathsDraw = old.EndingDraw = 0.5;
        first.EndCivilConflict(old, 0.3);
        first.Release();

        var second = new World(parameters, new Draws(8));
        second.Year = 12;
        var reused = second.StartCivilConflict(5);
        var fresh = new CivilConflict(reused.Episode, 12, 5, -1);

        Assert.That(reused, Is.SameAs(old), "the spare object is taken");
        Assert.Multiple(() =>
        {
            foreach (var property in typeof(CivilConflict).GetProperties())
                Assert.That(property.GetValue(reused), Is.EqualTo(property.GetValue(fresh)), property.Name);
            Assert.That((reused.CourseDraw, reused.DeathsDraw, reused.EndingDraw), Is.EqualTo((fresh.CourseDraw, fresh.DeathsDraw, fresh.EndingDraw)));
        });
    }

    [Test]
    public void War_OfAWorldBuiltAfterAnotherWasReleased_IsTheLastRunsObjectAsNew()
    {
        // A released world hands its war objects to the thread's next run, as it does its civil conflicts.
        var parameters = new ModelParameters();
        var first = new World(parameters, new Draws(7));
        var old = first.DeclareWar(0, 1);
        first.JoinWar(old, 2, onSideA: true);
        first.JoinWar(old, 3, onSideA: false);
        old.BattleDeaths = 5000;
        old.GreatPowers = old.GreatPowersA = old.GreatPowersB = 2;
        old.IsGreatPowerWar = old.HasPeacekeeping = true;
        first.EndWar(old);
        first.Release();

        var second = new World(parameters, new Draws(8));
        second.Year = 12;
        var reused = second.DeclareWar(4, 5);
        var fresh = new War(reused.Episode, reused.Key, 12, 4, 5, -1);

        Assert.That(reused, Is.SameAs(old), "the spare object is taken");
        Assert.Multiple(() =>
        {
            foreach (var property in typeof(War).GetProperties(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic))
                Assert.That(property.GetValue(reused), Is.EqualTo(property.GetValue(fresh)), property.Name);
        });
    }

    [Test]
    public void World_BuiltAfterAnotherWasReleased_HoldsWhatAFreshWorldHolds()
    {
        // A released world lends its per-state arrays to the thread's next world: whatever a run left in them, the next
        // world must hold what a world built on a fresh thread holds, in every array it keeps.
        var parameters = new ModelParameters();
        World OnFreshThread(Func<World> build)
        {
            World? world = null;
            var thread = new Thread(() => world = build());
            thread.Start();
            thread.Join();
            return world!;
        }
        object? lent = null;
        var reused = OnFreshThread(() =>
        {
            var first = new World(parameters, new Draws(7));
            lent = StatesOf(first);
            foreach (var field in lent.GetType().GetFields())
                switch (field.GetValue(lent))
                {
                    case double[] a: Array.Fill(a, 123.5); break;
                    case int[] a: Array.Fill(a, 7); break;
                    case bool[] a: Array.Fill(a, true); break;
                    case List<int>[] lists:
                        for (int i = 0; i < lists.Length; i++) lists[i].Add((i + 1) % lists.Length); // pairs Release can reset
                        break;
                }
            first.Release();
            return new World(parameters, new Draws(8));
        });
        var fresh = OnFreshThread(() => new World(parameters, new Draws(8)));

        Assert.That(StatesOf(reused), Is.SameAs(lent), "the released world's arrays are taken");
        Assert.Multiple(() =>
        {
            foreach (var field in typeof(World).GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic))
                switch (field.GetValue(reused))
                {
                    case List<int>?[] lists:
                        var freshLists = (List<int>?[])field.GetValue(fresh)!;
                        for (int i = 0; i < lists.Length; i++)
                            Assert.That(lists[i] ?? [], Is.EqualTo(freshLists[i] ?? []), $"{field.Name}[{i}]");
                        break;
                    case Array array:
                        Assert.That(array, Is.EqualTo(field.GetValue(fresh)), field.Name);
                        break;
                }
        });
    }

    [Test]
    public void World_BuiltWhileAnotherLives_HasArraysOfItsOwn()
    {
        // The spare arrays go to one world: a second built on the thread while the first lives must not share them
        // (a test or a tool may hold two worlds at once), and a world of another size gets new arrays of its size.
        var parameters = new ModelParameters();
        var calendar = parameters with { Calendar = parameters.Calendar with { StartYear = 1816, FollowRecord = true } };
        object? released = null, first = null, second = null, firstDyads = null, secondDyads = null, other = null;
        World? otherWorld = null;
        var thread = new Thread(() =>
        {
            var old = new World(parameters, new Draws(1));
            released = StatesOf(old);
            old.Release();
            var a = new World(parameters, new Draws(2));
            var b = new World(parameters, new Draws(3));
            (first, second, firstDyads, secondDyads) = (StatesOf(a), StatesOf(b), DyadsOf(a), DyadsOf(b));
            a.Release();
            otherWorld = new World(calendar, new Draws(4)); // takes no spare of the wrong size
            other = StatesOf(otherWorld);
        });
        thread.Start();
        thread.Join();

        Assert.That(first, Is.SameAs(released), "the first world takes the spare");
        Assert.That(second, Is.Not.SameAs(first));
        Assert.That(secondDyads, Is.Not.SameAs(firstDyads));
        Assert.That(other, Is.Not.SameAs(first));
        Assert.That(otherWorld!.Capability, Has.Length.EqualTo(otherWorld.StateCount));
    }

    private static object DyadsOf(World world) =>
        typeof(World).GetField("dyads", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.GetValue(world)!;

    private static object StatesOf(World world) =>
        typeof(World).GetField("states", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.GetValue(world)!;

    [Test]
    public void RelevantDyads_KeptThroughWavesOfEntriesAndDeaths_EqualThePairByPairDefinition([Values(1UL, 2UL, 3UL, 4UL)] ulong seed)
    {
        int waves = 0, slots = 0;
        foreach (var world in WaveWorld(seed))
        {
            AssertRelevantDyadsByDefinition(world);
            if (world.NextSlot - slots >= 10) waves++;
            slots = world.NextSlot;
        }
        Assert.That(waves, Is.GreaterThan(2), "steps with ten entries or more");
    }

    [Test]
    public void Counts_KeptAsStatesEnterDieAndChangeRegime_EqualTheCountsOverTheSlots([Values(1UL, 2UL, 3UL)] ulong seed)
    {
        foreach (var world in WaveWorld(seed))
        {
            var living = Enumerable.Range(0, world.StateCount).Where(i => world.IsAlive[i]).ToArray();
            Assert.That(world.AliveCount, Is.EqualTo(living.Length));
            Assert.That(world.GreatPowerCount(), Is.EqualTo(living.Count(i => world.IsGreatPower[i])));
            Assert.That(world.LivingDemocracies, Is.EqualTo(living.Count(world.IsDemocracy)));
        }
    }

    [Test]
    public void GreatPowers_KeptAsStatesRiseFallAndDie_AreTheFlaggedStatesAscending([Values(1UL, 2UL, 3UL)] ulong seed)
    {
        foreach (var world in WaveWorld(seed))
        {
            var flagged = Enumerable.Range(0, world.StateCount).Where(i => world.IsGreatPower[i]).ToArray();
            Assert.That(world.GreatPowers.ToArray(), Is.EqualTo(flagged));
            Assert.That(flagged.All(i => world.IsAlive[i]), Is.True, "a great power is alive");
        }
    }

    [Test]
    public void RankGreatPowers_RanksOnlyTheStrongest_AsTheRuleOverASortOfEveryLivingState([Values(1UL, 2UL, 3UL)] ulong seed)
    {
        var rng = new Random((int)seed + 10);
        foreach (var world in WaveWorld(seed))
        {
            int k = 1 + rng.Next(8), hysteresis = rng.Next(4);
            // The rule (MODEL.md section 2): a sitting power keeps its seat within K + hysteresis ranks,
            // while there is room; the strongest others fill the seats left, up to K.
            var ranked = world.ByCapability().Where(i => world.IsAlive[i]).ToList();
            int seats = Math.Min(k, ranked.Count);
            var kept = ranked.Take(seats + hysteresis).Where(i => world.IsGreatPower[i]).Take(seats).ToList();
            var expected = kept.Concat(ranked.Where(i => !kept.Contains(i)).Take(seats - kept.Count)).Order().ToArray();

            world.RankGreatPowers(k, hysteresis);

            Assert.That(world.GreatPowers.ToArray(), Is.EqualTo(expected));
        }
    }

    [Test]
    public void StrongestAtLastRanking_AfterEntriesAndDeaths_IsTheRankingsOrderOfTheSurvivorsThenTheEntrants([Values(1UL, 2UL, 3UL)] ulong seed)
    {
        var rng = new Random((int)seed + 20);
        foreach (var world in WaveWorld(seed))
        {
            world.RankGreatPowers(world.GreatPowerTarget, hysteresis: 1);
            var order = world.ByCapability().Where(i => world.IsAlive[i]).ToList(); // the capabilities the ranking saw
            // Capabilities move, states die and enter; the ranking is not taken again.
            for (int i = 0; i < world.StateCount; i++) world.Capability[i] *= Math.Exp(rng.NextDouble() - 0.5);
            var living = order.Where(i => world.IsAlive[i]).ToList();
            world.Absorb(living[rng.Next(living.Count)], living[0] == living[^1] ? living[0] : living[^1]);
            for (int e = rng.Next(3); e > 0; e--) world.Enter();
            var expected = order.Where(i => world.IsAlive[i])
                .Concat(Enumerable.Range(0, world.NextSlot).Where(i => world.IsAlive[i] && !order.Contains(i)))
                .Take(5).Order().ToArray();

            Assert.That(world.StrongestAtLastRanking(5), Is.EqualTo(expected));
        }
    }

    private static void AssertRelevantDyadsByDefinition(World world)
    {
        var expected = new List<(int, int, int, RelevantDyad.Kinds)>();
        int contiguous = 0, distant = 0;
        for (int d = 0; d < world.DyadCount; d++)
        {
            int a = world.DyadA[d], b = world.DyadB[d];
            if (!world.IsAlive[a] || !world.IsAlive[b]) continue;
            if (world.IsContiguous[d]) contiguous++; else distant++;
            var kind = (world.IsContiguous[d] ? RelevantDyad.Kinds.Contiguous : 0)
                       | (world.IsGreatPower[a] ? RelevantDyad.Kinds.AGreat : 0)
                       | (world.IsGreatPower[b] ? RelevantDyad.Kinds.BGreat : 0);
            if (kind != RelevantDyad.Kinds.None) expected.Add((d, a, b, kind));
        }
        var kept = world.Relevant.Dyads.ToArray().Select(r => (r.Dyad, r.A, r.B, r.Kind)).OrderBy(r => r.Dyad);
        Assert.That(kept, Is.EqualTo(expected));
        Assert.That(Enumerable.Range(0, world.DyadCount).Where(world.Relevant.Contains), Is.EqualTo(expected.Select(r => r.Item1)), "places");
        Assert.That((world.LivingContiguousDyads, world.LivingDistantDyads), Is.EqualTo((contiguous, distant)));
    }

    [Test]
    public void AlliedTo_EqualsEveryStateAlliedToEitherSide_Ascending([Values(1UL, 2UL, 3UL)] ulong seed)
    {
        foreach (var world in ChangingWorld(seed))
            for (int a = 0; a < world.StateCount; a += 7)
                foreach (int b in new[] { -1, (a * 13 + 5) % world.StateCount })
                {
                    if (a == b) continue;
                    var expected = Enumerable.Range(0, world.StateCount)
                        .Where(k => world.AreAllied(k, a) || (b >= 0 && world.AreAllied(k, b)));
                    Assert.That(world.AlliedTo(a, b).ToArray(), Is.EqualTo(expected), $"allies of {a} or {b}");
                }
    }

    [Test]
    public void MainThreat_FromNeighboursAndGreatPowers_IsTheStateAScanOfEverySlotPicks([Values(1UL, 2UL, 3UL)] ulong seed)
    {
        foreach (var world in ChangingWorld(seed))
        {
            foreach (int d in Enumerable.Range(0, 40)) world.AddRivalry((d * 7919) % world.DyadCount, 0.5);
            for (int i = 0; i < world.NextSlot; i++)
            {
                if (!world.IsAlive[i]) continue;
                int expected = -1;
                double best = 0;
                for (int j = 0; j < world.StateCount; j++) // the definition: every slot, in id order
                {
                    if (j == i || !world.IsAlive[j] || world.Capability[j] <= world.Capability[i]) continue;
                    int d = world.DyadIndex(i, j);
                    if (!world.IsContiguous[d] && !world.IsGreatPower[j]) continue;
                    double score = world.Capability[j] / world.Capability[i]
                                   * (world.IsContiguous[d] ? 1.0 : world.Parameters.Alliances.DistantThreatWeight) * (1 + world.Enmity[d].Rivalry);
                    if (score > best) { best = score; expected = j; }
                }
                Assert.That(AllianceFormation.MainThreat(world, i), Is.EqualTo(expected), $"state {i}");
            }
        }
    }

    [Test]
    public void ByCapability_KeptFromYearToYear_IsEveryLivingStateWeakestFirst([Values(1UL, 2UL, 3UL)] ulong seed)
    {
        foreach (var world in ChangingWorld(seed))
        {
            var ranked = world.ByCapability.Update(world).ToArray();
            var living = Enumerable.Range(0, world.StateCount).Where(i => world.IsAlive[i]).ToArray();
            Assert.That(ranked, Is.EquivalentTo(living));
            Assert.That(ranked.Select(i => world.Capability[i]), Is.Ordered);
            Assert.That(world.ByCapability.Capabilities.ToArray(), Is.EqualTo(ranked.Select(i => world.Capability[i]).ToArray()));
        }
    }

    /// <summary>The k living states nearest to i by a sort of every distance, nearest first.</summary>
    private static int[] NearestBySort(World world, int i, int k) =>
        Enumerable.Range(0, world.NextSlot).Where(j => j != i && world.IsAlive[j])
            .OrderBy(j => world.Distance(i, j)).ThenBy(j => j).Take(k).ToArray();

    [Test]
    public void Neighbours_OfTheFirstStatesAndOfEachEntrant_AreTheirKNearestBySort([Values(1UL, 2UL, 3UL)] ulong seed)
    {
        // The search looks within a radius first and again without one when the radius held too few:
        // waves of entries and deaths leave some states crowded, some isolated, so both paths are taken
        // (without the second search, entrants of two of these three worlds get too few borders).
        int k = CalendarWorldTests.History().World.Neighbours;
        bool built = true;
        foreach (var world in WaveWorld(seed))
        {
            if (built) // as built: each borders its k nearest and those it is nearest to
                for (int i = 0; i < world.NextSlot; i++)
                {
                    var nearest = NearestBySort(world, i, Math.Min(k, world.AliveCount - 1));
                    Assert.That(world.Neighbours[i], Is.SupersetOf(nearest), $"state {i}");
                    foreach (int j in world.Neighbours[i])
                        Assert.That(nearest.Contains(j) || NearestBySort(world, j, k).Contains(i), $"{i} borders {j}");
                }
            built = false;
            for (int entries = 0; entries < 5 && world.Enter(); entries++)
            {
                int entrant = world.NextSlot - 1;
                var nearest = NearestBySort(world, entrant, Math.Min(k, world.AliveCount - 1));
                Assert.That(world.Neighbours[entrant], Is.EquivalentTo(nearest), $"entrant {entrant}");
            }
        }
    }

    [Test]
    public void LogCapabilities_EightOrFourAtATime_AreLogCapabilityOfEachLivingSlot([Values(1UL, 2UL)] ulong seed)
    {
        bool eight = Simulator.Numerics.PortableMath.IsVectorised;
        if (!eight && !Simulator.Numerics.PortableMath.IsVectorisedFour) Assert.Ignore("neither AVX-512 nor AVX2 here: the vector paths are never taken");
        int width = eight ? 8 : 4;
        var logs = new double[width];
        foreach (var world in WaveWorld(seed))
        {
            for (int i = 0; i + width <= world.NextSlot; i += width)
            {
                ulong alive = eight ? world.AliveEight(i) : world.AliveFour(i);
                for (int lane = 0; lane < width; lane++)
                    Assert.That((alive >> lane & 1) == 1, Is.EqualTo(world.IsAlive[i + lane]), $"slot {i + lane}");
                bool keep = (i & width) == 0; // some kept, some not
                if (eight) System.Runtime.Intrinsics.Vector512.CopyTo(world.LogCapabilities(i, alive, keep), logs);
                else System.Runtime.Intrinsics.Vector256.CopyTo(world.LogCapabilities(i, (uint)alive, keep), logs);
                for (int lane = 0; lane < width; lane++)
                    if (world.IsAlive[i + lane])
                    {
                        // What LogCapability returns, kept or not: the log of the capability (checked afresh, not
                        // through the kept value, which the vector path may have just written).
                        Assert.That(logs[lane], Is.EqualTo(Simulator.Numerics.PortableMath.Log(world.Capability[i + lane])), $"slot {i + lane}");
                        Assert.That(world.LogCapability(i + lane), Is.EqualTo(logs[lane]), $"slot {i + lane} kept");
                    }
            }
        }
    }

    [Test]
    public void DistanceToNearer_IsTheLesserOfTheTwoDistancesExactly()
    {
        var world = new World(CalendarWorldTests.History(), new Draws(9));
        for (int i = 0; i < world.StateCount; i++)
            for (int j = 0; j < world.StateCount; j += 7)
            {
                int k = (i * 31 + j * 17) % world.StateCount;
                Assert.That(world.DistanceToNearer(i, j, k), Is.EqualTo(Math.Min(world.Distance(i, j), world.Distance(i, k))), $"{i}: {j}, {k}");
            }
    }
}
