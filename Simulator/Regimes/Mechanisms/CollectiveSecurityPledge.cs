namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// Covenant articles 10 and 16: members pledge to answer aggression, which deters would-be
/// aggressors in proportion to the League's credibility.
/// </summary>
internal sealed class CollectiveSecurityPledge : IMechanism
{
    public string Name => MechanismNames.Pledge;

    public void Found(RegimeContext r) => r.Strength = 1;

    public void OnCrisis(RegimeContext r, CrisisDeliberation d)
    {
        if (r.IsMember[d.Crisis.Challenger])
            d.Reduce(Name, r.Parameters.League.PledgeDeterrence * r.Strength);
    }
}
