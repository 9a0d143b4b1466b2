using System.Collections.Immutable;
using Simulator.Entities;
using Simulator.Observation;
using Simulator.Randomness;

namespace Simulator.Regimes;

/// <summary>
/// Runs a <see cref="RegimeSchedule"/>: at the regime upkeep of each scheduled year the next regime
/// is founded and the previous one stops acting. Peace operations the earlier regimes deployed
/// serve out their mandates.
/// </summary>
internal sealed class ScheduledRegime(string name, ImmutableArray<RegimeSchedule.Entry> entries) : IRegime
{
    /// <summary>
    /// The regimes that came before, with the year until which their peace operations may act: only
    /// the current regime deploys, so that year is final once a regime is replaced, and the per-state
    /// and per-dyad questions skip a regime whose missions are all over (its answers would be 1 and 0).
    /// </summary>
    private readonly List<(IRegime Regime, int Until)> earlier = new();
    private IRegime current = new NoRegime();
    private int next;
    private World? world;
    private IDrawSource? draws;
    private Tally? tally;

    public string Name { get; } = name;
    public int? CollapseYear => current.CollapseYear;
    public double Strength => current.Strength;

    public void Begin(World world, IDrawSource draws, Tally tally)
    {
        (this.world, this.draws, this.tally) = (world, draws, tally);
        Advance(world.Year);
    }

    private void Advance(int year)
    {
        while (next < entries.Length && entries[next].FromYear <= year)
        {
            earlier.Add((current, current.PeaceOperationsUntil));
            var entry = entries[next++];
            current = entry.Regime.Create(entry.Parameters);
            current.Begin(world!, draws!, tally!);
        }
    }

    public void Upkeep(World world)
    {
        Advance(world.Year);
        current.Upkeep(world);
    }

    public CrisisDecision Decide(in Crisis crisis, World world) => current.Decide(crisis, world);

    /// <summary>The current regime's answer: only it decides on crises.</summary>
    public bool MayRaiseEscalation => current.MayRaiseEscalation;

    public string? Resolve(double u, bool war, World world) => current.Resolve(u, war, world);

    public WarDecision DecideWar(War war, World world) => current.DecideWar(war, world);

    public bool DeployPeacekeepers(in EndedEpisode episode, World world) => current.DeployPeacekeepers(episode, world);

    public double CivilSettlementHazard(CivilConflict conflict, World world) => current.CivilSettlementHazard(conflict, world);

    public double RenewedWarHazard(int year, int dyad)
    {
        double factor = current.RenewedWarHazard(year, dyad);
        foreach (var (r, until) in earlier)
            if (until > year) factor *= r.RenewedWarHazard(year, dyad);
        return factor;
    }

    public int PeaceOperationsUntil
    {
        get
        {
            int until = current.PeaceOperationsUntil;
            foreach (var r in earlier) until = Math.Max(until, r.Until);
            return until;
        }
    }

    /// <summary>An earlier regime's dyad missions count until its own year or theirs ends, whichever is first.</summary>
    public int DyadMissionsUntil
    {
        get
        {
            int until = current.DyadMissionsUntil;
            foreach (var (r, regimeUntil) in earlier) until = Math.Max(until, Math.Min(regimeUntil, r.DyadMissionsUntil));
            return until;
        }
    }

    /// <summary>The current regime's answer or any earlier one's (their missions may still act).</summary>
    public bool MayRaiseRenewedWarHazard
    {
        get
        {
            if (current.MayRaiseRenewedWarHazard) return true;
            foreach (var (r, _) in earlier)
                if (r.MayRaiseRenewedWarHazard) return true;
            return false;
        }
    }

    public void CivilRelapseHazards(int year, Span<double> factor) =>
        Combine(year, factor, static (r, y, into) => r.CivilRelapseHazards(y, into), product: true);

    public void FragilityReliefs(int year, Span<double> relief) =>
        Combine(year, relief, static (r, y, into) => r.FragilityReliefs(y, into), product: false);

    private delegate void Answers(IRegime regime, int year, Span<double> into);

    /// <summary>
    /// The current regime's answers for every state, times (or plus) those of each earlier regime whose
    /// missions still act. Each earlier regime's answer is whole before it joins, as a state-by-state
    /// product (or sum) of the regimes' own answers would be: the same numbers to the last bit.
    /// </summary>
    private void Combine(int year, Span<double> into, Answers ask, bool product)
    {
        ask(current, year, into);
        foreach (var (r, until) in earlier)
        {
            if (until <= year) continue;
            var theirs = Scratch(into.Length);
            ask(r, year, theirs);
            for (int s = 0; s < into.Length; s++) into[s] = product ? into[s] * theirs[s] : into[s] + theirs[s];
        }
    }

    /// <summary>An earlier regime's answers, before they join the current one's; sized once (no allocation a year).</summary>
    private Span<double> Scratch(int length)
    {
        if (scratch.Length < length) scratch = new double[world!.StateCount];
        return scratch.AsSpan(0, length);
    }

    private double[] scratch = [];
}
