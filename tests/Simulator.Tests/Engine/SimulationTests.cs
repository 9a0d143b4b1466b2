using Simulator.Regimes.Mechanisms;
using Simulator.Engine;
using Simulator.Entities;
using Simulator.Observation;
using Simulator.Parameters;
using Simulator.Randomness;
using Simulator.Regimes;

namespace Simulator.Tests.Engine;

public sealed class SimulationTests
{
    [Test]
    public void Run_SameSeed_GivesIdenticalHistory()
    {
        var first = new Recorder();
        var second = new Recorder();

        var a = Simulation.Run(Worlds.Baseline(), new NoRegime(), 12345, first);
        var b = Simulation.Run(Worlds.Baseline(), new NoRegime(), 12345, second);

        Assert.That(b, Is.EqualTo(a));
        Assert.That(second.Episodes, Is.EqualTo(first.Episodes));
        Assert.That(second.Crises, Is.EqualTo(first.Crises));
    }

    [Test]
    public void Run_AfterAnotherRunOnItsThread_GivesTheHistoryOfAFreshThread()
    {
        // A run reuses the dyad arrays its thread's last run handed back: they must come back as new.
        (RunResult, Recorder) RunOnNewThread(params ulong[] seeds)
        {
            (RunResult, Recorder) last = default;
            var thread = new Thread(() =>
            {
                foreach (ulong seed in seeds)
                {
                    var recorder = new Recorder();
                    last = (Simulation.Run(Worlds.Baseline(), new NoRegime(), seed, recorder), recorder);
                }
            });
            thread.Start();
            thread.Join();
            return last;
        }

        var (fresh, freshRecorder) = RunOnNewThread(2);
        var (reused, reusedRecorder) = RunOnNewThread(1, 2);

        Assert.That(reused, Is.EqualTo(fresh));
        Assert.That(reusedRecorder.Episodes, Is.EqualTo(freshRecorder.Episodes));
        Assert.That(reusedRecorder.Crises, Is.EqualTo(freshRecorder.Crises));
    }

    [Test]
    public void Run_DifferentSeeds_GiveDifferentHistories()
    {
        var a = Simulation.Run(Worlds.Baseline(), new NoRegime(), 1);
        var b = Simulation.Run(Worlds.Baseline(), new NoRegime(), 2);

        Assert.That(b, Is.Not.EqualTo(a));
    }

    [Test]
    public void Run_ManySeeds_KeepsEpisodeInvariants()
    {
        foreach (var (result, recorder) in Worlds.RunMany(Worlds.Baseline(), 50))
        {
            var episodes = recorder.Episodes;
            Assert.That(episodes.Count(e => e.Kind == EpisodeKind.Interstate), Is.EqualTo(result[WorldCounters.InterstateWars]));
            Assert.That(episodes.Count(e => e.Kind == EpisodeKind.Civil), Is.EqualTo(result[WorldCounters.CivilWars]));
            Assert.That(episodes.Select(e => e.Episode).Distinct().Count(), Is.EqualTo(episodes.Count));
            var byId = episodes.ToDictionary(e => e.Episode);
            foreach (var e in episodes)
            {
                Assert.That(e.EndYear is null, Is.EqualTo(e.EndedBy == EndReason.Censored));
                if (e.EndYear is { } end) Assert.That(end, Is.GreaterThanOrEqualTo(e.StartYear));
                // Every episode is fought at least one year, unless a side was conquered in another war first.
                if (e.EndedBy != EndReason.Conquest) Assert.That(e.BattleDeaths, Is.GreaterThan(0));
                if (e.RelapseOf is { } previous)
                {
                    // A relapse renews an earlier, ended episode of the same kind.
                    Assert.That(byId[previous].Kind, Is.EqualTo(e.Kind));
                    Assert.That(byId[previous].EndYear, Is.LessThan(e.StartYear));
                }
            }
            Assert.That(recorder.Crises.Count(c => c.Outcome == CrisisOutcome.War), Is.EqualTo(result[WorldCounters.InterstateWars]));
            Assert.That(result[WorldCounters.Crises], Is.EqualTo(recorder.Crises.Count));
            Assert.That(recorder.Years.Last().AliveStates, Is.EqualTo(40 - result[WorldCounters.StatesConquered]));
        }
    }

    [Test]
    public void Run_NoRegime_PreventsNoCrisis()
    {
        foreach (var (result, recorder) in Worlds.RunMany(Worlds.Baseline(), 20))
        {
            Assert.That(result[WorldCounters.CrisesPrevented], Is.Zero);
            Assert.That(recorder.Crises.All(c => c.PWar == c.PWarWithoutRegime), Is.True);
        }
    }

    [Test]
    public void Run_CrisisOutcome_IsWarExactlyWhenTheKeyedDrawFallsBelowPWar()
    {
        var recorder = new Recorder();

        Simulation.Run(Worlds.Baseline(), new NoRegime(), 77, recorder);

        Assert.That(recorder.Crises, Is.Not.Empty);
        foreach (var c in recorder.Crises)
            Assert.That(c.Outcome == CrisisOutcome.War, Is.EqualTo(c.Draw < c.PWar));
    }

    [Test]
    public void Run_YearLoop_AllocatesNothingPerYear()
    {
        // With no crises and no civil conflict the yearly loop still visits every state and every
        // relevant dyad, with a keyed draw each. Per-run set-up allocates; the years must not.
        var shortRun = Worlds.Quiet(years: 100);
        var longRun = Worlds.Quiet(years: 1100);
        Simulation.Run(shortRun, new NoRegime(), 3); // JIT warm-up

        long a0 = GC.GetAllocatedBytesForCurrentThread();
        Simulation.Run(shortRun, new NoRegime(), 3);
        long a1 = GC.GetAllocatedBytesForCurrentThread();
        Simulation.Run(longRun, new NoRegime(), 3);
        long a2 = GC.GetAllocatedBytesForCurrentThread();

        long extraBytesFor1000Years = (a2 - a1) - (a1 - a0);
        Assert.That(extraBytesFor1000Years, Is.LessThan(1024), "bytes allocated by 1,000 extra years of about 250 relevant dyads each");
    }

    [Test]
    public void Run_AllStatesGreatPowersCount_StaysAtConfiguredNumber()
    {
        var recorder = new Recorder();
        var parameters = Worlds.Baseline() with { World = new WorldParameters { GreatPowers = 7 } };

        var result = Simulation.Run(parameters, new NoRegime(), 5, recorder);

        // Great-power state-years: 7 a year while at least 7 states live.
        Assert.That(result[WorldCounters.GreatPowerStateYears], Is.EqualTo(7L * parameters.Years));
    }
}
