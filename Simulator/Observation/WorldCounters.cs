namespace Simulator.Observation;

/// <summary>The counters of what happens in the world itself, whatever the regime (MODEL.md section 7).</summary>
public static class WorldCounters
{
    public static readonly Counter Years = new("years", "Length of the run in years.");
    public static readonly Counter StateYears = new("state_years", "Years lived by states (exposure for per-state rates).");
    public static readonly Counter Crises = new("crises", "Militarised disputes (crises) between states.");
    public static readonly Counter CrisesPrevented = new("crises_prevented", "Crises the regime turned from war to peace (the draw fell between p_war with and without the regime).");
    public static readonly Counter InterstateWars = new("interstate_wars", "Inter-state wars begun.");
    public static readonly Counter CivilWars = new("civil_wars", "Civil conflicts begun.");
    public static readonly Counter GreatPowerWars = new("great_power_wars", "Wars with great powers on opposing sides.");
    public static readonly Counter SystemicWars = new("systemic_wars", "Wars in which three or more great powers fought.");
    public static readonly Counter BattleDeaths = new("battle_deaths", "Battle deaths in inter-state and civil wars (rounded).", CounterKind.Total);
    public static readonly Counter StatesConquered = new("states_conquered", "States that died by conquest.");
    public static readonly Counter InterstateRelapses10Years = new("interstate_relapses_10y", "Wars renewing a war of the same pair within 10 years of its end.");
    public static readonly Counter CivilRelapses10Years = new("civil_relapses_10y", "Civil conflicts renewing one in the same state within 10 years of its end.");
    public static readonly Counter GreatPowerStateYears = new("great_power_state_years", "Years lived by great powers (exposure).");
    public static readonly Counter GreatPowerWarEntries = new("great_power_war_entries", "Entries of great powers into wars.");
    public static readonly Counter MinorWarEntries = new("minor_war_entries", "Entries of minor states into wars.");
    public static readonly Counter ContiguousDyadYears = new("contiguous_dyad_years", "Years lived by contiguous pairs of states (exposure).");
    public static readonly Counter DistantDyadYears = new("distant_dyad_years", "Years lived by non-contiguous pairs of states (exposure).");
    public static readonly Counter ContiguousWarOnsets = new("contiguous_war_onsets", "Wars begun by a contiguous pair.");
    public static readonly Counter DistantWarOnsets = new("distant_war_onsets", "Wars begun by a non-contiguous pair.");

    /// <summary>In runs.csv column order.</summary>
    internal static readonly Counter[] All =
    [
        Years, StateYears, Crises, CrisesPrevented, InterstateWars, CivilWars, GreatPowerWars, SystemicWars, BattleDeaths,
        StatesConquered, InterstateRelapses10Years, CivilRelapses10Years, GreatPowerStateYears, GreatPowerWarEntries,
        MinorWarEntries, ContiguousDyadYears, DistantDyadYears, ContiguousWarOnsets, DistantWarOnsets,
    ];
}
