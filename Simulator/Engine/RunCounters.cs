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

    public RunResult ToResult(int years) => new()
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
    };
}
