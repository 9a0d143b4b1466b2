namespace Simulator.Parameters;

/// <summary>The United Nations: Security Council with a P5 veto, Assembly, Secretary-General, peace operations (MODEL.md section 5).</summary>
public sealed record UnParameters : IFailureParameters
{
    [Param("Permanent members: the strongest states at founding, fixed for the run.", Min = 0, Max = 50, Basis = "source: the UN Charter, art. 23: five permanent members")]
    public int PermanentMembers { get; init; } = 5;

    [Param("Elected Council members, rotating every term.", Min = 0, Max = 100, Basis = "source: the UN Charter, art. 23: ten elected members since 1965 (six before)")]
    public int ElectedMembers { get; init; } = 10;

    [Param("Years of an elected member's term.", Min = 1, Max = 100, Basis = "source: the UN Charter, art. 23: two-year terms")]
    public int TermYears { get; init; } = 2;

    [Param("Affirmative votes a resolution needs (9 of 15).", Min = 1, Max = 200, Basis = "source: the UN Charter, art. 27: nine affirmative votes of fifteen")]
    public int VotesNeeded { get; init; } = 9;

    [Param("Probability that an elected member votes for a resolution.", Min = 0, Max = 1, Basis = "judgement: elected members mostly vote with the majority on resolutions that reach a vote; not fitted")]
    public double ElectedYes { get; init; } = 0.8;

    [Param("Probability that the Council takes up a crisis at all (without early warning).", Min = 0, Max = 1, Basis = "judgement: the Council takes up a minority of the world's disputes; not fitted")]
    public double TakeUp { get; init; } = 0.35;

    [Param("Added probability of take-up from the Secretary-General's early warning.", Min = 0, Max = 1, Basis = "judgement: MODEL.md: a modest boost from the Secretary-General's warnings (Charter art. 99); not fitted")]
    public double EarlyWarningBoost { get; init; } = 0.2;

    [Param("Probability that the Council takes up an ongoing war in a year.", Min = 0, Max = 1, Basis = "judgement: the Council takes up most wars between states sooner or later; not fitted")]
    public double WarTakeUp { get; init; } = 0.7;

    [Param("Veto probability of a P5 member when its ally or client is the target of action, at zero polarisation; it rises linearly to 1 at full polarisation.", Min = 0, Max = 1,
        Basis = "judgement, tuned to the veto record: about 120 vetoes 1946-1989 against about 30 in 1990-2015 (Security Council veto list), roughly 2.7 against 1.2 a year")]
    public double VetoBase { get; init; } = 0.05;

    [Param("Veto probability of a P5 member when it is itself the target of action, at zero polarisation; it rises linearly to 1 at full polarisation.", Min = 0, Max = 1,
        Basis = "judgement: the powers shielded their own wars in every era (Suez 1956, Afghanistan 1980, Ukraine 2014), but after the Cold War they more often let a mild resolution pass or kept it off the agenda; tuned with veto_base to the veto record")]
    public double VetoPartyBase { get; init; } = 0.3;

    [Param("Veto probability of a P5 member, per unit of polarisation, when the target is a client or member of its bloc partner's camp (an indirect stake).", Min = 0, Max = 1,
        Basis = "judgement: in the Cold War the superpowers vetoed for their blocs' clients (Korea, the Middle East), far less after it")]
    public double VetoBlocShare { get; init; } = 0.5;

    [Param("Weight of the model's own bloc polarisation, against the era schedule, in the polarisation the veto follows (0: the schedule only).", Min = 0, Max = 1,
        Basis = "judgement: the schedule carries the record's Cold War; the blocs let a run's own alignments move the veto")]
    public double VetoBlocWeight { get; init; } = 0.2;

    [Param("Length of the Cold War era from founding, in years (polarisation high).", Min = 0, Max = 2000, Basis = "source: the record: the Cold War, 1946-1989")]
    public int ColdWarYears { get; init; } = 45;

    [Param("Length of the era after the Cold War, in years (polarisation low).", Min = 0, Max = 2000, Basis = "source: the record: 1990-2007, before polarisation rose again")]
    public int PostColdWarYears { get; init; } = 20;

