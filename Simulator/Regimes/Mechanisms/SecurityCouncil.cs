using Simulator.Entities;
using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// The UN Security Council: the strongest states at founding are permanent members (fixed for the
/// run), the rest elected for a term. A resolution needs <c>votes_needed</c> affirmative votes and,
/// while the <c>veto</c> mechanism is on, no veto: a permanent member vetoes action against itself,
/// and against an ally or client with a probability rising with bloc polarisation. With
/// <c>early_warning</c>, the Secretary-General raises the chance that a crisis is taken up at all.
/// On a crisis a resolution lowers p_war by <c>council_crisis_effect</c>; its vote also gates the
/// Council's war-time tools (ceasefire directives, sanctions, collective action) and peacekeeping.
/// </summary>
internal sealed class SecurityCouncil : IMechanism, IAuthority
{
    internal const int CrisisQuestion = 0, WarQuestion = 1, MissionQuestion = 2;
    private int[] permanent = [];
    private bool[] elected = [];

    public string Name => MechanismNames.SecurityCouncil;

    public void Found(RegimeContext r)
    {
        r.Authority = this;
        var w = r.World;
        permanent = w.RankOrder.Where(i => w.IsAlive[i]).Take(r.Parameters.Un.PermanentMembers).Order().ToArray();
        elected = new bool[w.StateCount];
        Elect(r);
    }

    public void Upkeep(RegimeContext r)
    {
        if (r.Year % r.Parameters.Un.TermYears == 0) Elect(r);
    }

    private void Elect(RegimeContext r)
    {
        var w = r.World;
        Array.Clear(elected);
        var candidates = new List<(double Draw, int State)>();
        for (int i = 0; i < w.StateCount; i++)
            if (w.IsAlive[i] && Array.IndexOf(permanent, i) < 0)
                candidates.Add((r.Draws.Uniform(Purpose.ElectedSeats, r.Year / r.Parameters.Un.TermYears, i), i));
        candidates.Sort();
        for (int k = 0; k < Math.Min(r.Parameters.Un.ElectedMembers, candidates.Count); k++) elected[candidates[k].State] = true;
    }

    public Vote Decide(RegimeContext r, int against, int other, double takeUp, int key) =>
        Vote(r, against, takeUp, key, CrisisQuestion);

    private Vote Vote(RegimeContext r, int against, double takeUp, int key, int question)
    {
        var p = r.Parameters.Un;
        var w = r.World;
        int year = r.Year;
        if (r.Draws.Uniform(Purpose.CouncilTakeUp, year, key, against, question) >= takeUp) return Regimes.Vote.NotTakenUp;
        int yes = 0;
        foreach (int m in permanent)
        {
            if (!w.IsAlive[m]) continue;
            bool party = m == against;
            bool friend = !party && (w.AreAllied(m, against) || w.Patron[against] == m);
            if (r.Has(MechanismNames.Veto))
            {
                double vetoProbability = party ? 1 : friend ? p.VetoBase + (1 - p.VetoBase) * r.Polarisation : 0;
                if (vetoProbability > 0 && r.Draws.Uniform(Purpose.Veto, year, key, m, question) < vetoProbability)
                {
                    r.Tally.Vetoes++;
                    return Regimes.Vote.Vetoed;
                }
            }
            if (!party && !friend) yes++;
        }
        for (int i = 0; i < w.StateCount; i++)
            if (elected[i] && w.IsAlive[i] && i != against
                && r.Draws.Uniform(Purpose.ElectedVote, year, key, i, question) < p.ElectedYes)
                yes++;
        if (yes < p.VotesNeeded) return Regimes.Vote.Failed;
        r.Tally.Resolutions++;
        return Regimes.Vote.Passed;
    }

    public void OnCrisis(RegimeContext r, CrisisDeliberation d)
    {
        var p = r.Parameters.Un;
        double takeUp = p.TakeUp + (r.Has(MechanismNames.EarlyWarning) ? p.EarlyWarningBoost : 0);
        d.Vote = Vote(r, d.Crisis.Challenger, takeUp, d.Crisis.Dyad, CrisisQuestion);
        if (d.Vote == Regimes.Vote.Passed) d.Reduce(Name, p.CouncilCrisisEffect);
    }

    public void OnWarYear(RegimeContext r, War war, WarDeliberation d) =>
        d.Vote = Vote(r, war.Challenger, r.Parameters.Un.WarTakeUp, war.Episode, WarQuestion);

    /// <summary>A peacekeeping mandate for the host (the Council acts with the host's, not against its, interest: a veto protects clients all the same).</summary>
    internal Vote Mandate(RegimeContext r, int host, int key) => Vote(r, host, 1.0, key, MissionQuestion);
}
