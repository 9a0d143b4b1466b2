using Simulator.Observation;
using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// Disputes between League members may be referred to the Council (minor states' disputes more
/// often than great powers'); unless a party's seat blocks it under unanimity, arbitration settles
/// them with <c>settle_probability</c> (target: 21 of 42 referred disputes settled, 1920-37; sf56).
/// </summary>
public sealed class Referral : IMechanism
{
    public static readonly Counter Referrals = new("referrals", "Disputes referred to the deciding organ (League).");
    public static readonly Counter Settled = new("referrals_settled", "Referred disputes settled by arbitration.");
    public static readonly MechanismType Type = new(MechanismNames.Referral,
        "Disputes between members are referred to the Council; unblocked, arbitration may settle them.",
        () => new Referral(), [Referrals, Settled], prevents: true);

    public void OnCrisis(RegimeContext r, CrisisDeliberation d)
    {
        var c = d.Crisis;
        if (!r.IsMember[c.Challenger] || !r.IsMember[c.Target] || r.Authority is null) return;
        var p = r.Parameters.League;
        var w = r.World;
        double referral = w.IsGreatPower[c.Challenger] || w.IsGreatPower[c.Target] ? p.ReferralGreatPower : p.ReferralMinor;
        d.RecordOrganVote(r.Authority.Decide(r, c.Challenger, c.Target, referral, c.Dyad));
        if (d.OrganVote == Vote.NotTakenUp) return;
        r.Tally.Add(Referrals);
        if (d.OrganVote != Vote.Passed) return;
        if (r.Draws.Uniform(Purpose.Arbitration, r.Year, c.Challenger, c.Target) >= p.SettleProbability) return;
        r.Tally.Add(Settled);
        d.ImposeSettlement(Type);
    }
}
