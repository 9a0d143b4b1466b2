using Simulator.Observation;
using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// Concert of Europe: a crisis in the great powers' sphere may bring a congress, convened with
/// probability equal to the powers' cohesion. It lowers p_war by <c>congress_effect</c>; between minor
/// states it may impose a settlement instead. It is also the Concert's authority for joint action,
/// which it never takes against a great power.
/// </summary>
public sealed class Congress : IMechanism, IAuthority
{
    public static readonly Counter Congresses = new("congresses", "Concert congresses convened on a crisis.");
    public static readonly MechanismType Type = new(MechanismNames.Congress,
        "Great-power congress on crises in the powers' sphere, convened with probability = cohesion; may impose settlements between minor states.",
        () => new Congress(), [Congresses], prevents: true);

    public void Found(RegimeContext r)
    {
        r.Authority ??= this;
        r.Strength = r.Parameters.Concert.InitialCohesion;
    }

    public void OnCrisis(RegimeContext r, CrisisDeliberation d)
    {
        var w = r.World;
        var c = d.Crisis;
        if (!Relations.IsInGreatPowerSphere(w, c.Challenger) && !Relations.IsInGreatPowerSphere(w, c.Target)) return;
        int a = Math.Min(c.Challenger, c.Target), b = Math.Max(c.Challenger, c.Target);
        if (r.Draws.Uniform(Purpose.Congress, r.Year, a, b) >= r.Strength) return;
        r.Tally.Add(Congresses);
        bool minorStates = !w.IsGreatPower[a] && !w.IsGreatPower[b];
        if (minorStates && r.Draws.Uniform(Purpose.SettlementImposed, r.Year, a, b) < r.Parameters.Concert.ImposeSettlement)
            d.ImposeSettlement(Type);
        else
            d.Reduce(Type, r.Parameters.Concert.CongressEffect);
    }

    public Vote Decide(RegimeContext r, int against, int other, double takeUp, int key)
    {
        if (r.Draws.Uniform(Purpose.Congress, r.Year, key, against, 1) >= r.Strength * takeUp) return Vote.NotTakenUp;
        return r.World.IsGreatPower[against] ? Vote.Vetoed : Vote.Passed;
    }
}
