using Simulator.Entities;
using Simulator.Observation;
using Simulator.Parameters;
using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// The UN Security Council: the strongest states at founding are permanent members (fixed for the
/// run), the rest elected for a term. A resolution needs <c>votes_needed</c> affirmative votes and,
/// where the regime gives permanent members a veto, none of them casting it. On a crisis a
/// resolution lowers p_war by <c>council_crisis_effect</c> × credibility; its vote also gates the Council's
/// war-time tools (ceasefire directives, sanctions, collective action) and peacekeeping. The
/// Council lives in the UN's era schedule (Cold War, after it, later), counted from its founding,
/// which sets polarisation. It registers the UN's failure parameters (cohesion, credibility, budget, defection).
/// </summary>
public sealed class SecurityCouncil : IMechanism, IAuthority, IEraSchedule
{
    public static readonly Counter Vetoes = new("vetoes", "Vetoes cast in the Security Council.");
    public static readonly Counter Resolutions = new("resolutions", "Security Council resolutions passed.");
    public static readonly MechanismType Type = new(MechanismNames.SecurityCouncil,
        "Council of permanent and elected members; a resolution lowers a crisis's p_war and authorises war-time tools and missions.",
        () => new SecurityCouncil(), [Vetoes, Resolutions], prevents: true);

    private int[] permanent = [];
    private bool[] isPermanent = [];
    /// <summary>This term's elected members: the first <see cref="seated"/>, in order of their draws.</summary>
    private int[] elected = [];
    private int seated;
    private readonly Lottery lottery = new();
    private UnParameters p = new();
    /// <summary>The year the Council was founded: its eras count from here.</summary>
    private int founded;

    public void Found(RegimeContext r)
    {
        p = r.Parameters.Un;
        founded = r.Year;
        r.Authority = this;
        r.Eras = this;
        r.Failure = p;
        var w = r.World;
        permanent = w.StrongestAtLastRanking(p.PermanentMembers);
        isPermanent = new bool[w.StateCount];
        foreach (int m in permanent) isPermanent[m] = true;
        Elect(r);
    }

    public void Upkeep(RegimeContext r)
    {
        if (r.Year % p.TermYears == 0) Elect(r);
    }

    /// <summary>The elected seats of a term go by lottery to the eligible states with the smallest keyed draws.</summary>
    private void Elect(RegimeContext r)
    {
        var w = r.World;
        int seats = Math.Max(0, p.ElectedMembers);
        if (elected.Length != seats) elected = new int[seats];
        var draws = lottery.Begin(seats > 0 ? w.NextSlot : 0); // slots not yet entered are not alive
        r.Draws.Row(Purpose.ElectedSeats, r.Year / p.TermYears).Uniforms(draws);
        for (int i = 0; i < draws.Length; i++)
            lottery.EnterIf(w.IsAlive[i] & !isPermanent[i], i, draws[i]);
        seated = lottery.Draw(elected);
    }

    public Vote Decide(RegimeContext r, int against, int other, double takeUp, int key) =>
        Vote(r, against, other, takeUp, key, Question.Crisis);

    /// <summary>A peacekeeping mandate for the host (the Council acts with the host's, not against its, interest: a veto protects clients all the same).</summary>
    public Vote Mandate(RegimeContext r, int host, int other, int key) => Vote(r, host, other, 1.0, key, Question.Mission);
    public Vote Mediation(RegimeContext r, int host, double takeUp, int key) => Vote(r, host, -1, takeUp, key, Question.Mediation);

    /// <summary>A stalled Council (cohesion below the stall threshold, or no money) takes nothing up; members that left neither vote nor veto.</summary>
    private Vote Vote(RegimeContext r, int against, int other, double takeUp, int key, Question question)
    {
        var w = r.World;
        int year = r.Year;
        if (r.IsStalled) return Regimes.Vote.NotTakenUp;
        if (r.Draws.Uniform(Purpose.CouncilTakeUp, year, key, against, (int)question) >= takeUp) return Regimes.Vote.NotTakenUp;
        int yes = 0;
        var vetoes = r.Draws.Row(Purpose.Veto, year);
        foreach (int m in permanent)
        {
            if (!w.IsAlive[m] || !r.IsMember[m]) continue;
            bool party = m == against;
            bool friend = !party && (w.AreAllied(m, against) || w.Patron[against] == m);
            if (r.Veto is { } veto)
            {
                double vetoProbability = veto.Probability(r, m, against, other);
                if (vetoProbability > 0 && vetoes.Uniform(key, m, (int)question) < vetoProbability)
                {
                    r.Tally.Add(Vetoes);
                    return Regimes.Vote.Vetoed;
                }
            }
            if (!party && !friend) yes++;
        }
        // Each member's vote is its own keyed draw, so the order they are counted in cannot matter, and
        // the count stops once the resolution has its votes or can no longer get them.
        var votes = r.Draws.Row(Purpose.ElectedVote, year);
        for (int k = 0; k < seated && yes < p.VotesNeeded && yes + seated - k >= p.VotesNeeded; k++)
        {
            int i = elected[k];
            if (w.IsAlive[i] && r.IsMember[i] && i != against
                && votes.Uniform(key, i, (int)question) < p.ElectedYes)
                yes++;
        }
        if (yes < p.VotesNeeded) return Regimes.Vote.Failed;
        r.Tally.Add(Resolutions);
        return Regimes.Vote.Passed;
    }

    public void OnCrisis(RegimeContext r, CrisisDeliberation d)
    {
        d.RecordOrganVote(Vote(r, d.Crisis.Challenger, d.Crisis.Target, p.TakeUp + r.TakeUpBoost, d.Crisis.Dyad, Question.Crisis));
        if (d.OrganVote == Regimes.Vote.Passed) d.Reduce(Type, p.CouncilCrisisEffect * r.Credibility);
    }

    public void OnWarYear(RegimeContext r, War war, WarDeliberation d) =>
        d.OrganVote = Vote(r, war.Challenger, war.Target, p.WarTakeUp, war.Key, Question.War);

    public double Polarisation(int year) =>
        year - founded < p.ColdWarYears ? p.ColdWarPolarisation
        : year - founded < p.ColdWarYears + p.PostColdWarYears ? p.PostColdWarPolarisation
        : p.LaterPolarisation;

    public bool IsColdWar(int year) => year - founded < p.ColdWarYears;
}
