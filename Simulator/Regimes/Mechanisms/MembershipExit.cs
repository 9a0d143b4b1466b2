using Simulator.Entities;
using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// Members leave: a revisionist great power once its grievance passes <c>exit_grievance</c> (Germany,
/// Japan, Italy in the 1930s), and a member put under sanctions with <c>exit_when_sanctioned</c>.
/// </summary>
public sealed class MembershipExit : IMechanism
{
    public static readonly MechanismType Type = new(MechanismNames.MembershipExit,
        "Revisionist great powers leave once aggrieved; sanctioned members may leave.",
        () => new MembershipExit());

    public void Upkeep(RegimeContext r)
    {
        var w = r.World;
        for (int g = 0; g < w.StateCount; g++)
            if (w.IsAlive[g] && w.IsGreatPower[g] && r.IsMember[g] && w.LargestGrievance(g) >= r.Parameters.League.ExitGrievance)
                r.IsMember[g] = false;
    }

    public void OnWarYear(RegimeContext r, War war, WarDeliberation d)
    {
        if (d.SanctionsImposed && r.Draws.Uniform(Purpose.LeagueExit, r.Year, war.Challenger, 1) < r.Parameters.League.ExitWhenSanctioned)
            r.IsMember[war.Challenger] = false;
    }
}
