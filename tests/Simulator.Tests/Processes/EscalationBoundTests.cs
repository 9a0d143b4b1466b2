using Simulator.Engine;
using Simulator.Entities;
using Simulator.Observation;
using Simulator.Regimes;
using Simulator.Randomness;

namespace Simulator.Tests.Processes;

/// <summary>
/// A crisis whose escalation draw lies above its p_war without deterrence skips the allies' expected support
/// (CrisisBargaining): it ends the same under every regime that only lowers p_war. So a run whose observer does
/// not say it reads crises (and gets the bound, its records showing NaN) and one whose observer does (every
/// p_war in full) must end identically.
/// </summary>
public sealed class EscalationBoundTests
{
    private const int Runs = 40;

    /// <summary>Hears everything, but does not say it reads crises: the engine may bound p_war.</summary>
    private sealed class Unannounced : IObserver
    {
        public List<CrisisRecord> Crises { get; } = new();
        public List<EpisodeRecord> Episodes { get; } = new();
        public List<YearRecord> Years { get; } = new();
        public void CrisisResolved(in CrisisRecord crisis) => Crises.Add(crisis);
        public void EpisodeEnded(in EpisodeRecord episode) => Episodes.Add(episode);
        public void YearEnded(in YearRecord year) => Years.Add(year);
    }

    /// <summary>A regime that doubles every crisis's p_war (nothing in IRegime's contract forbids it).</summary>
    private sealed class Inflaming : IRegime
    {
        public string Name => "inflaming";
        public CrisisDecision Decide(in Crisis crisis, World world) => new(Math.Min(1, 2 * crisis.PWar), ImposesSettlement: false);
    }

    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (string regime in new[] { "none", "concert", "league", "un" })
            yield return new TestCaseData(regime, null, true).SetName($"{regime}, default deterrence");
        // Deterrence at the end of its range: the bound stands furthest above p_war. At 0 the bound is p_war.
        yield return new TestCaseData("un", -20.0, true).SetName("un, deterrence -20");
        yield return new TestCaseData("none", -20.0, true).SetName("none, deterrence -20");
        yield return new TestCaseData("none", 0.0, true).SetName("none, deterrence 0");
        // Deterrence that raises p_war (the range allows it), and a regime that raises it: p_war always in full.
        yield return new TestCaseData("none", 3.0, false).SetName("none, deterrence +3");
        yield return new TestCaseData("inflaming", null, false).SetName("a regime that raises p_war");
    }

    [TestCaseSource(nameof(Cases))]
    public void RunsThatDoNotSayTheyReadCrises_EndAsRunsThatDo(string regime, double? deterrence, bool boundExpected)
    {
        var parameters = Worlds.Baseline();
        if (deterrence is { } weight) parameters = parameters with { Bargaining = parameters.Bargaining with { Deterrence = weight } };
        Func<IRegime> create = regime == "inflaming" ? () => new Inflaming() : Worlds.Regime(regime);
        int crises = 0, boundedCrises = 0;
        for (int r = 0; r < Runs; r++)
        {
            ulong seed = Keys.RunSeed(20261203, 0, r);
            var full = new Recorder();
            var unannounced = new Unannounced();

            var inFull = Simulation.Run(parameters, create(), seed, full);
            var withBound = Simulation.Run(parameters, create(), seed, unannounced);

            Assert.That(withBound, Is.EqualTo(inFull), $"run {r}: counters");
            Assert.That(unannounced.Episodes, Is.EqualTo(full.Episodes), $"run {r}: episodes");
            Assert.That(unannounced.Years, Is.EqualTo(full.Years), $"run {r}: years");
            Assert.That(unannounced.Crises, Has.Count.EqualTo(full.Crises.Count), $"run {r}: crises");
            for (int c = 0; c < full.Crises.Count; c++)
            {
                var (exact, seen) = (full.Crises[c], unannounced.Crises[c]);
                // A bounded crisis shows NaN for p_war and was neither war nor prevented; any other is the same record.
                if (double.IsNaN(seen.PWarWithoutRegime))
                {
                    boundedCrises++;
                    Assert.That(seen with { PWarWithoutRegime = exact.PWarWithoutRegime, PWar = exact.PWar }, Is.EqualTo(exact), $"run {r}, crisis {c}");
                    Assert.That(exact.Outcome, Is.Not.EqualTo(CrisisOutcome.War));
                    Assert.That(exact.Draw, Is.GreaterThanOrEqualTo(exact.PWarWithoutRegime));
                }
                else Assert.That(seen, Is.EqualTo(exact), $"run {r}, crisis {c}");
            }
            crises += full.Crises.Count;
        }
        Assert.That(crises, Is.GreaterThan(10 * Runs), "enough crises to exercise the bound");
        // Where the bound may be used, most crises take it (their draw is above p_war); where not, none.
        if (boundExpected) Assert.That(boundedCrises, Is.GreaterThan(crises / 2), $"{boundedCrises} of {crises} crises bounded");
        else Assert.That(boundedCrises, Is.Zero);
    }
}
