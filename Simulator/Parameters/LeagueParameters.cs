namespace Simulator.Parameters;

/// <summary>The League of Nations: universal pledge, Council unanimity, voluntary sanctions, exit (MODEL.md section 5).</summary>
public sealed record LeagueParameters
{
    [Param("Great powers that never join (the United States stayed out).", Min = 0, Max = 50)]
    public int NonMemberGreatPowers { get; init; } = 1;

    [Param("Rotating minor members of the Council besides the great-power members.", Min = 0, Max = 50)]
    public int RotatingCouncilSeats { get; init; } = 4;

    [Param("Probability that a dispute between minor members is referred to the Council.", Min = 0, Max = 1)]
    public double ReferralMinor { get; init; } = 0.4;

    [Param("Probability that a dispute with a great-power party is referred (the powers kept their quarrels out).", Min = 0, Max = 1)]
    public double ReferralGreatPower { get; init; } = 0.05;

    [Param("Probability that a Council member allied to a party uses its seat to block (unanimity).", Min = 0, Max = 1)]
    public double AllyBlock { get; init; } = 0.15;

    [Param("Probability that the Council's arbitration settles an unblocked referral (tuned so about half of referrals settle: sf56, 21 of 42, 1920-37).", Min = 0, Max = 1)]
    public double SettleProbability { get; init; } = 0.85;

    [Param("Fraction of escalation probability a fully credible pledge deters.", Min = 0, Max = 1)]
    public double PledgeDeterrence { get; init; } = 0.4;

    [Param("Probability that a member joins sanctions against an aggressor, before its own costs.", Min = 0, Max = 1)]
    public double SanctionJoin { get; init; } = 0.5;

    [Param("Probability that sanctions joined by every member make the aggressor stop (sf55: 5-34% succeed).", Min = 0, Max = 1)]
    public double SanctionSuccess { get; init; } = 0.35;

    [Param("Fraction of the aggressor's capability sanctions cost it per year, at full participation.", Min = 0, Max = 1)]
    public double SanctionCost { get; init; } = 0.03;

    [Param("Probability that great powers commit to military action against an aggressor (rare).", Min = 0, Max = 1)]
    public double MilitaryAction { get; init; } = 0.05;

    [Param("Credibility lost for each aggression left unanswered.", Min = 0, Max = 1)]
    public double UnansweredCost { get; init; } = 0.2;

    [Param("Credibility regained for each aggression answered with sanctions.", Min = 0, Max = 1)]
    public double AnsweredGain { get; init; } = 0.05;

    [Param("Probability that a sanctioned member leaves the League.", Min = 0, Max = 1)]
    public double ExitWhenSanctioned { get; init; } = 0.5;

    [Param("Grievance at which a revisionist great-power member leaves.", Min = 0, Max = 1)]
    public double ExitGrievance { get; init; } = 0.6;

    [Param("Credibility below which the League collapses.", Min = 0, Max = 1)]
    public double CollapseCredibility { get; init; } = 0.25;

    [Param("Members' share of world capability below which the League collapses.", Min = 0, Max = 1)]
    public double CollapseMemberShare { get; init; } = 0.4;

    [Param("Years between rotations of the Council's minor seats.", Min = 1, Max = 100, Basis = "judgement; Covenant art. 4 left terms to the Assembly, which chose three years")]
    public int CouncilTermYears { get; init; } = 3;

    [Param("Share of members' capability that must join sanctions for an aggression to count as answered.", Min = 0, Max = 1, Basis = "judgement")]
    public double SanctionAnsweredParticipation { get; init; } = 0.4;

    [Param("A member's interest in sanctioning an aggressor next door, relative to a distant member's (trade ties).", Min = 0, Max = 1, Basis = "judgement")]
    public double SanctionNearInterest { get; init; } = 0.5;

    [Param("Torus distance from the aggressor beyond which a member's interest in sanctions is full.", Min = 0.01, Max = 1, Basis = "judgement")]
    public double SanctionInterestDistance { get; init; } = 0.5;
}
