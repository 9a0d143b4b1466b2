namespace Simulator.Parameters;

/// <summary>
/// Crisis bargaining: p_war = logistic(intercept + Σ coefficient · term) (MODEL.md section 3.5).
/// Target escalation share of militarised disputes 1816-1914: about 10% (sf24).
/// </summary>
public sealed record BargainingParameters
{
    [Param("Logit of escalation for an unequal, non-democratic, unallied pair with no history.", Min = -20, Max = 20)]
    public double Intercept { get; init; } = -2.9;

    [Param("Logit per unit of power parity (weaker/stronger capability in [0,1]; sf32).", Min = -20, Max = 20)]
    public double Parity { get; init; } = 0.8;

    [Param("Logit per unit of recent power shift (|change in log capability ratio| over a decade): the commitment problem.", Min = -20, Max = 20)]
    public double PowerShift { get; init; } = 1.5;

    [Param("Logit per unit of the larger grievance between the pair.", Min = -20, Max = 20)]
    public double Grievance { get; init; } = 1.0;

    [Param("Logit for jointly democratic pairs (democratic peace).", Min = -20, Max = 20)]
    public double JointDemocracy { get; init; } = -2.0;

    [Param("Logit per unit of deterrence (share of the power on the target's side contributed by its expected allies).", Min = -20, Max = 20)]
    public double Deterrence { get; init; } = -1.5;

    [Param("Logit for contiguous pairs (territorial issues escalate more).", Min = -20, Max = 20)]
    public double Contiguity { get; init; } = 0.6;

    [Param("Democracy score at or above which a state counts as a democracy.", Min = 0, Max = 1)]
    public double DemocracyThreshold { get; init; } = 0.6;

    [Param("Weight of grievance in choosing which side of a crisis presses it: weight = capability · (1 + w · grievance toward the other).", Min = 0, Max = 100, Basis = "judgement")]
    public double ChallengerGrievanceWeight { get; init; } = 3;
}
