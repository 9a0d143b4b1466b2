namespace Simulator.Regimes;

/// <summary>What a regime did in one run: the per-run counts of runs.csv (MODEL.md section 7).</summary>
public sealed class RegimeTally
{
    public int Vetoes, Resolutions, Sanctions, SanctionsSucceeded, CollectiveActions, PeacekeepingDeployed;
    public int UnitingForPeaceSessions, Referrals, ReferralsSettled, Congresses;
    /// <summary>Crises prevented, by mechanism, indexed like <see cref="MechanismNames.Preventing"/>.</summary>
    public readonly int[] PreventedBy = new int[MechanismNames.Preventing.Length];
}
