using Simulator.Engine;
using Simulator.Observation;
using Simulator.Parameters;
using Simulator.Randomness;

namespace Simulator.Tests.Processes;

/// <summary>
/// A crisis whose escalation draw lies above its p_war without deterrence skips the allies' expected support
/// (CrisisBargaining): it ends the same under every regime. So a run whose observer reads no crises (and
/// gets the bound) and one whose observer reads them (every p_war in full) must end identically.
/// </summary>
public sealed class EscalationBoundTests
{
    private const int Runs = 40;

    /// <summary>Hears the episodes and the years, not the crises: the engine may bound p_war.</summary>
    private sealed class NoCrises : IObserver
    {
        public List<EpisodeRecord> Episodes { get; } = new();
        public List<YearRecord> Years { get; } = new();
        public void EpisodeEnded(EpisodeRecord episode) => Episodes.Add(episode);
        public void YearEnded(in YearRecord year) => Years.Add(year);
    }

    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (string regime in new[] { "none", "concert", "league", "un" })
            yield return new TestCaseData(regime, 0.0).SetName($"{regime}, default deterrence");
        // Deterrence at the end of its range: the bound stands furthest above p_war, so the bounded crises are
        // the ones deterrence would have made least likely to escalate.
        yield return new TestCaseData("un", -20.0).SetName("un, deterrence -20");
        yield return new TestCaseData("none", -20.0).SetName("none, deterrence -20");
        // Deterrence that raises p_war (the range allows it): no bound without it, every p_war in full.
        yield return new TestCaseData("none", 3.0).SetName("none, deterrence +3");
    }

    [TestCaseSource(nameof(Cases))]
    public void RunsThatReadNoCrises_EndAsRunsThatDo(string regime, double deterrence)
    {
        var parameters = Worlds.Baseline();
        if (deterrence != 0) parameters = parameters with { Bargaining = parameters.Bargaining with { Deterrence = deterrence } };
        var create = Worlds.Regime(regime);
        int crises = 0;
        for (int r = 0; r < Runs; r++)
        {
            ulong seed = Keys.RunSeed(20261203, 0, r);
            var full = new Recorder();
            var bounded = new NoCrises();

            var inFull = Simulation.Run(parameters, create(), seed, full);
            var withBound = Simulation.Run(parameters, create(), seed, bounded);

            Assert.That(withBound, Is.EqualTo(inFull), $"run {r}: counters");
            Assert.That(bounded.Episodes, Is.EqualTo(full.Episodes), $"run {r}: episodes");
            Assert.That(bounded.Years, Is.EqualTo(full.Years), $"run {r}: years");
            crises += full.Crises.Count;
        }
        // Most crises are defused (their draw above p_war): the bound is taken for most of them.
        Assert.That(crises, Is.GreaterThan(10 * Runs), "enough crises to exercise the bound");
    }
}
