using Simulator.Entities;
using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// Multidimensional mandates (DDR, security-sector reform, institutions) that come with a share of
/// peacekeeping missions in civil conflicts and lower the host's fragility each year of the mandate
/// (Doyle &amp; Sambanis 2000).
/// </summary>
public sealed class Peacebuilding : IMechanism, IPeaceOperation
{
    public static readonly MechanismType Type = new(MechanismNames.Peacebuilding,
        "A share of civil missions are multidimensional: the host's fragility falls each year of the mandate.",
        () => new Peacebuilding());

    /// <summary>Year (exclusive) until which a mandate lowers a state's fragility.</summary>
    private int[] until = [];
    private double perYear;

    public void Found(RegimeContext r)
    {
        until = new int[r.World.StateCount];
        perYear = r.Parameters.Un.PeacebuildingPerYear;
    }

    public void OnEpisodeEnded(RegimeContext r, in EndedEpisode e, EpisodeAftermath aftermath)
    {
        if (e.Kind != EpisodeKind.Civil || !aftermath.PeacekeepersPresent) return;
        var p = r.Parameters.Un;
        if (r.Draws.Uniform(Purpose.Peacebuilding, r.Year, e.Key) >= p.PeacebuildingShare) return;
        until[e.Host] = r.Year + p.MandateYears + 1;
        ActiveUntil = Math.Max(ActiveUntil, until[e.Host]);
        aftermath.PeacebuildingMandated = true;
    }

    /// <summary>Fall in the state's fragility this year.</summary>
    public double FragilityRelief(int year, int state) => until[state] > year ? perYear : 0;

    public void AddFragilityRelief(int year, Span<double> relief)
    {
        if (ActiveUntil <= year) return; // every relief is 0
        for (int s = 0; s < relief.Length; s++) relief[s] += FragilityRelief(year, s);
    }

    public int ActiveUntil { get; private set; }

    /// <summary>No missions between states: a renewed war's hazard is left at 1.</summary>
    public int DyadMissionsUntil => 0;

    public bool MayRaiseRenewedWarHazard => false;
}
