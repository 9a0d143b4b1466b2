namespace Simulator.Observation;

/// <summary>The totals of one run (MODEL.md section 7, per run); one row of runs.csv.</summary>
public sealed record RunResult
{
    public int Years { get; init; }
    public long StateYears { get; init; }
    public int Crises { get; init; }
    public int CrisesPrevented { get; init; }
    public int InterstateWars { get; init; }
    public int CivilWars { get; init; }
    public int GreatPowerWars { get; init; }
    public int SystemicWars { get; init; }
    public double BattleDeaths { get; init; }
    public int StatesConquered { get; init; }
    public int InterstateRelapses10Years { get; init; }
    public int CivilRelapses10Years { get; init; }
    /// <summary>State-years spent as a great power, and war entries by great powers and by minor states.</summary>
    public long GreatPowerStateYears { get; init; }
    public int GreatPowerWarEntries { get; init; }
    public int MinorWarEntries { get; init; }
    /// <summary>Dyad-years of living contiguous and non-contiguous pairs, and war onsets (initiating dyads) in each.</summary>
    public long ContiguousDyadYears { get; init; }
    public long DistantDyadYears { get; init; }
    public int ContiguousWarOnsets { get; init; }
    public int DistantWarOnsets { get; init; }

    // What the regime did (zero under none).
    public int Vetoes { get; init; }
    public int Resolutions { get; init; }
    public int Sanctions { get; init; }
    public int SanctionsSucceeded { get; init; }
    public int CollectiveActions { get; init; }
    public int PeacekeepingDeployed { get; init; }
    public int UnitingForPeaceSessions { get; init; }
    public int Referrals { get; init; }
    public int ReferralsSettled { get; init; }
    public int Congresses { get; init; }
    /// <summary>Year the regime collapsed, or null.</summary>
    public int? RegimeCollapseYear { get; init; }
    // Crises prevented, by mechanism (MechanismNames.Preventing).
    public int PreventedByCongress { get; init; }
    public int PreventedByReferral { get; init; }
    public int PreventedByPledge { get; init; }
    public int PreventedByGoodOffices { get; init; }
    public int PreventedBySecurityCouncil { get; init; }
    public int PreventedByUnitingForPeace { get; init; }
}
