using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// The League's membership and Council. Every state joins except <c>non_member_great_powers</c> great
/// powers; the Council is the great-power members plus rotating minor members. It decides by
/// unanimity: a Council member that is a party blocks, and one allied to a party may. A stalled
/// Council (low cohesion, or no money) takes nothing up.
/// </summary>
public sealed class LeagueCouncil : IMechanism, IAuthority
{
    public static readonly MechanismType Type = new(MechanismNames.LeagueCouncil,
        "League membership (some great powers stay out) and a Council of great powers plus rotating minors deciding by unanimity.",
        () => new LeagueCouncil());

    private bool[] seated = [];
    private int[] winners = [];
    private readonly Lottery lottery = new();

    public void Found(RegimeContext r)
    {
        r.Authority ??= this;
        r.Failure ??= r.Parameters.League;
        var w = r.World;
        seated = new bool[w.StateCount];
        // The great powers that stay out: those with the smallest keyed draws.
        lottery.Begin();
        foreach (int i in w.GreatPowers) lottery.Enter(i, r.Draws.Uniform(Purpose.NonMember, 0, i));
        var outsiders = new int[Math.Max(0, r.Parameters.League.NonMemberGreatPowers)];
        foreach (int i in outsiders.AsSpan(0, lottery.Draw(outsiders))) r.IsMember[i] = false;
        winners = new int[Math.Max(0, r.Parameters.League.RotatingCouncilSeats)];
        Seat(r);
    }

    public void Upkeep(RegimeContext r)
    {
        if (r.Year % r.Parameters.League.CouncilTermYears == 0) Seat(r);
    }

    /// <summary>The great-power members sit; the rotating seats go by lottery to minor members.</summary>
    private void Seat(RegimeContext r)
    {
        var w = r.World;
        Array.Clear(seated);
        lottery.Begin();
        for (int i = 0; i < w.NextSlot; i++)
        {
            if (!w.IsAlive[i] || !r.IsMember[i]) continue;
            if (w.IsGreatPower[i]) seated[i] = true;
            else lottery.Enter(i, r.Draws.Uniform(Purpose.ElectedSeats, r.Year / r.Parameters.League.CouncilTermYears, i));
        }
        foreach (int i in winners.AsSpan(0, lottery.Draw(winners))) seated[i] = true;
    }

    public Vote Decide(RegimeContext r, int against, int other, double takeUp, int key)
    {
        var w = r.World;
        if (r.IsStalled) return Vote.NotTakenUp;
        if (r.Draws.Uniform(Purpose.CouncilTakeUp, r.Year, key, against, (int)Question.League) >= takeUp) return Vote.NotTakenUp;
        for (int m = 0; m < w.NextSlot; m++)
        {
            if (!seated[m] || !w.IsAlive[m] || !r.IsMember[m]) continue;
            if (m == against || m == other) return Vote.Vetoed;
            bool friend = Relations.IsPartyOrAlly(w, m, against) || Relations.IsPartyOrAlly(w, m, other);
            if (friend && r.Draws.Uniform(Purpose.Veto, r.Year, key, m, (int)Question.League) < r.Parameters.League.AllyBlock) return Vote.Vetoed;
        }
        return Vote.Passed;
    }
}
