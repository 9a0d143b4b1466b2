namespace Simulator.Parameters;

/// <summary>The United Nations: Security Council with a P5 veto, Assembly, Secretary-General, peace operations (MODEL.md section 5).</summary>
public sealed record UnParameters
{
    [Param("Permanent members: the strongest states at founding, fixed for the run.", Min = 0, Max = 50)]
    public int PermanentMembers { get; init; } = 5;

    [Param("Elected Council members, rotating every term.", Min = 0, Max = 100)]
    public int ElectedMembers { get; init; } = 10;

    [Param("Years of an elected member's term.", Min = 1, Max = 100)]
    public int TermYears { get; init; } = 2;

    [Param("Affirmative votes a resolution needs (9 of 15).", Min = 1, Max = 200)]
    public int VotesNeeded { get; init; } = 9;

    [Param("Probability that an elected member votes for a resolution.", Min = 0, Max = 1)]
    public double ElectedYes { get; init; } = 0.8;

    [Param("Probability that the Council takes up a crisis at all (without early warning).", Min = 0, Max = 1)]
    public double TakeUp { get; init; } = 0.35;

    [Param("Added probability of take-up from the Secretary-General's early warning.", Min = 0, Max = 1)]
    public double EarlyWarningBoost { get; init; } = 0.2;

    [Param("Probability that the Council takes up an ongoing war in a year.", Min = 0, Max = 1)]
    public double WarTakeUp { get; init; } = 0.7;

    [Param("Veto probability of a P5 member when its ally or client is the target of action, at zero polarisation.", Min = 0, Max = 1)]
    public double VetoBase { get; init; } = 0.2;

    [Param("Length of the Cold War era from founding, in years (polarisation high).", Min = 0, Max = 2000)]
    public int ColdWarYears { get; init; } = 45;

    [Param("Length of the era after the Cold War, in years (polarisation low).", Min = 0, Max = 2000)]
    public int PostColdWarYears { get; init; } = 20;

    [Param("Bloc polarisation in the Cold War era (0-1).", Min = 0, Max = 1)]
    public double ColdWarPolarisation { get; init; } = 0.9;

    [Param("Bloc polarisation after the Cold War.", Min = 0, Max = 1)]
    public double PostColdWarPolarisation { get; init; } = 0.2;

    [Param("Bloc polarisation in the later era.", Min = 0, Max = 1)]
    public double LaterPolarisation { get; init; } = 0.5;

    [Param("Fraction of escalation probability a Council resolution on a crisis removes.", Min = 0, Max = 1)]
    public double CouncilCrisisEffect { get; init; } = 0.5;

    [Param("Multiplier on yearly war termination under a ceasefire directive (MODEL.md: x1.5-2).", Min = 1, Max = 10)]
    public double CeasefireTermination { get; init; } = 1.75;

    [Param("Fraction of capability Council sanctions cost the aggressor per year.", Min = 0, Max = 1)]
    public double SanctionCost { get; init; } = 0.03;

    [Param("Yearly probability that Council sanctions make the aggressor stop.", Min = 0, Max = 1)]
    public double SanctionSuccess { get; init; } = 0.1;

    [Param("Probability of collective military action when the coalition can overpower the aggressor (rare).", Min = 0, Max = 1)]
    public double CollectiveAction { get; init; } = 0.05;

    [Param("Probability that Uniting for Peace convenes after a veto over a breach of the peace (sf61: 11 sessions 1950-2022).", Min = 0, Max = 1)]
    public double UnitingForPeace { get; init; } = 0.15;

    [Param("Fraction of escalation probability an Assembly recommendation removes (weaker than the Council).", Min = 0, Max = 1)]
    public double AssemblyEffect { get; init; } = 0.2;

    [Param("Multiplier on war termination from an Assembly recommendation.", Min = 1, Max = 10)]
    public double AssemblyTermination { get; init; } = 1.2;

    [Param("Probability that the Secretary-General's good offices engage in a crisis (MODEL.md: 0.3).", Min = 0, Max = 1)]
    public double GoodOfficesEngaged { get; init; } = 0.3;

    [Param("Fraction of escalation probability good offices remove (MODEL.md: 0.3).", Min = 0, Max = 1)]
    public double GoodOfficesEffect { get; init; } = 0.3;

    [Param("Rivalry added when a mediated crisis is defused: mediated agreements break down more often (Beardsley 2008).", Min = 0, Max = 10)]
    public double MediationBacklash { get; init; } = 0.5;

    [Param("Probability that a host consents to peacekeepers.", Min = 0, Max = 1)]
    public double PeacekeepingConsent { get; init; } = 0.8;

    [Param("Concurrent peacekeeping missions in the Cold War era (5 missions among ~160 states, scaled to 40).", Min = 0, Max = 1000)]
    public int PeacekeepingCapacityColdWar { get; init; } = 1;

    [Param("Concurrent peacekeeping missions after the Cold War (15 among ~190 states, scaled to 40).", Min = 0, Max = 1000)]
    public int PeacekeepingCapacityLater { get; init; } = 4;

    [Param("Years a peacekeeping mandate lasts.", Min = 1, Max = 100)]
    public int MandateYears { get; init; } = 8;

    [Param("Hazard ratio of renewed fighting while peacekeepers are present (Fortna 2008: 0.25-0.5).", Min = 0, Max = 1)]
    public double PeacekeepingHazardRatio { get; init; } = 0.35;

    [Param("Yearly fall in fragility under a peacebuilding mandate (MODEL.md: 0.02-0.05).", Min = 0, Max = 1)]
    public double PeacebuildingPerYear { get; init; } = 0.03;

    [Param("Probability that a peacekeeping mandate is multidimensional (peacebuilding).", Min = 0, Max = 1)]
    public double PeacebuildingShare { get; init; } = 0.5;

    [Param("Capability a coalition of willing members needs, as a multiple of the aggressor side's, before it takes collective action.", Min = 0, Max = 100, Basis = "judgement")]
    public double CollectiveActionSuperiority { get; init; } = 2;
}
