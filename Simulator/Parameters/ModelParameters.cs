namespace Simulator.Parameters;

/// <summary>Every parameter of one simulated world history; defaults are the calibrated baseline (MODEL.md section 9).</summary>
public sealed record ModelParameters : IConsistentSection
{
    [Param("Length of one run in reported years (a burn-in, model.calendar.burn_in_years, comes before them).", Min = 1, Max = 2000, Basis = "judgement: an experiment setting: two centuries, the span of the COW record (1816-2015)")]
    public int Years { get; init; } = 200;

    public CalendarParameters Calendar { get; init; } = new();
    public WorldParameters World { get; init; } = new();
    public AllianceParameters Alliances { get; init; } = new();
    public CrisisParameters Crises { get; init; } = new();
    public BargainingParameters Bargaining { get; init; } = new();
    public WarParameters War { get; init; } = new();
    public CivilParameters Civil { get; init; } = new();
    public ConcertParameters Concert { get; init; } = new();
    public LeagueParameters League { get; init; } = new();
    public UnParameters Un { get; init; } = new();
    /// <summary>Options of mechanisms that declare their own (model.mechanisms.&lt;name&gt;).</summary>
    public Regimes.MechanismOptions Mechanisms { get; init; } = new();

    /// <summary>The first simulated year: a calendar year in the calendar mode, else 0.</summary>
    public int FirstYear => Calendar.StartYear > 0 ? Calendar.StartYear - Calendar.BurnInYears : 0;

    /// <summary>The first year whose events are reported (after the burn-in).</summary>
    public int FirstReportedYear => FirstYear + Calendar.BurnInYears;

    /// <summary>Years simulated: the burn-in and the reported years.</summary>
    public int SimulatedYears => Calendar.BurnInYears + Years;

    /// <summary>The last year whose events are reported.</summary>
    public int LastReportedYear => FirstReportedYear + Years - 1;

    /// <summary>
    /// What the sections must agree on across them: every era holds a reported year. Eras are clipped to the reported
    /// years (EraTally), so one past the horizon reports its years within it; one with none reports only zeros.
    /// </summary>
    /// <remarks>Its years and calendar are all it reads (ExperimentPlan.FirstInconsistency keys its checks on them).</remarks>
    public (string Key, string Problem, string Allowed)? Disagreement()
    {
        if (Calendar.Disagreement() is not null) return null; // the calendar's own, reported at its section
        foreach (var era in Calendar.ParseEras())
            if (era.LastYear < FirstReportedYear || era.FirstYear > LastReportedYear)
                return ("calendar.eras", $"era {era.Name} holds none of the reported years {FirstReportedYear}-{LastReportedYear}",
                    "eras that overlap the years model.calendar.start_year and model.years report");
        return null;
    }
}
