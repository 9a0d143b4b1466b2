namespace Simulator.Parameters;

/// <summary>
/// The calendar mode (MODEL.md section 6): years labelled by calendar year, a burn-in that is
/// simulated but not reported, and a state system that follows the historical record.
/// </summary>
public sealed record CalendarParameters : IConsistentSection
{
    [Param("Calendar year of the first reported year; 0 for an abstract world whose years count from 0.", Min = 0, Max = 3000, Basis = "judgement: an experiment setting, not a fact about the world: 0 for the abstract world; history.yaml sets 1816, the start of the COW record")]
    public int StartYear { get; init; }

    [Param("Years simulated before the first reported year and not reported (lets alliances, rivalries and grievances form).", Min = 0, Max = 1000, Basis = "judgement: an experiment setting: the years alliances, rivalries and grievances need to form before reporting")]
    public int BurnInYears { get; init; }

    [Param("When true, the number of states, of great powers and of democracies follow the record by calendar year (COW, Polity5): states enter and unify, great powers are the strongest states in the record's number, regimes change.", Basis = "judgement: an experiment setting: the calendar mode follows COW and Polity5; off in the abstract world")]
    public bool FollowRecord { get; init; }

    [Param("Calendar eras reported separately: comma-separated first-last years, e.g. \"1816-1914, 1919-1939\"; empty for none.", Basis = "judgement: an experiment setting: eras are how results are reported, not a parameter of the world")]
    public string Eras { get; init; } = "";

    /// <summary>
    /// Eras that do not parse, follow_record with a start_year outside the record's years, and a burn-in that would begin
    /// before year 0 (the world's years are counted from 0:
    /// an abstract world's burn-in is its years 0 to burn_in_years - 1, a calendar world's the years before start_year).
    /// </summary>
    public (string Key, string Problem, string Allowed)? Disagreement()
    {
        try
        {
            ParseEras();
        }
        catch (FormatException ex)
        {
            return ("eras", ex.Message, "comma-separated FIRST-LAST calendar years, each first at most last, e.g. \"1816-1914, 1919-1939\"; empty for none");
        }
        if (FollowRecord && StartYear is < History.StateSystemRecord.FirstYear or > History.StateSystemRecord.LastYear)
            return ("start_year", $"{StartYear} is outside the record's years {History.StateSystemRecord.FirstYear}-{History.StateSystemRecord.LastYear}, which follow_record follows",
                $"a start_year from {History.StateSystemRecord.FirstYear} to {History.StateSystemRecord.LastYear}, or follow_record: false");
        if (StartYear > 0 && BurnInYears > StartYear)
            return ("burn_in_years", $"{BurnInYears} years of burn-in before start_year {StartYear} would begin before year 0",
                $"at most {StartYear} (start_year), or start_year 0 for an abstract world");
        return null;
    }

    /// <summary>The eras as (name, first year, last year), in the order given.</summary>
    public IReadOnlyList<Era> ParseEras() => Era.ParseList(Eras);

    [Param("Mean log capability of a new state relative to the log of the world's mean capability (new states are small).", Min = -20, Max = 5, Basis = "judgement; most post-1945 entrants were small, weak states")]
    public double EntrantLogCapability { get; init; } = -2.0;

    [Param("Fragility added to a new state's drawn fragility (new states are fragile).", Min = 0, Max = 1, Basis = "judgement; civil war risk is highest in the first years of independence (Fearon & Laitin 2003)")]
    public double EntrantFragility { get; init; } = 0.15;
}
