using Simulator.Observation;

namespace Simulator.Engine;

/// <summary>The running totals of one run; turned into a <see cref="RunResult"/> at the end.</summary>
internal sealed class RunCounters
{
    public long StateYears, GreatPowerStateYears, ContiguousDyadYears, DistantDyadYears;
    public int Crises, CrisesPrevented, InterstateWars, CivilWars, GreatPowerWars, SystemicWars;
    public int StatesConquered, InterstateRelapses10Years, CivilRelapses10Years;
    public int GreatPowerWarEntries, MinorWarEntries, ContiguousWarOnsets, DistantWarOnsets;
    public double BattleDeaths;

    // This year's counts, for the yearly record.
    public int CrisesThisYear, WarOnsetsThisYear, CivilOnsetsThisYear;

    public void BeginYear() => CrisesThisYear = WarOnsetsThisYear = CivilOnsetsThisYear = 0;

    public RunResult ToResult(int years, Regimes.IRegime regime)
    {
        var t = regime.Tally ?? new Regimes.RegimeTally();
        return new RunResult
    {
        Years = years,
        StateYears = StateYears,
        Crises = Crises,
        CrisesPrevented = CrisesPrevented,
        InterstateWars = InterstateWars,
        CivilWars = CivilWars,
        GreatPowerWars = GreatPowerWars,
        SystemicWars = SystemicWars,
        BattleDeaths = BattleDeaths,
        StatesConquered = StatesConquered,
        InterstateRelapses10Years = InterstateRelapses10Years,
        CivilRelapses10Years = CivilRelapses10Years,
        GreatPowerStateYears = GreatPowerStateYears,
        GreatPowerWarEntries = GreatPowerWarEntries,
        MinorWarEntries = MinorWarEntries,
        ContiguousDyadYears = ContiguousDyadYears,
        DistantDyadYears = DistantDyadYears,
        ContiguousWarOnsets = ContiguousWarOnsets,
        DistantWarOnsets = DistantWarOnsets,
        Vetoes = t.Vetoes,
        Resolutions = t.Resolutions,
        Sanctions = t.Sanctions,
        SanctionsSucceeded = t.SanctionsSucceeded,
        CollectiveActions = t.CollectiveActions,
        PeacekeepingDeployed = t.PeacekeepingDeployed,
        UnitingForPeaceSessions = t.UnitingForPeaceSessions,
        Referrals = t.Referrals,
        ReferralsSettled = t.ReferralsSettled,
        Congresses = t.Congresses,
        RegimeCollapseYear = regime.CollapseYear,
        PreventedByCongress = t.PreventedBy[0],
        PreventedByReferral = t.PreventedBy[1],
        PreventedByPledge = t.PreventedBy[2],
        PreventedByGoodOffices = t.PreventedBy[3],
        PreventedBySecurityCouncil = t.PreventedBy[4],
        PreventedByUnitingForPeace = t.PreventedBy[5],
    };
    }
}
