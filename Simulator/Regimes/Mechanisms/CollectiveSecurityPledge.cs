namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// Covenant articles 10 and 16: members pledge to answer aggression, which deters would-be
/// aggressors in proportion to the League's credibility.
/// </summary>
public sealed class CollectiveSecurityPledge : IMechanism
{
    public static readonly MechanismType Type = new(MechanismNames.Pledge,
        "Members pledge to answer aggression, deterring would-be aggressors in proportion to credibility.",
        () => new CollectiveSecurityPledge(), prevents: true);

    public void OnCrisis(RegimeContext r, CrisisDeliberation d)
    {
        if (r.IsMember[d.Crisis.Challenger])
            d.Reduce(Type, r.Parameters.League.PledgeDeterrence * r.Credibility);
    }
}
