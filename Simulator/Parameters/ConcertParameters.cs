namespace Simulator.Parameters;

/// <summary>The Concert of Europe: great-power congresses while the powers stay cohesive (MODEL.md section 5).</summary>
public sealed record ConcertParameters : IFailureParameters
{
    [Param("Fraction of escalation probability a convened congress removes, at full credibility (MODEL.md: 0.7, judgement).", Min = 0, Max = 1, Basis = "judgement: MODEL.md's 0.7: congresses settled most disputes they took up while the powers agreed")]
    public double CongressEffect { get; init; } = 0.7;

    [Param("Probability that a congress on a crisis between minor states imposes a settlement outright.", Min = 0, Max = 1, Basis = "judgement: the Concert imposed settlements on small states (Belgium 1831, Greece 1832); size not fitted")]
    public double ImposeSettlement { get; init; } = 0.5;

    // Cohesion.
    [Param("Cohesion of the great powers when the Concert is founded (0-1).", Min = 0, Max = 1,
        Basis = "judgement: the Quadruple Alliance of 1815 was close to united")]
    public double InitialCohesion { get; init; } = 0.9;

    [Param("Yearly recovery of cohesion: a fraction of the gap to 1.", Min = 0, Max = 1,
        Basis = "judgement, tuned so the Concert outlives its first crises (median collapse after about half a century: 1815 to the Crimean War)")]
    public double CohesionRecovery { get; init; } = 0.07;

    [Param("Yearly loss of cohesion per unit of polarisation (the alliance blocs).", Min = 0, Max = 1,
        Basis = "judgement: the rival blocs of 1879-1907 ended the Concert (Schroeder 1994)")]
    public double PolarisationDrag { get; init; } = 0.06;

    [Param("Loss of cohesion per change in the set of great powers (a power transition).", Min = 0, Max = 1,
        Basis = "judgement: Germany's and Italy's rise in the 1860s-70s")]
    public double TransitionShock { get; init; } = 0.1;

    [Param("Loss of cohesion when a great-power war breaks out.", Min = 0, Max = 1,
        Basis = "judgement: the Crimean War (1853-56) broke the Concert's cohesion (Schroeder 1972)")]
    public double GreatPowerWarShock { get; init; } = 0.25;

    [Param("Cohesion below which the deciding organ is stalled and takes nothing up (0: a congress already meets only with probability = cohesion).", Min = 0, Max = 1,
        Basis = "judgement")]
    public double StallCohesion { get; init; } = 0;

    [Param("Cohesion below which the Concert is over for the rest of the run (MODEL.md: 0.2).", Min = 0, Max = 1,
        Basis = "MODEL.md section 9, judgement")]
    public double CollapseThreshold { get; init; } = 0.2;

    // Credibility.
    [Param("Yearly recovery of credibility: a fraction of the gap to 1.", Min = 0, Max = 1, Basis = "judgement")]
    public double CredibilityRecovery { get; init; } = 0.05;

    [Param("Credibility lost for each new war between members, with a great-power party, that no congress took up.", Min = 0, Max = 1,
        Basis = "judgement: the Concert claimed only the great powers' sphere, so most wars cost it little")]
    public double UnansweredCost { get; init; } = 0.02;

    [Param("Credibility regained for each such war a congress took up.", Min = 0, Max = 1, Basis = "judgement")]
    public double AnsweredGain { get; init; } = 0.02;

    [Param("Credibility lost when a question is blocked (a congress cannot act against a great power).", Min = 0, Max = 1,
        Basis = "judgement: the powers' own wars (Crimea 1853, 1859, 1866, 1870) showed the Concert could not restrain them")]
    public double VetoCost { get; init; } = 0.1;

    [Param("Credibility below which the Concert is over.", Min = 0, Max = 1, Basis = "judgement")]
    public double CollapseCredibility { get; init; } = 0.2;

    // Budget.
    [Param("Yearly income for joint action, as a share of a full reserve, when every member pays.", Min = 0, Max = 1,
        Basis = "judgement: the Concert had no budget; the powers paid for their joint actions (Naples 1821, Navarino 1827, Belgium 1831-32) themselves, so the constraint rarely binds")]
    public double BudgetIncome { get; init; } = 0.5;

    [Param("Share of contributions withheld per unit of polarisation (arrears).", Min = 0, Max = 1, Basis = "judgement")]
    public double ArrearsPolarisation { get; init; } = 0.5;

    [Param("Cost of one action of the organ (a congress, a resolution on a war), as a share of the reserve.", Min = 0, Max = 1, Basis = "judgement")]
    public double OperationCost { get; init; } = 0.02;

    [Param("Cost of one peace operation mandated, as a share of the reserve (only with peacekeeping).", Min = 0, Max = 1, Basis = "judgement")]
    public double MissionCost { get; init; } = 0.2;

    [Param("Consecutive years without the money for one action after which the regime is over.", Min = 1, Max = 1000, Basis = "judgement")]
    public int InsolvencyYears { get; init; } = 10;

    // Defection.
    [Param("Grievance at which a great power leaves the Concert.", Min = 0, Max = 1,
        Basis = "judgement: a defeated power turned revisionist (France after 1871)")]
    public double ExitGrievance { get; init; } = 0.6;

    [Param("Yearly probability that a great-power member whose grievance has reached exit_grievance leaves.", Min = 0, Max = 1,
        Basis = "judgement: France, defeated in 1871, stayed in the Concert's conferences (Berlin 1878), so an aggrieved power does not always leave")]
    public double GrievanceExit { get; init; } = 0.3;

    [Param("Probability that a member put under sanctions leaves.", Min = 0, Max = 1, Basis = "judgement (the Concert has no sanctions of its own)")]
    public double ExitWhenSanctioned { get; init; } = 0.5;

    [Param("Yearly probability that a great-power member leaves, times (1 - credibility).", Min = 0, Max = 1,
        Basis = "judgement: Britain stepped back from the congress system after 1820-22 (Troppau, Verona)")]
    public double DefectionHazard { get; init; } = 0.02;

    [Param("Members' share of world capability below which the regime is over.", Min = 0, Max = 1,
        Basis = "judgement: a Concert without two of its powers is no concert")]
    public double CollapseMemberShare { get; init; } = 0.6;
}