    [Param("Bloc polarisation in the Cold War era (0-1).", Min = 0, Max = 1, Basis = "judgement: two blocs facing each other in most disputes, tuned so the Council stalls in part of the Cold War")]
    public double ColdWarPolarisation { get; init; } = 0.9;

    [Param("Bloc polarisation after the Cold War.", Min = 0, Max = 1, Basis = "judgement: low polarisation after 1990, when vetoes became rare")]
    public double PostColdWarPolarisation { get; init; } = 0.2;

    [Param("Bloc polarisation in the later era.", Min = 0, Max = 1, Basis = "judgement: polarisation rising again after 2008 (more vetoes on Syria and Ukraine)")]
    public double LaterPolarisation { get; init; } = 0.5;

    [Param("Fraction of escalation probability a Council resolution on a crisis removes.", Min = 0, Max = 1, Basis = "calibration: fitted to the record by sim calibrate (Experiments/configs/calibration.yaml); default.yaml and history.yaml draw it from posterior.csv, median 0.5373 (90%: 0.2784-0.7726). This default, used without a posterior, is the abstract world's judgement value: MODEL.md: a Council resolution removes much of a crisis's escalation risk")]
    public double CouncilCrisisEffect { get; init; } = 0.5;

    [Param("Multiplier on yearly war termination under a ceasefire directive (MODEL.md: x1.5-2).", Min = 1, Max = 10, Basis = "judgement: MODEL.md's x1.5-2 for Council ceasefire directives")]
    public double CeasefireTermination { get; init; } = 1.75;

    [Param("Fraction of capability Council sanctions cost the aggressor per year.", Min = 0, Max = ParamAttribute.MaxCostFraction, Basis = "judgement: sanctions cost an aggressor a few per cent of its economy a year (Hufbauer et al. 2007); not fitted")]
    public double SanctionCost { get; init; } = 0.03;

    [Param("Yearly probability that Council sanctions make the aggressor stop.", Min = 0, Max = 1, Basis = "calibration: fitted to the record by sim calibrate (Experiments/configs/calibration.yaml); default.yaml and history.yaml draw it from posterior.csv, median 0.3107 (90%: 0.07211-0.4893). This default, used without a posterior, is the abstract world's hand calibration: sf55, 5-34% of sanctions succeed (Hufbauer et al. 2007)")]
    public double SanctionSuccess { get; init; } = 0.1;

    [Param("Probability of collective military action when the coalition can overpower the aggressor (rare).", Min = 0, Max = 1, Basis = "judgement: the Council authorised force against an aggressor twice (Korea 1950, Kuwait 1990), so it must be rare")]
    public double CollectiveAction { get; init; } = 0.05;

    [Param("Probability that Uniting for Peace convenes after a veto over a breach of the peace (sf61: 11 sessions 1950-2022).", Min = 0, Max = 1, Basis = "calibration: fitted to the record by sim calibrate (Experiments/configs/calibration.yaml); default.yaml and history.yaml draw it from posterior.csv, median 0.0783 (90%: 0.02749-0.1494). This default, used without a posterior, is the abstract world's hand calibration: sf61, 11 emergency special sessions 1950-2022; size judgement")]
    public double UnitingForPeace { get; init; } = 0.15;

    [Param("Fraction of escalation probability an Assembly recommendation removes (weaker than the Council).", Min = 0, Max = 1, Basis = "judgement: the Assembly only recommends, so weaker than the Council")]
    public double AssemblyEffect { get; init; } = 0.2;

    [Param("Multiplier on war termination from an Assembly recommendation.", Min = 1, Max = 10, Basis = "judgement: an Assembly recommendation speeds a war's end a little; not fitted")]
    public double AssemblyTermination { get; init; } = 1.2;

    [Param("Probability that the Secretary-General's good offices engage in a crisis (MODEL.md: 0.3).", Min = 0, Max = 1, Basis = "judgement: MODEL.md's 0.3")]
    public double GoodOfficesEngaged { get; init; } = 0.3;

