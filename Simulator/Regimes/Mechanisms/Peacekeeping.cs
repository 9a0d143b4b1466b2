using Simulator.Entities;
using Simulator.Numerics;
using Simulator.Observation;
using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// Peacekeeping operations after a war or civil conflict ends: mandated by the regime's authority
/// (or by the assembly when a veto blocks the mandate), with the host's consent, within a budget of
/// concurrent missions that is small in the Cold War and larger after (13 missions 1948-87, about 58
/// since; sf60). While a mission is deployed, the hazard of renewed fighting between its parties is
/// multiplied by <c>peacekeeping_hazard_ratio</c> (Fortna 2008: down 50-75%). Where the regime lives
/// in a Cold War era, missions in civil conflicts start only after it (the post-1989 pattern).
/// Missions do not go to random cases: the harder ones, deadlier and longer and ended without a
/// decisive victory, are likelier to get one (Fortna 2008), which is why a naive comparison of
/// peace with and without peacekeepers understates their effect (<see cref="PeacekeepingOptions"/>).
/// Deployed missions serve out their mandate even if the regime collapses.
/// </summary>
public sealed class Peacekeeping : IMechanism, IPeaceOperation
{
    public static readonly Counter Deployed = new("pko_deployed", "Peacekeeping operations deployed.");
    public static readonly MechanismType Type = new(MechanismNames.Peacekeeping,
        "Missions after an episode ends, mandated and consented to, within a capacity budget; they lower the hazard of renewed fighting.",
        () => new Peacekeeping(), [Deployed], options: new PeacekeepingOptions());

    /// <summary>Battle deaths of the reference case (COW's threshold of a war).</summary>
    private const double ReferenceDeaths = 1000;

    /// <summary>
    /// The end years of the missions deployed, in order: each ends the run's fixed mandate length after the
    /// year it deployed, and the years only move on, so they never fall.
    /// </summary>
    private readonly List<int> missionsEnd = new();
    /// <summary>The missions at the start of <see cref="missionsEnd"/> already over: the years only move on.</summary>
    private int missionsOver;
    /// <summary>Year (exclusive) until which peacekeepers keep a state's civil peace.</summary>
    private int[] untilState = [];
    /// <summary>
    /// Missions between two states, in the order deployed, so their end years never fall (one mandate
    /// length): a handful a run, where an array over the calendar world's 54,000 dyads cost 216 KB for
    /// every regime founded.
    /// </summary>
    private readonly List<(int Dyad, int Until)> dyadMissions = new();
    private int activeUntil;
    private double hazardRatio = 1;
    private PeacekeepingOptions o = new();

    public void Found(RegimeContext r)
    {
        o = r.Parameters.Mechanisms.Of<PeacekeepingOptions>(Type);
        untilState = new int[r.World.StateCount];
        hazardRatio = r.Parameters.Un.PeacekeepingHazardRatio;
    }

    public void OnEpisodeEnded(RegimeContext r, in EndedEpisode e, EpisodeAftermath aftermath)
    {
        if (TryDeploy(r, e)) aftermath.PeacekeepersDeployed = true;
        if (e.Kind == EpisodeKind.Civil && untilState[e.Host] > r.Year) aftermath.PeacekeepersPresent = true;
    }

    private bool TryDeploy(RegimeContext r, in EndedEpisode e)
    {
        if (e.EndedBy is EndReason.Censored or EndReason.Conquest) return false;
        var p = r.Parameters.Un;
        var w = r.World;
        if (e.Kind == EpisodeKind.Civil && r.IsColdWar) return false;
        if (!w.IsAlive[e.Host] || (e.Other >= 0 && !w.IsAlive[e.Other])) return false;

        int capacity = r.IsColdWar ? p.PeacekeepingCapacityColdWar : p.PeacekeepingCapacityLater;
        while (missionsOver < missionsEnd.Count && missionsEnd[missionsOver] <= r.Year) missionsOver++;
        if (missionsEnd.Count - missionsOver >= capacity) return false; // the missions still deployed

        if (r.Draws.Uniform(Purpose.PeacekeepingSelection, r.Year, e.Key) >= SelectionProbability(r, e)) return false;
        if (!IsMandated(r, e)) return false;
        if (r.Draws.Uniform(Purpose.PeacekeepingConsent, r.Year, e.Key) >= p.PeacekeepingConsent) return false;

        int until = r.Year + p.MandateYears + 1;
        missionsEnd.Add(until);
        if (e.Kind == EpisodeKind.Civil) untilState[e.Host] = until;
        else dyadMissions.Add((w.DyadIndex(e.Host, e.Other), until));
        activeUntil = Math.Max(activeUntil, until);
        r.Tally.Add(Deployed);
        return true;
    }

    /// <summary>Probability that a mission is considered for this case: higher for the harder ones.</summary>
    internal double SelectionProbability(RegimeContext r, in EndedEpisode e)
    {
        bool decisive = e.EndedBy is EndReason.Victory or EndReason.GovernmentVictory or EndReason.RebelVictory;
        double odds = o.SelectionOdds * (decisive ? o.VictoryOdds : 1)
                      * PortableMath.Pow(Math.Max(e.BattleDeaths, 1) / ReferenceDeaths, o.DeathsElasticity)
                      * PortableMath.Pow(Math.Max(r.Year - e.StartYear + 1, 1), o.DurationElasticity);
        if (e.Kind == EpisodeKind.Civil)
            odds *= PortableMath.Exp(o.FragilityEffect * (r.World.Fragility[e.Host] - r.Parameters.World.FragilityMean));
        return odds / (1 + odds);
    }

    /// <summary>The deciding organ mandates the mission, or, when a veto blocks it, the assembly does; a regime without an organ needs no mandate.</summary>
    private static bool IsMandated(RegimeContext r, in EndedEpisode e)
    {
        if (r.Authority is null) return true;
        var vote = r.Authority.Mandate(r, e.Host, e.Other, e.Key);
        return vote == Vote.Passed || (vote == Vote.Vetoed && r.Assembly is { } assembly && assembly.Convenes(r, e.Key, Question.Mission));
    }

    public double RenewedWarHazard(int year, int dyad)
    {
        // Newest first: the first mission already over ends the search, every earlier one is over too.
        for (int m = dyadMissions.Count - 1; m >= 0 && dyadMissions[m].Until > year; m--)
            if (dyadMissions[m].Dyad == dyad) return hazardRatio;
        return 1;
    }

    public int ActiveUntil => activeUntil;

    /// <summary>Its one factor is the hazard ratio, at most 1 by its range (Fortna 2008: peacekeepers lower the hazard).</summary>
    public bool MayRaiseRenewedWarHazard => hazardRatio > 1;

    public int DyadMissionsUntil => dyadMissions.Count > 0 ? dyadMissions[^1].Until : 0; // end years never fall

    /// <summary>Multiplier on the hazard of renewed civil conflict in the state.</summary>
    public double CivilHazard(int year, int state) => untilState[state] > year ? hazardRatio : 1;

    public void MultiplyCivilHazard(int year, Span<double> factor)
    {
        if (activeUntil <= year) return; // every factor is 1
        for (int s = 0; s < factor.Length; s++) factor[s] *= CivilHazard(year, s);
    }
}
