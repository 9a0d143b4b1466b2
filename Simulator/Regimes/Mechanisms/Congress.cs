using Simulator.Entities;
using Simulator.Observation;
using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// Concert of Europe: a crisis in the great powers' sphere may bring a congress, convened with
/// probability equal to the powers' cohesion. It lowers p_war by <c>congress_effect</c> × credibility;
/// between minor states it may impose a settlement instead. A war in the sphere may bring a
/// conference the same way (London 1830-32, Paris 1856, Berlin 1878), which answers it; a congress
/// never acts against a great power, and a great power that left the Concert ignores it. It is also
/// the Concert's authority for joint action, and registers the Concert's failure parameters.
/// </summary>
public sealed class Congress : IMechanism, IAuthority
{
    public static readonly Counter Congresses = new("congresses", "Concert congresses convened on a crisis.");
    public static readonly MechanismType Type = new(MechanismNames.Congress,
        "Great-power congress on crises and wars in the powers' sphere, convened with probability = cohesion; may impose settlements between minor states.",
        () => new Congress(), [Congresses], prevents: true);

    public void Found(RegimeContext r)
    {
        r.Authority ??= this;
        r.Failure ??= r.Parameters.Concert;
    }

    public void OnCrisis(RegimeContext r, CrisisDeliberation d)
    {
        var w = r.World;
        var c = d.Crisis;
        if (r.IsStalled || IsDefector(r, c.Challenger) || IsDefector(r, c.Target)) return;
        if (!Relations.IsInGreatPowerSphere(w, c.Challenger) && !Relations.IsInGreatPowerSphere(w, c.Target)) return;
        int a = Math.Min(c.Challenger, c.Target), b = Math.Max(c.Challenger, c.Target);
        if (r.Draws.Uniform(Purpose.Congress, r.Year, a, b) >= r.Cohesion) return;
        r.Tally.Add(Congresses);
        d.RecordOrganVote(Vote.Passed);
        bool minorStates = !w.IsGreatPower[a] && !w.IsGreatPower[b];
        if (minorStates && r.Draws.Uniform(Purpose.SettlementImposed, r.Year, a, b) < r.Parameters.Concert.ImposeSettlement)
            d.ImposeSettlement(Type);
        else
            d.Reduce(Type, r.Parameters.Concert.CongressEffect * r.Credibility);
    }

    public void OnWarYear(RegimeContext r, War war, WarDeliberation d)
    {
        var w = r.World;
        if (r.IsStalled || IsDefector(r, war.Challenger) || IsDefector(r, war.Target)) return;
        if (!Relations.IsInGreatPowerSphere(w, war.Challenger) && !Relations.IsInGreatPowerSphere(w, war.Target)) return;
        if (r.Draws.Uniform(Purpose.CongressOnWar, r.Year, war.Challenger, war.Target) >= r.Cohesion) return;
        d.OrganVote = w.IsGreatPower[war.Challenger] ? Vote.Vetoed : Vote.Passed;
    }

    public Vote Decide(RegimeContext r, int against, int other, double takeUp, int key)
    {
        if (r.IsStalled || r.Draws.Uniform(Purpose.Congress, r.Year, key, against, 1) >= r.Cohesion * takeUp) return Vote.NotTakenUp;
        return r.World.IsGreatPower[against] ? Vote.Vetoed : Vote.Passed;
    }

    private static bool IsDefector(RegimeContext r, int state) => r.World.IsGreatPower[state] && !r.IsMember[state];
}