    [Param("Fraction of escalation probability good offices remove (MODEL.md: 0.3).", Min = 0, Max = 1, Basis = "judgement: MODEL.md's 0.3")]
    public double GoodOfficesEffect { get; init; } = 0.3;

    [Param("Rivalry added when a mediated crisis is defused: mediated agreements break down more often (Beardsley 2008).", Min = 0, Max = 10, Basis = "source: Beardsley 2008, mediated agreements break down more often; size judgement")]
    public double MediationBacklash { get; init; } = 0.5;

    [Param("Probability that a host consents to peacekeepers.", Min = 0, Max = 1, Basis = "judgement: hosts consent to most traditional missions; not fitted")]
    public double PeacekeepingConsent { get; init; } = 0.8;

    [Param("Concurrent peacekeeping missions in the Cold War era (5 missions among ~160 states, scaled to 40).", Min = 0, Max = 1000, Basis = "source: the record: about 5 concurrent missions among ~160 states in the Cold War, scaled to 40 states")]
    public int PeacekeepingCapacityColdWar { get; init; } = 1;

    [Param("Concurrent peacekeeping missions after the Cold War (15 among ~190 states, scaled to 40).", Min = 0, Max = 1000, Basis = "source: the record: about 15 concurrent missions among ~190 states after 1990, scaled to 40 states")]
    public int PeacekeepingCapacityLater { get; init; } = 4;

    [Param("Years a peacekeeping mandate lasts.", Min = 1, Max = 100, Basis = "judgement: missions stay for years and are often renewed (UNFICYP since 1964); not fitted")]
    public int MandateYears { get; init; } = 8;

    [Param("Hazard ratio of renewed fighting while peacekeepers are present (Fortna 2008: 0.25-0.5).", Min = 0, Max = 1, Basis = "source: Fortna 2008, peacekeepers cut the hazard of renewed war by half or more (0.25-0.5)")]
    public double PeacekeepingHazardRatio { get; init; } = 0.35;

    [Param("Yearly fall in fragility under a peacebuilding mandate (MODEL.md: 0.02-0.05).", Min = 0, Max = 1, Basis = "judgement: MODEL.md's 0.02-0.05: multidimensional missions build state capacity slowly (Doyle & Sambanis 2006)")]
    public double PeacebuildingPerYear { get; init; } = 0.03;

    [Param("Probability that a peacekeeping mandate is multidimensional (peacebuilding).", Min = 0, Max = 1, Basis = "judgement: about half of post-1990 missions were multidimensional (Doyle & Sambanis 2006)")]
    public double PeacebuildingShare { get; init; } = 0.5;

    [Param("Capability a coalition of willing members needs, as a multiple of the aggressor side's, before it takes collective action.", Min = 0, Max = 100, Basis = "judgement")]
    public double CollectiveActionSuperiority { get; init; } = 2;

    // Failure modes (MODEL.md section 5): the UN has not collapsed since 1945, but its Council has stalled.

    [Param("Cohesion of the Council's permanent members when the UN is founded (0-1).", Min = 0, Max = 1,
        Basis = "judgement: the wartime allies of 1945, already divided by 1947")]
    public double InitialCohesion { get; init; } = 0.8;

    [Param("Yearly recovery of cohesion: a fraction of the gap to 1.", Min = 0, Max = 1, Basis = "judgement")]
    public double CohesionRecovery { get; init; } = 0.1;

    [Param("Yearly loss of cohesion per unit of polarisation (the era schedule).", Min = 0, Max = 1,
        Basis = "judgement, tuned so the Council stalls in part of the Cold War and seldom after it")]
    public double PolarisationDrag { get; init; } = 0.05;

    [Param("Loss of cohesion per change in the set of great powers.", Min = 0, Max = 1, Basis = "judgement")]
    public double TransitionShock { get; init; } = 0.03;

    [Param("Loss of cohesion when a great-power war breaks out.", Min = 0, Max = 1,
        Basis = "judgement: the Korean War (1950) split the Council; tuned with transition_shock so the UN rarely collapses both in the abstract world and in the calendar world of 1946-2015")]
    public double GreatPowerWarShock { get; init; } = 0.08;

