using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// Disputes between League members may be referred to the Council (minor states' disputes more
/// often than great powers'); unless a party's seat blocks it under unanimity, arbitration settles
/// them with <c>settle_probability</c> (target: 21 of 42 referred disputes settled, 1920-37; sf56).
/// </summary>
internal sealed class Referral : IMechanism
{
    public string Name => MechanismNames.Referral;

    public void OnCrisis(RegimeContext r, CrisisDeliberation d)
    {
        var c = d.Crisis;
        if (!r.IsMember[c.Challenger] || !r.IsMember[c.Target] || r.Authority is null) return;
        var p = r.Parameters.League;
        var w = r.World;
        double referral = w.IsGreatPower[c.Challenger] || w.IsGreatPower[c.Target] ? p.ReferralGreatPower : p.ReferralMinor;
        d.Vote = r.Authority.Decide(r, c.Challenger, c.Target, referral, c.Dyad);
        if (d.Vote == Vote.NotTakenUp) return;
        r.Tally.Referrals++;
        if (d.Vote != Vote.Passed) return;
        if (r.Draws.Uniform(Purpose.Arbitration, r.Year, c.Challenger, c.Target) >= r.Parameters.League.SettleProbability) return;
        r.Tally.ReferralsSettled++;
        d.ImposeSettlement(Name);
    }
}
