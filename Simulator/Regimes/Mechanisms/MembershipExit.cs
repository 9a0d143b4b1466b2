namespace Simulator.Regimes.Mechanisms;

/// <summary>A revisionist great power leaves the League once its grievance passes <c>exit_grievance</c> (Germany, Japan, Italy in the 1930s).</summary>
internal sealed class MembershipExit : IMechanism
{
    public string Name => MechanismNames.MembershipExit;

    public void Upkeep(RegimeContext r)
    {
        var w = r.World;
        for (int g = 0; g < w.StateCount; g++)
            if (w.IsAlive[g] && w.IsGreatPower[g] && r.IsMember[g] && w.LargestGrievance(g) >= r.Parameters.League.ExitGrievance)
                r.IsMember[g] = false;
    }
}
