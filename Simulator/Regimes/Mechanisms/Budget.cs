using Simulator.Entities;
using Simulator.Observation;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// The money for operations, the same for every regime (values from the family its organ registers),
/// as a share of a full reserve. Each year members pay <c>budget_income</c> × their share of world
/// capability × (1 − <c>arrears_polarisation</c> × polarisation); every action of the organ (a congress,
/// a referral or resolution on a crisis, a resolution on a war-year, sanctions) costs
/// <c>operation_cost</c> and every peace operation deployed <c>mission_cost</c>. The organ mandates no
/// mission it cannot pay for (arrears held peacekeeping back in the 1960s and 1990s). A regime that
/// cannot pay for one more action is insolvent and its organ stalls until the money comes back;
/// insolvent for <c>insolvency_years</c> years running, it is over.
/// </summary>
public sealed class Budget : IMechanism
{
    public static readonly Counter InsolventYears = new("insolvent_years", "Years the regime could not pay for one more action, so its organ stalled.");
    public static readonly Counter Collapsed = new("collapsed_by_budget", "1 when the regime ended insolvent.");
    public static readonly MechanismType Type = new(MechanismNames.Budget,
        "Members pay by their capability, less arrears when polarised; actions and missions cost; insolvent, the organ stalls, and in the end the regime ends.",
        () => new Budget(), [InsolventYears, Collapsed]);

    private int insolventRun;

    /// <summary>The organ's mandates pass through the purse: no money for a mission, no mission (founded after the organs, in catalog order).</summary>
    public void Found(RegimeContext r)
    {
        if (r.Authority is { } organ) r.Authority = new FundedAuthority(organ);
    }

    public void Upkeep(RegimeContext r)
    {
        if (r.Failure is not { } p) return;
        var (members, all) = r.MemberCapability();
        // A year in which the money ran out at some point (since the last upkeep) counts as insolvent.
        bool ranOut = r.IsInsolvent;
        double paying = (all > 0 ? members / all : 0) * Math.Max(0, 1 - p.ArrearsPolarisation * r.Polarisation);
        r.Budget = Math.Min(1, r.Budget + p.BudgetIncome * paying);
        r.IsInsolvent = r.Budget < p.OperationCost;
        if (!ranOut && !r.IsInsolvent)
        {
            insolventRun = 0;
            return;
        }
        r.Tally.Add(InsolventYears);
        if (++insolventRun >= p.InsolvencyYears) r.Collapse(Collapsed);
    }

    public void AfterCrisis(RegimeContext r, CrisisDeliberation d, bool war)
    {
        if (r.Failure is { } p && d.OrganVote == Vote.Passed) Spend(r, p.OperationCost);
    }

    public void OnWarYear(RegimeContext r, War war, WarDeliberation d)
    {
        if (r.Failure is { } p && (d.OrganVote == Vote.Passed || d.SanctionsImposed)) Spend(r, p.OperationCost);
    }

    public void OnEpisodeEnded(RegimeContext r, in EndedEpisode e, EpisodeAftermath aftermath)
    {
        if (r.Failure is { } p && aftermath.PeacekeepersDeployed) Spend(r, p.MissionCost);
    }

    private static void Spend(RegimeContext r, double cost)
    {
        r.Budget = Math.Max(0, r.Budget - cost);
        if (r.Failure is { } p && r.Budget < p.OperationCost) r.IsInsolvent = true;
    }

    /// <summary>The deciding organ, with mission mandates refused when the budget cannot pay for them.</summary>
    private sealed class FundedAuthority(IAuthority organ) : IAuthority
    {
        public Vote Decide(RegimeContext r, int against, int other, double takeUp, int key) => organ.Decide(r, against, other, takeUp, key);

        public Vote Mandate(RegimeContext r, int host, int other, int key) =>
            r.Failure is { } p && r.Budget < p.MissionCost ? Vote.Failed : organ.Mandate(r, host, other, key);
    }
}
