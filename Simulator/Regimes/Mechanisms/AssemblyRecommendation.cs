using Simulator.Observation;
using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// The General Assembly's own voice (Charter articles 11(2) and 14): on a situation the deciding organ
/// is not dealing with (it did not take the crisis up; article 12 bars the Assembly while the Council
/// is seized), the Assembly may recommend peaceful settlement. Non-binding and weak, and weaker still
/// against a great power. Distinct from Uniting for Peace, which acts when a veto deadlocks the organ.
/// </summary>
public sealed class AssemblyRecommendation : IMechanism
{
    public static readonly Counter Recommendations = new("assembly_recommendations", "Crises on which the General Assembly recommended peaceful settlement (Charter arts. 11, 14).");
    public static readonly MechanismType Type = new(MechanismNames.AssemblyRecommendation,
        "On a crisis the deciding organ did not take up, the General Assembly may recommend peaceful settlement: a weak, non-binding cut in p_war.",
        () => new AssemblyRecommendation(), [Recommendations], prevents: true, options: new AssemblyRecommendationOptions());

    private AssemblyRecommendationOptions o = new();

    public void Found(RegimeContext r) => o = r.Parameters.Mechanisms.Of<AssemblyRecommendationOptions>(Type);

    public void OnCrisis(RegimeContext r, CrisisDeliberation d)
    {
        if (d.OrganVote != Vote.NotTakenUp) return;
        var c = d.Crisis;
        if (r.Draws.Uniform(Purpose.AssemblyRecommendation, r.Year, c.Dyad) >= o.TakeUp) return;
        r.Tally.Add(Recommendations);
        d.Reduce(Type, o.Effect * (r.World.IsGreatPower[c.Challenger] ? o.GreatPowerShare : 1));
    }
}
