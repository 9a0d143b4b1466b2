namespace Simulator.Parameters;

/// <summary>The League of Nations: universal pledge, Council unanimity, voluntary sanctions, exit (MODEL.md section 5).</summary>
public sealed record LeagueParameters : IFailureParameters
{
    [Param("Great powers that never join (the United States stayed out).", Min = 0, Max = 50, Basis = "source: the record: the United States never joined the League (and Germany and the USSR were members only for some years)")]
    public int NonMemberGreatPowers { get; init; } = 1;

    [Param("Rotating minor members of the Council besides the great-power members.", Min = 0, Max = 50, Basis = "source: the League Covenant, art. 4: four non-permanent members at first (later up to eleven); scaled to a 40-state world")]
    public int RotatingCouncilSeats { get; init; } = 4;

    [Param("Probability that a dispute between minor members is referred to the Council.", Min = 0, Max = 1, Basis = "judgement: the Covenant (arts. 12-15) bound members to submit disputes; most minor disputes of the 1920s went to the Council")]
    public double ReferralMinor { get; init; } = 0.4;

    [Param("Probability that a dispute with a great-power party is referred (the powers kept their quarrels out).", Min = 0, Max = 1, Basis = "judgement: the powers kept their own quarrels out of the League (Corfu 1923, Manchuria 1931 only under pressure)")]
    public double ReferralGreatPower { get; init; } = 0.05;

    [Param("Probability that a Council member allied to a party uses its seat to block (unanimity).", Min = 0, Max = 1, Basis = "judgement: unanimity let a party's ally block, but it did not always use its seat (MODEL.md section 9, deviations)")]
    public double AllyBlock { get; init; } = 0.15;

    [Param("Probability that the Council's arbitration settles an unblocked referral (tuned so about half of referrals settle: sf56, 21 of 42, 1920-37).", Min = 0, Max = 1, Basis = "calibration: about half of referred disputes settled (sf56: 21 of 42, 1920-37)")]
    public double SettleProbability { get; init; } = 0.85;

    [Param("Fraction of escalation probability a fully credible pledge deters.", Min = 0, Max = 1, Basis = "judgement: Article 10's guarantee was not believed by the 1930s; a weak effect, scaled by credibility")]
    public double PledgeDeterrence { get; init; } = 0.4;

    [Param("Probability that a member joins sanctions against an aggressor, before its own costs.", Min = 0, Max = 1, Basis = "judgement: members joined sanctions by their own interest (Abyssinia 1935: 50 states, without oil); not fitted")]
    public double SanctionJoin { get; init; } = 0.5;

    [Param("Probability that sanctions joined by every member make the aggressor stop (sf55: 5-34% succeed).", Min = 0, Max = 1, Basis = "source: sf55, 5-34% of sanctions succeed (Hufbauer et al. 2007)")]
    public double SanctionSuccess { get; init; } = 0.35;

    [Param("Fraction of the aggressor's capability sanctions cost it per year, at full participation.", Min = 0, Max = ParamAttribute.MaxCostFraction, Basis = "judgement: sanctions cost an aggressor a few per cent of its economy a year (Hufbauer et al. 2007); not fitted")]
    public double SanctionCost { get; init; } = 0.03;

    [Param("Probability that great powers commit to military action against an aggressor (rare).", Min = 0, Max = 1, Basis = "judgement: the League never took military action against an aggressor, so it must be rare")]
    public double MilitaryAction { get; init; } = 0.05;

    [Param("Years between rotations of the Council's minor seats.", Min = 1, Max = 100, Basis = "judgement; Covenant art. 4 left terms to the Assembly, which chose three years")]
    public int CouncilTermYears { get; init; } = 3;

    [Param("Share of members' capability that must join sanctions for an aggression to count as answered.", Min = 0, Max = 1, Basis = "judgement")]
    public double SanctionAnsweredParticipation { get; init; } = 0.4;

    [Param("A member's interest in sanctioning an aggressor next door, relative to a distant member's (trade ties).", Min = 0, Max = 1, Basis = "judgement")]
    public double SanctionNearInterest { get; init; } = 0.5;

    [Param("Torus distance from the aggressor beyond which a member's interest in sanctions is full.", Min = 0.01, Max = 1, Basis = "judgement")]
    public double SanctionInterestDistance { get; init; } = 0.5;

    // Cohesion.
    [Param("Cohesion of the Council's members when the League is founded (0-1).", Min = 0, Max = 1,
        Basis = "judgement: the League began divided (the United States out, France and Britain at odds over Germany); tuned with the other failure parameters so that the League collapses in almost every run, a quarter of them within about three decades")]
    public double InitialCohesion { get; init; } = 0.7;

