namespace Simulator.Observation;

/// <summary>
/// Counters of the state system and of dyads as the record counts them (COW: every pair of states on
/// opposite sides of a war is a war dyad, counted when the pair starts fighting; targets sf29-sf34).
/// </summary>
public static class SystemCounters
{
    public static readonly Counter StatesEntered = new("states_entered", "States that entered the system (calendar mode).");
    public static readonly Counter StatesUnified = new("states_unified", "States that left the system by unification (calendar mode).");
    public static readonly Counter DyadYears = new("dyad_years", "Years lived by pairs of living states (exposure).");
    public static readonly Counter WarDyads = new("war_dyads", "Pairs of states that began fighting on opposite sides of a war.");
    public static readonly Counter ContiguousWarDyads = new("contiguous_war_dyads", "War dyads of contiguous states.");
    public static readonly Counter DistantWarDyads = new("distant_war_dyads", "War dyads of non-contiguous states.");
    public static readonly Counter MajorMajorDyadYears = new("major_major_dyad_years", "Years lived by pairs of great powers (exposure).");
    public static readonly Counter MajorMajorWarDyads = new("major_major_war_dyads", "War dyads of two great powers.");
    public static readonly Counter MinorMinorDyadYears = new("minor_minor_dyad_years", "Years lived by pairs of minor states (exposure).");
    public static readonly Counter MinorMinorWarDyads = new("minor_minor_war_dyads", "War dyads of two minor states.");
    public static readonly Counter ParityDyadYears = new("parity_dyad_years", "Years lived by pairs within 3:1 in capability (exposure).");
    public static readonly Counter ParityWarDyads = new("parity_war_dyads", "War dyads within 3:1 in capability.");
    public static readonly Counter PreponderanceDyadYears = new("preponderance_dyad_years", "Years lived by pairs beyond 10:1 in capability (exposure).");
    public static readonly Counter PreponderanceWarDyads = new("preponderance_war_dyads", "War dyads beyond 10:1 in capability.");
    public static readonly Counter JointDemocracyDyadYears = new("joint_democracy_dyad_years", "Years lived by pairs of democracies (exposure).");
    public static readonly Counter JointDemocracyWarDyads = new("joint_democracy_war_dyads", "War dyads of two democracies.");
    public static readonly Counter NoDemocracyDyadYears = new("no_democracy_dyad_years", "Years lived by pairs in which neither state is a democracy (exposure).");
    public static readonly Counter NoDemocracyWarDyads = new("no_democracy_war_dyads", "War dyads in which neither state is a democracy.");
    public static readonly Counter RivalDyadYears = new("rival_dyad_years", "Years lived by pairs of rivals, rivalry at least model.crises.rival_threshold at the start of the year (exposure).");
    public static readonly Counter RivalWarDyads = new("rival_war_dyads", "War dyads of rivals: rivalry at least the threshold before the crisis that began the war.");

    /// <summary>In runs.csv column order (after the regime columns).</summary>
    internal static readonly Counter[] All =
    [
        StatesEntered, StatesUnified, DyadYears, WarDyads, ContiguousWarDyads, DistantWarDyads, MajorMajorDyadYears,
        MajorMajorWarDyads, MinorMinorDyadYears, MinorMinorWarDyads, ParityDyadYears, ParityWarDyads, PreponderanceDyadYears,
        PreponderanceWarDyads, JointDemocracyDyadYears, JointDemocracyWarDyads, NoDemocracyDyadYears, NoDemocracyWarDyads,
        RivalDyadYears, RivalWarDyads,
    ];
}
