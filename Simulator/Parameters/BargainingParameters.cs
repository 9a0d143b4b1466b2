namespace Simulator.Parameters;

/// <summary>
/// Crisis bargaining: p_war = logistic(intercept + Σ coefficient · term) (MODEL.md section 3.5).
/// Target escalation share of militarised disputes 1816-1914: about 10% (sf24).
/// </summary>
public sealed record BargainingParameters
{
    [Param("Logit of escalation for an unequal, non-democratic, unallied pair with no history.", Min = -20, Max = 20, Basis = "calibration: fitted to the record by sim calibrate (Experiments/configs/calibration.yaml); default.yaml and history.yaml draw it from posterior.csv, median -3.588 (90%: -3.889 to -3.032). This default, used without a posterior, is the abstract world's hand calibration: about 11% of crises become wars (sf24: 10.4% of MIDs, 1816-1914)")]
    public double Intercept { get; init; } = -2.95;

    [Param("Logit per unit of power parity (weaker/stronger capability in [0,1]; sf32).", Min = -20, Max = 20, Basis = "calibration: fitted to the record by sim calibrate (Experiments/configs/calibration.yaml); default.yaml and history.yaml draw it from posterior.csv, median 1.532 (90%: 0.04497-2.658). This default, used without a posterior, is the abstract world's hand calibration: Bremer 1992, parity pairs fight more; calibrated so that war dyads at parity (3:1 or closer) over preponderance (beyond 10:1) are about 1.2 (sf32: 1.5)")]
    public double Parity { get; init; } = 1.5;

    [Param("Logit per unit of recent power shift (|change in log capability ratio| over a decade): the commitment problem.", Min = -20, Max = 20, Basis = "source: Powell 2006, the commitment problem (large, rapid shifts in power make war likelier); size judgement")]
    public double PowerShift { get; init; } = 1.5;

    [Param("Logit per unit of the larger grievance between the pair.", Min = -20, Max = 20, Basis = "judgement: grievance after defeat raises escalation; size chosen with defeat_grievance, not fitted")]
    public double Grievance { get; init; } = 1.0;

    [Param("Logit for jointly democratic pairs (democratic peace).", Min = -20, Max = 20, Basis = "source: the democratic peace (sf33: jointly democratic war dyads at 0.045 of the rate of non-democratic ones); size judgement, checked against sf33")]
    public double JointDemocracy { get; init; } = -2.0;

    [Param("Logit per unit of deterrence D: the share of all the power expected in the war that the target's allies would bring (each weighted by its join probability).", Min = -20, Max = 20, Basis = "Huth 1988: extended deterrence holds in about 57-60% of challenges when the defender is committed; calibrated with great-power wars about 5 a century (1816-1914: six)")]
    public double Deterrence { get; init; } = -3.0;

    [Param("Logit for contiguous pairs (territorial issues escalate more).", Min = -20, Max = 20, Basis = "source: Vasquez 1993, territorial disputes escalate more often; size judgement")]
    public double Contiguity { get; init; } = 0.6;

    [Param("Democracy score at or above which a state counts as a democracy.", Min = 0, Max = 1, Basis = "source: Polity2 >= 6, the usual cut-off for a democracy, on the model's [0,1] scale")]
    public double DemocracyThreshold { get; init; } = 0.6;

    [Param("Weight of grievance in choosing which side of a crisis presses it: weight = capability · (1 + w · grievance toward the other).", Min = 0, Max = 100, Basis = "judgement")]
    public double ChallengerGrievanceWeight { get; init; } = 3;
}
