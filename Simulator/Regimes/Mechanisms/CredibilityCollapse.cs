using Simulator.Entities;
using Simulator.Observation;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// Credibility of the regime's answer to aggression, the same for every regime (values from the
/// family its organ registers). A new war between members with a great-power party that the regime
/// did not answer in its first year (no resolution or congress, no sanctions, no imposed end) costs <c>unanswered_cost</c>; an
/// answered one restores <c>answered_gain</c>; every question a veto or a blocking seat stops costs
/// <c>veto_cost</c>; credibility recovers by <c>credibility_recovery</c> of the gap to 1 a year. It
/// scales the deterrence of the regime's organ and pledge. Below <c>collapse_credibility</c> the regime is over.
/// </summary>
public sealed class CredibilityCollapse : IMechanism
{
    public static readonly Counter Unanswered = new("unanswered_aggressions", "New wars between members, with a great-power party, the regime left unanswered in their first year.");
    public static readonly Counter Collapsed = new("collapsed_by_credibility", "1 when the regime ended because its credibility fell below the threshold.");
    public static readonly MechanismType Type = new(MechanismNames.CredibilityCollapse,
        "Credibility falls with unanswered aggression and vetoes, recovers with answered aggression and time; below a threshold the regime ends.",
        () => new CredibilityCollapse(), [Unanswered, Collapsed]);

    public void Upkeep(RegimeContext r)
    {
        if (r.Failure is not { } p) return;
        r.Credibility = Math.Min(1, r.Credibility + p.CredibilityRecovery * (1 - r.Credibility));
        Check(r, p);
    }

    public void AfterCrisis(RegimeContext r, CrisisDeliberation d, bool war)
    {
        if (r.Failure is { } p && d.OrganVote == Vote.Vetoed) Lose(r, p, p.VetoCost);
    }

    public void OnWarYear(RegimeContext r, War war, WarDeliberation d)
    {
        if (r.Failure is not { } p) return;
        if (d.OrganVote == Vote.Vetoed) Lose(r, p, p.VetoCost);
        // The wars that test a collective-security regime are the great powers' (Manchuria, Abyssinia,
        // Korea): counting every minor war would make credibility a function of the number of states.
        if (!Aggression.IsNewAggressionByMember(r, war) || (!r.World.IsGreatPower[war.Challenger] && !r.World.IsGreatPower[war.Target])) return;
        if (d.OrganVote == Vote.Passed || d.SanctionsImposed || d.ImposesEnd)
        {
            r.Credibility = Math.Min(1, r.Credibility + p.AnsweredGain);
            return;
        }
        r.Tally.Add(Unanswered);
        Lose(r, p, p.UnansweredCost);
    }

    private static void Lose(RegimeContext r, Parameters.IFailureParameters p, double cost)
    {
        r.Credibility = Math.Max(0, r.Credibility - cost);
        Check(r, p);
    }

    private static void Check(RegimeContext r, Parameters.IFailureParameters p)
    {
        if (r.Credibility < p.CollapseCredibility) r.Collapse(Collapsed);
    }
}
