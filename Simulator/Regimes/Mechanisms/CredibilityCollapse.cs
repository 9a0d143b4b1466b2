namespace Simulator.Regimes.Mechanisms;

/// <summary>The League collapses when its credibility, or its members' share of world capability, falls below a threshold.</summary>
public sealed class CredibilityCollapse : IMechanism
{
    public static readonly MechanismType Type = new(MechanismNames.CredibilityCollapse,
        "The regime collapses when its credibility, or its members' share of world capability, falls below a threshold.",
        () => new CredibilityCollapse());

    public void Upkeep(RegimeContext r)
    {
        var w = r.World;
        double members = 0, all = 0;
        for (int i = 0; i < w.StateCount; i++)
        {
            if (!w.IsAlive[i]) continue;
            all += w.Capability[i];
            if (r.IsMember[i]) members += w.Capability[i];
        }
        var p = r.Parameters.League;
        if (r.Strength < p.CollapseCredibility || members < p.CollapseMemberShare * all) r.Collapse();
    }
}