    [Param("Cohesion below which the Council is stalled and takes nothing up (paralysis, not collapse).", Min = 0, Max = 1,
        Basis = "judgement: the Council passed few resolutions in the deadlocked years of the Cold War (e.g. 1959: one)")]
    public double StallCohesion { get; init; } = 0.4;

    [Param("Cohesion below which the UN is over.", Min = 0, Max = 1,
        Basis = "judgement: it has not happened since 1945, so it must be rare")]
    public double CollapseThreshold { get; init; } = 0.05;

    [Param("Yearly recovery of credibility: a fraction of the gap to 1.", Min = 0, Max = 1,
        Basis = "judgement: the UN regained standing after its failures (Congo, Rwanda, Srebrenica)")]
    public double CredibilityRecovery { get; init; } = 0.05;

    [Param("Credibility lost for each new war between members, with a great-power party, the Council did not answer (not taken up, vetoed or short of votes).", Min = 0, Max = 1, Basis = "judgement")]
    public double UnansweredCost { get; init; } = 0.025;

    [Param("Credibility regained for each such war the Council answered with a resolution.", Min = 0, Max = 1, Basis = "judgement")]
    public double AnsweredGain { get; init; } = 0.01;

    [Param("Credibility lost for each question a veto blocks.", Min = 0, Max = 1, Basis = "judgement")]
    public double VetoCost { get; init; } = 0.005;

    [Param("Credibility below which the UN is over.", Min = 0, Max = 1, Basis = "judgement: rare by construction of the record")]
    public double CollapseCredibility { get; init; } = 0.1;

    [Param("Yearly income, as a share of a full reserve, when every member pays its assessment.", Min = 0, Max = 1, Basis = "judgement")]
    public double BudgetIncome { get; init; } = 0.15;

    [Param("Share of assessments withheld per unit of polarisation (arrears).", Min = 0, Max = 1,
        Basis = "judgement: the Article 19 crisis of 1964-65 (the USSR and France refused to pay for UNEF and ONUC)")]
    public double ArrearsPolarisation { get; init; } = 0.4;

    [Param("Cost of one Council action (a resolution on a crisis or a war-year), as a share of the reserve.", Min = 0, Max = 1, Basis = "judgement")]
    public double OperationCost { get; init; } = 0.01;

    [Param("Cost of one peacekeeping mission mandated, as a share of the reserve.", Min = 0, Max = 1,
        Basis = "judgement: peacekeeping is most of the UN's spending; unpaid assessments held missions back in the 1960s and 1990s")]
    public double MissionCost { get; init; } = 0.3;

    [Param("Consecutive years without the money for one action after which the UN is over.", Min = 1, Max = 1000,
        Basis = "judgement: arrears have stalled the UN, never ended it")]
    public int InsolvencyYears { get; init; } = 10;

    [Param("Grievance at which a permanent member or other great power leaves the UN.", Min = 0, Max = 1,
        Basis = "judgement: no power has left (Indonesia's withdrawal of 1965-66 was a minor state's), so it must be rare")]
    public double ExitGrievance { get; init; } = 0.9;

    [Param("Yearly probability that a great-power member whose grievance has reached exit_grievance leaves.", Min = 0, Max = 1,
        Basis = "judgement: no great power has left the UN, defeated or not")]
    public double GrievanceExit { get; init; } = 0.02;

    [Param("Probability that a member put under Council sanctions leaves.", Min = 0, Max = 1, Basis = "judgement: sanctioned states have stayed members")]
    public double ExitWhenSanctioned { get; init; } = 0.02;

    [Param("Yearly probability that a great-power member leaves, times (1 - credibility).", Min = 0, Max = 1,
        Basis = "judgement: the Soviet boycott of the Council in 1950 was the nearest a power came")]
    public double DefectionHazard { get; init; } = 0.005;

    [Param("Members' share of world capability below which the UN is over.", Min = 0, Max = 1, Basis = "judgement")]
    public double CollapseMemberShare { get; init; } = 0.5;
}
