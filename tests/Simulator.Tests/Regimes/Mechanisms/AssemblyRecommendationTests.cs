using Simulator.Randomness;
using Simulator.Regimes;
using Simulator.Regimes.Mechanisms;

namespace Simulator.Tests.Regimes.Mechanisms;

public sealed class AssemblyRecommendationTests
{
    private static readonly AssemblyRecommendationOptions Options = new();

    [Test]
    public void OnCrisis_CouncilDidNotTakeItUp_RecommendsAndLowersEscalation()
    {
        var bench = new MechanismBench();
        var assembly = new AssemblyRecommendation();
        bench.Found(assembly);
        bench.Draws[Purpose.AssemblyRecommendation] = 0;
        var crisis = bench.Crisis(bench.Minor(0), bench.Minor(1));

        assembly.OnCrisis(bench.Context, crisis);

        Assert.That(crisis.PWar, Is.EqualTo(0.5 * (1 - Options.Effect)).Within(1e-15));
        Assert.That(bench.Tally[AssemblyRecommendation.Recommendations], Is.EqualTo(1));
        Assert.That(crisis.CreditFor(0.5 * (1 - Options.Effect / 2)), Is.SameAs(AssemblyRecommendation.Type));
    }

    [TestCase(Vote.Passed)]
    [TestCase(Vote.Vetoed)]
    [TestCase(Vote.Failed)]
    public void OnCrisis_CouncilTookItUp_AssemblyStaysOut(Vote vote)
    {
        var bench = new MechanismBench();
        var assembly = new AssemblyRecommendation();
        bench.Found(assembly);
        bench.Draws[Purpose.AssemblyRecommendation] = 0;
        var crisis = bench.Crisis(bench.Minor(0), bench.Minor(1));
        crisis.RecordOrganVote(vote);

        assembly.OnCrisis(bench.Context, crisis);

        Assert.That(crisis.PWar, Is.EqualTo(0.5));
        Assert.That(bench.Tally[AssemblyRecommendation.Recommendations], Is.Zero);
    }

    [Test]
    public void OnCrisis_GreatPowerChallenger_WeakerEffect()
    {
        var bench = new MechanismBench();
        var assembly = new AssemblyRecommendation();
        bench.Found(assembly);
        bench.Draws[Purpose.AssemblyRecommendation] = 0;
        var crisis = bench.Crisis(bench.GreatPower(), bench.Minor());

        assembly.OnCrisis(bench.Context, crisis);

        Assert.That(crisis.PWar, Is.EqualTo(0.5 * (1 - Options.Effect * Options.GreatPowerShare)).Within(1e-15));
    }

    [Test]
    public void OnCrisis_TakeUpDrawAboveTheChance_NoRecommendation()
    {
        var bench = new MechanismBench();
        var assembly = new AssemblyRecommendation();
        bench.Found(assembly);
        bench.Draws[Purpose.AssemblyRecommendation] = Options.TakeUp + 0.01;
        var crisis = bench.Crisis(bench.Minor(0), bench.Minor(1));

        assembly.OnCrisis(bench.Context, crisis);

        Assert.That(crisis.PWar, Is.EqualTo(0.5));
        Assert.That(bench.Tally[AssemblyRecommendation.Recommendations], Is.Zero);
    }
}
