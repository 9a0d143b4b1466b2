using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// The Secretary-General's good offices, independent of the veto: engaged in a crisis with
/// <c>good_offices_engaged</c>, mediation removes <c>good_offices_effect</c> of p_war; but mediated
/// agreements break down more often later (Beardsley 2008), so a defused mediated crisis leaves
/// extra rivalry behind.
/// </summary>
public sealed class GoodOffices : IMechanism
{
    public static readonly MechanismType Type = new(MechanismNames.GoodOffices,
        "Secretary-General mediates a crisis, independent of the veto; mediated settlements leave rivalry behind.",
        () => new GoodOffices(), prevents: true);

    private bool mediated;

    public void OnCrisis(RegimeContext r, CrisisDeliberation d)
    {
        var c = d.Crisis;
        mediated = r.Draws.Uniform(Purpose.GoodOffices, r.Year, c.Dyad) < r.Parameters.Un.GoodOfficesEngaged;
        if (mediated) d.Reduce(Type, r.Parameters.Un.GoodOfficesEffect);
    }

    public void AfterCrisis(RegimeContext r, CrisisDeliberation d, bool war)
    {
        if (mediated && !war) r.World.AddRivalry(d.Crisis.Dyad, r.Parameters.Un.MediationBacklash);
    }
}
