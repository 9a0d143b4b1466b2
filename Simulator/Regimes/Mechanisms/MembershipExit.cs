using Simulator.Entities;
using Simulator.Observation;
using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// Great-power defection, the same for every regime (values from the family its organ registers). Each
/// year a great-power member leaves with <c>defection_hazard</c> × (1 − credibility) (a regime that
/// does not protect is not worth belonging to), plus <c>grievance_exit</c> once its grievance reaches
/// <c>exit_grievance</c> (Japan, Germany, Italy left the League in the 1930s); a member put under sanctions leaves with
/// <c>exit_when_sanctioned</c>. A member that left no longer sits, votes or vetoes. When members hold
/// less than <c>collapse_member_share</c> of world capability the regime is over.
/// </summary>
public sealed class MembershipExit : IMechanism
{
    public static readonly Counter Defections = new("defections", "Great powers (and sanctioned members) that left the regime.");
    public static readonly Counter Collapsed = new("collapsed_by_defection", "1 when the regime ended because its members' share of world capability fell below the threshold.");
    public static readonly MechanismType Type = new(MechanismNames.MembershipExit,
        "Great powers leave when aggrieved or disillusioned, sanctioned members may leave; a regime whose members hold too little capability ends.",
        () => new MembershipExit(), [Defections, Collapsed]);

    public void Upkeep(RegimeContext r)
    {
        if (r.Failure is not { } p) return;
        var w = r.World;
        var draws = r.Draws.Row(Purpose.Defection, r.Year);
        double disillusion = p.DefectionHazard * (1 - r.Credibility), aggrieved = p.ExitGrievance, grievanceExit = p.GrievanceExit;
        foreach (int g in w.GreatPowers)
        {
            if (!r.IsMember[g]) continue;
            double exit = disillusion + (w.LargestGrievance(g) >= aggrieved ? grievanceExit : 0);
            if (exit > 0 && draws.Uniform(g) < exit) Leave(r, g);
        }
        var (members, all) = r.MemberCapability();
        if (members < p.CollapseMemberShare * all) r.Collapse(Collapsed);
    }

    public void OnWarYear(RegimeContext r, War war, WarDeliberation d)
    {
        if (r.Failure is not { } p || !r.IsMember[war.Challenger]) return;
        if (d.SanctionsImposed && r.Draws.Uniform(Purpose.LeagueExit, r.Year, war.Challenger, 1) < p.ExitWhenSanctioned)
            Leave(r, war.Challenger);
    }

    private static void Leave(RegimeContext r, int state)
    {
        r.IsMember[state] = false;
        r.Tally.Add(Defections);
    }
}
