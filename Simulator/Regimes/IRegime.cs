using Simulator.Entities;
using Simulator.Observation;
using Simulator.Randomness;

namespace Simulator.Regimes;

/// <summary>
/// A collective-security regime, consulted at the points where MODEL.md section 5 says
/// institutions act. Every hook defaults to doing nothing, which is the <c>none</c> regime.
/// A regime decides; the processes apply its decisions.
/// </summary>
public interface IRegime
{
    /// <summary>The name written to every output row.</summary>
    string Name { get; }

    /// <summary>At the start of a run, once the world exists; the regime adds to the run's tally.</summary>
    void Begin(World world, IDrawSource draws, Tally tally) { }

    /// <summary>Step 3 of the year: cohesion or credibility drift, membership, rotation, collapse.</summary>
    void Upkeep(World world) { }

    /// <summary>Step 5: may change a crisis's escalation probability or impose a settlement.</summary>
    CrisisDecision Decide(in Crisis crisis, World world) => CrisisDecision.Unchanged(crisis.PWar);

    /// <summary>
    /// Whether <see cref="Decide"/> may raise a crisis's p_war or act on its value. While it cannot (it only
    /// multiplies p_war by factors of at most 1 that do not depend on it, or imposes a settlement), the crisis
    /// step may hand it a bound on p_war instead of p_war when the crisis's draw is above the bound: the crisis
    /// then ends the same either way (docs/MODEL.md, step 5, "Computing p_war"). Unknown: it may.
    /// </summary>
    bool MayRaiseEscalation => true;

    /// <summary>Step 5, after the keyed draw u decided the crisis: returns the mechanism credited if it was prevented.</summary>
    string? Resolve(double u, bool war, World world) => null;

    /// <summary>
    /// Step 6, once per war-year: directives that change how a war goes on. The war may be read for the run's length
    /// but not kept beyond it: the world hands its war objects to its thread's next run.
    /// </summary>
    WarDecision DecideWar(War war, World world) => WarDecision.None;

    /// <summary>Step 8: an episode ended; returns true when peacekeepers deploy.</summary>
    bool DeployPeacekeepers(in EndedEpisode episode, World world) => false;

    /// <summary>Multiplier on the hazard of a new crisis between a pair that has fought before (missions still deployed).</summary>
    double RenewedWarHazard(int year, int dyad) => 1;

    /// <summary>
    /// Multiplier on the hazard of renewed civil conflict in each state that has had one, written into
    /// <paramref name="factor"/> by state id (its length: the slots in use). Asked once a year, only
    /// while <see cref="PeaceOperationsUntil"/> says a mission may act.
    /// </summary>
    void CivilRelapseHazards(int year, Span<double> factor) => factor.Fill(1);

    /// <summary>
    /// Step 7, each year of an ongoing civil conflict: multiplier (at least 1) on the hazard that it
    /// ends this year in a negotiated settlement (mediation by the regime's envoys).
    /// </summary>
    double CivilSettlementHazard(CivilConflict conflict, World world) => 1;

    /// <summary>Fall in each state's fragility this year from peace operations, written into <paramref name="relief"/> by state id (as above).</summary>
    void FragilityReliefs(int year, Span<double> relief) => relief.Clear();

    /// <summary>
    /// The year (exclusive) until which a deployed peace operation may still change a hazard: from it
    /// on <see cref="RenewedWarHazard"/>, <see cref="CivilRelapseHazards"/> and <see cref="FragilityReliefs"/>
    /// answer 1, 1 and 0 for every dyad and state, and the per-dyad and per-state loops skip asking.
    /// Unknown: always ask.
    /// </summary>
    int PeaceOperationsUntil => int.MaxValue;

    /// <summary>
    /// The year (exclusive) until which <see cref="RenewedWarHazard"/> may differ from 1: a mission between
    /// two states still deployed. Civil missions (far more of them) do not keep the crisis step asking
    /// about every pair that has fought. Unknown: <see cref="PeaceOperationsUntil"/>.
    /// </summary>
    int DyadMissionsUntil => PeaceOperationsUntil;

    /// <summary>
    /// Whether <see cref="RenewedWarHazard"/> may ever exceed 1. While it cannot, the crisis step may settle a
    /// pair that fought by the bound it keeps without the regime's factor (a factor of at most 1 keeps the
    /// hazard under it) and asks only about the pairs whose draw falls below. Unknown: it may.
    /// </summary>
    bool MayRaiseRenewedWarHazard => true;

    int? CollapseYear => null;

    /// <summary>Cohesion or credibility in [0,1]; 1 when the regime has neither.</summary>
    double Strength => 1;
}
