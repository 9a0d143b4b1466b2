using Simulator.Entities;
using Simulator.Observation;
using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// UN peacemaking in ongoing civil wars: envoys of the Secretary-General or the Council mediate and
/// raise the yearly hazard of a negotiated settlement (after the Cold War many civil wars ended so,
/// by the UN's mediation or others' with its backing: Doyle &amp; Sambanis 2006, Greig &amp; Diehl 2012).
/// Council politics opens or closes it: nothing in a Cold War era, and envoys need the organ's
/// backing, which a permanent member whose client or ally (or itself) is torn can veto. The
/// settlements' durability depends on what follows: unguarded, they break down more often
/// (Beardsley 2011); followed by peacekeepers, and more so by peacebuilding, they hold better.
/// </summary>
public sealed class CivilMediation : IMechanism, ICivilMediation, IPeaceOperation
{
    public static readonly Counter Mediations = new("civil_mediations", "Civil conflicts in which UN envoys began to mediate.");
    public static readonly Counter Vetoed = new("civil_mediations_vetoed", "Questions of UN mediation in a civil conflict blocked by a veto.");
    public static readonly Counter Settlements = new("mediated_settlements", "Civil conflicts that ended in a peace agreement while UN envoys mediated.");
    public static readonly Counter Guarded = new("mediated_settlements_guarded", "Mediated settlements followed by peacekeepers.");
    public static readonly MechanismType Type = new(MechanismNames.CivilMediation,
        "UN envoys mediate ongoing civil conflicts after the Cold War, unless vetoed: a negotiated end grows likelier; unguarded settlements break down more often.",
        () => new CivilMediation(), [Mediations, Vetoed, Settlements, Guarded], options: new CivilMediationOptions());

    /// <summary>Per state: the start year + 1 of the civil conflict envoys mediate (0: none).</summary>
    private int[] mediating = [];
    /// <summary>Per state: year (exclusive) until which a mediated settlement's follow-up changes the relapse hazard, and by how much.</summary>
    private int[] followUpUntil = [];
    private double[] relapseRatio = [];
    private CivilMediationOptions o = new();

    public void Found(RegimeContext r)
    {
        o = r.Parameters.Mechanisms.Of<CivilMediationOptions>(Type);
        mediating = new int[r.World.StateCount];
        followUpUntil = new int[r.World.StateCount];
        relapseRatio = new double[r.World.StateCount];
    }

    public double SettlementHazard(RegimeContext r, CivilConflict conflict)
    {
        int s = conflict.State;
        if (mediating[s] == conflict.StartYear + 1) return o.SettlementRatio;
        if (r.IsColdWar) return 1; // the Cold War closes the Council to civil wars
        var vote = r.Authority is { } organ
            ? organ.Mediation(r, s, o.TakeUp, conflict.Key)
            : r.Draws.Uniform(Purpose.CivilMediation, r.Year, conflict.Key) < o.TakeUp ? Vote.Passed : Vote.NotTakenUp;
        if (vote == Vote.Vetoed) r.Tally.Add(Vetoed);
        if (vote != Vote.Passed) return 1;
        mediating[s] = conflict.StartYear + 1;
        r.Tally.Add(Mediations);
        return o.SettlementRatio;
    }

    public void OnEpisodeEnded(RegimeContext r, in EndedEpisode e, EpisodeAftermath aftermath)
    {
        if (e.Kind != EpisodeKind.Civil || mediating[e.Host] != e.StartYear + 1) return;
        mediating[e.Host] = 0;
        if (e.EndedBy != EndReason.PeaceAgreement) return;
        r.Tally.Add(Settlements);
        if (aftermath.PeacekeepersPresent) r.Tally.Add(Guarded);
        relapseRatio[e.Host] = !aftermath.PeacekeepersPresent ? o.UnguardedRelapseRatio
            : aftermath.PeacebuildingMandated ? o.PeacebuiltRelapseRatio
            : 1;
        followUpUntil[e.Host] = r.Year + o.FollowUpYears + 1;
        ActiveUntil = Math.Max(ActiveUntil, followUpUntil[e.Host]);
    }

    /// <summary>Multiplier on the hazard of renewed civil conflict in the state.</summary>
    public double CivilHazard(int year, int state) => followUpUntil[state] > year ? relapseRatio[state] : 1;

    public void MultiplyCivilHazard(int year, Span<double> factor)
    {
        if (ActiveUntil <= year) return; // every factor is 1
        for (int s = 0; s < factor.Length; s++) factor[s] *= CivilHazard(year, s);
    }

    public int ActiveUntil { get; private set; }

    /// <summary>No missions between states: a renewed war's hazard is left at 1.</summary>
    public int DyadMissionsUntil => 0;

    public bool MayRaiseRenewedWarHazard => false;
}