    [Param("Yearly recovery of cohesion: a fraction of the gap to 1.", Min = 0, Max = 1, Basis = "judgement")]
    public double CohesionRecovery { get; init; } = 0.06;

    [Param("Yearly loss of cohesion per unit of polarisation (the alliance blocs).", Min = 0, Max = 1,
        Basis = "judgement: the Axis of 1936-37 split the Council")]
    public double PolarisationDrag { get; init; } = 0.06;

    [Param("Loss of cohesion per change in the set of great powers.", Min = 0, Max = 1, Basis = "judgement")]
    public double TransitionShock { get; init; } = 0.1;

    [Param("Loss of cohesion when a great-power war breaks out.", Min = 0, Max = 1, Basis = "judgement")]
    public double GreatPowerWarShock { get; init; } = 0.25;

    [Param("Cohesion below which the Council is stalled and takes nothing up.", Min = 0, Max = 1,
        Basis = "judgement: the Council did not meet on the Sudetenland in 1938")]
    public double StallCohesion { get; init; } = 0.35;

    [Param("Cohesion below which the League is over.", Min = 0, Max = 1, Basis = "judgement")]
    public double CollapseThreshold { get; init; } = 0.15;

    // Credibility.
    [Param("Yearly recovery of credibility: a fraction of the gap to 1.", Min = 0, Max = 1,
        Basis = "judgement: slow; the League never recovered from Manchuria (1931) and Abyssinia (1935-36), but a credibility that could never recover would doom it by construction")]
    public double CredibilityRecovery { get; init; } = 0.02;

    [Param("Credibility lost for each aggression by a member on a member, with a great-power party, left unanswered (no sanctions, no action).", Min = 0, Max = 1,
        Basis = "judgement: Manchuria 1931 and Abyssinia 1935 (sanctions without oil) broke the League's credibility within a few years")]
    public double UnansweredCost { get; init; } = 0.25;

    [Param("Credibility regained for each such aggression answered with sanctions or action.", Min = 0, Max = 1, Basis = "judgement")]
    public double AnsweredGain { get; init; } = 0.05;

    [Param("Credibility lost when a party's seat blocks the Council (unanimity).", Min = 0, Max = 1, Basis = "judgement")]
    public double VetoCost { get; init; } = 0.02;

    [Param("Credibility below which the League collapses.", Min = 0, Max = 1, Basis = "judgement")]
    public double CollapseCredibility { get; init; } = 0.25;

    // Budget.
    [Param("Yearly income, as a share of a full reserve, when every member pays.", Min = 0, Max = 1,
        Basis = "judgement: a small budget that many members paid late or not at all")]
    public double BudgetIncome { get; init; } = 0.15;

    [Param("Share of contributions withheld per unit of polarisation (arrears).", Min = 0, Max = 1,
        Basis = "judgement: arrears and the Latin American withdrawals of the 1920s-30s")]
    public double ArrearsPolarisation { get; init; } = 0.5;

    [Param("Cost of one action of the Council (a referral taken up, sanctions), as a share of the reserve.", Min = 0, Max = 1, Basis = "judgement")]
    public double OperationCost { get; init; } = 0.05;

    [Param("Cost of one peace operation mandated, as a share of the reserve (only with peacekeeping; the Saar force of 1935).", Min = 0, Max = 1, Basis = "judgement")]
    public double MissionCost { get; init; } = 0.3;

    [Param("Consecutive years without the money for one action after which the League is over.", Min = 1, Max = 1000, Basis = "judgement")]
    public int InsolvencyYears { get; init; } = 10;

    // Defection.
    [Param("Probability that a sanctioned member leaves the League.", Min = 0, Max = 1,
        Basis = "judgement: Italy left in 1937 after the sanctions of 1935-36")]
    public double ExitWhenSanctioned { get; init; } = 0.5;

    [Param("Grievance at which a revisionist great-power member leaves.", Min = 0, Max = 1,
        Basis = "judgement: Japan and Germany left in 1933")]
    public double ExitGrievance { get; init; } = 0.6;

    [Param("Yearly probability that a great-power member whose grievance has reached exit_grievance leaves.", Min = 0, Max = 1,
        Basis = "judgement: every aggrieved revisionist power left (Japan and Germany 1933, Italy 1937)")]
    public double GrievanceExit { get; init; } = 1;

    [Param("Yearly probability that a great-power member leaves, times (1 - credibility).", Min = 0, Max = 1,
        Basis = "judgement: Japan, Germany and Italy left within four years once the League had failed to answer aggression")]
    public double DefectionHazard { get; init; } = 0.1;

    [Param("Members' share of world capability below which the League collapses.", Min = 0, Max = 1, Basis = "judgement")]
    public double CollapseMemberShare { get; init; } = 0.4;
}
