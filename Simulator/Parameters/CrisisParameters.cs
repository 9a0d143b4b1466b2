namespace Simulator.Parameters;

/// <summary>
/// Crisis onset: hazard λ = λ0 · RR per politically relevant dyad-year (MODEL.md section 3.4).
/// Relative risks follow the dyadic record (calibration targets sf30-sf34).
/// </summary>
public sealed record CrisisParameters
{
    [Param("Base yearly crisis hazard λ0 of a relevant dyad.", Min = 0, Max = 1, Basis = "calibration: fitted to the record by sim calibrate (Experiments/configs/calibration.yaml); default.yaml and history.yaml draw it from posterior.csv, median 0.004198 (90%: 0.002381-0.007915). This default, used without a posterior, is the abstract world's hand calibration: with the other defaults, 1.1 war onsets per 100 state-years (sf06: 1.089, 1816-1914) and about 10 crises per 100 state-years (sf57: 4.1 MIDs a year among ~36 states)")]
    public double BaseHazard { get; init; } = 0.0042;

    [Param("Relative risk for contiguous dyads (sf30).", Min = 0, Max = 1000, Basis = "calibration: fitted to the record by sim calibrate (Experiments/configs/calibration.yaml); default.yaml and history.yaml draw it from posterior.csv, median 3.519 (90%: 1.758-5.728). This default, used without a posterior, is the abstract world's hand calibration: sf30, contiguous pairs begin wars about 18 times as often as distant ones (COW); size judgement, checked against sf30 (17.3 in the default experiment)")]
    public double ContiguityRisk { get; init; } = 3.0;

    [Param("Relative risk per great power in the dyad (sf31).", Min = 0, Max = 1000, Basis = "calibration: fitted to the record by sim calibrate (Experiments/configs/calibration.yaml); default.yaml and history.yaml draw it from posterior.csv, median 2.472 (90%: 1.267-3.453). This default, used without a posterior, is the abstract world's hand calibration: with the dyads as the record counts them: major-major over minor-minor war dyads about 38 (sf31: 49, factor 2); 3 made great-power wars twice the record's (about 6 a century 1816-1914)")]
    public double GreatPowerRisk { get; init; } = 2.5;

    [Param("Added relative risk per unit of rivalry (decaying count of past disputes; sf34).", Min = 0, Max = 100, Basis = "judgement: 0.3 at a 15-year half-life, scaled to 0.225 at 20 years so one dispute adds the same hazard over its life")]
    public double RivalryRisk { get; init; } = 0.225;

    [Param("Half-life of rivalry in years.", Min = 0.1, Max = 1000,
        Basis = "source: strategic rivalries last decades (Colaresi, Rasler & Thompson 2007), so a count of disputes that halves in 15 years left rivals only 0.08% of the calendar world's dyad-years (record about 0.8%); 20 years, with rivalry_risk lowered so that half-life x risk (the hazard added by one dispute over its life) stays 4.5, puts sf34 inside its band in both worlds")]
    public double RivalryHalfLifeYears { get; init; } = 20;

    [Param("Relative risk for jointly democratic dyads (sf33).", Min = 0, Max = 10, Basis = "source: sf33, jointly democratic pairs rarely quarrel militarily (Russett & Oneal 2001); size judgement")]
    public double JointDemocracyRisk { get; init; } = 0.3;

    [Param("Added relative risk per unit of grievance of either side.", Min = 0, Max = 100, Basis = "judgement: defeated states seek revision (Alsace-Lorraine); size not fitted")]
    public double GrievanceRisk { get; init; } = 1.5;

    [Param("Added relative risk right after a war between the pair (relapse), decaying with the peace spell.", Min = 0, Max = 100, Basis = "source: sf39 and Fortna 2004, peace is most fragile in the first years after a war; size judgement")]
    public double RecentWarRisk { get; init; } = 3.0;

    [Param("Decay time of the post-war relapse risk, in years.", Min = 0.1, Max = 1000, Basis = "judgement: most renewed wars come within a decade (sf39); 8 years puts most of the risk there")]
    public double RecentWarDecayYears { get; init; } = 8;

    [Param("Relative risk for allied dyads.", Min = 0, Max = 10, Basis = "judgement: allies quarrel less with each other (Bremer 1992 finds a weak effect); size not fitted")]
    public double AllianceRisk { get; init; } = 0.5;

    [Param("Rivalry added to a pair by each crisis between them.", Min = 0, Max = 100, Basis = "judgement: rivalry counts past disputes")]
    public double RivalryPerCrisis { get; init; } = 1;

    [Param("Rivalry at or above which a pair counts as rivals in the dyad observations (sf34), read at the start of the year and before the crisis that begins a war; a measurement, not a cause.", Min = 0, Max = 100, Basis = "definition: about two disputes within the rivalry half-life")]
    public double RivalThreshold { get; init; } = 2;
}
