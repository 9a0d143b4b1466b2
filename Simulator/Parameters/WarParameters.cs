namespace Simulator.Parameters;

/// <summary>Inter-state war: joining, costs, deaths, termination, outcomes and conquest (MODEL.md section 3.6).</summary>
public sealed record WarParameters
{
    [Param("Probability that an ally with a full stake joins at the outbreak: the patron of a belligerent, or a state bordering the war, on a side at least as strong as the enemy. Weaker stakes and worse odds lower it (distant_ally_scale, join_odds_weight).", Min = 0, Max = 1, Basis = "Leeds, Long & Mitchell 2000: 74.5% of alliance commitments honoured when invoked; Sabrosky 1980's 27% counts commitments never invoked")]
    public double AllyJoinProbability { get; init; } = 0.75;

    [Param("Yearly probability that a still-abstaining ally joins an ongoing war (scaled by the same stake and odds).", Min = 0, Max = 1, Basis = "judgement: late entries (the US in 1917) are rarer than entries at the outbreak")]
    public double AllyLateJoinProbability { get; init; } = 0.1;

    [Param("Torus distance over which the stake of an ally that neither borders the war nor is a belligerent's patron falls by a factor e: stake = exp(-distance to the nearer original belligerent / scale).", Min = 0, Max = 10, Basis = "Boulding 1962's loss-of-strength gradient; Siverson & Starr 1991: wars spread through borders and alliances together. 0.15 is about one and a half neighbour distances in a 40-state world")]
    public double DistantAllyScale { get; init; } = 0.15;

    [Param("Weight w of the odds in joining: the join probability is multiplied by min(1, 2·P)^w, P = the chance (contest function) that the side wins with the ally; 0 ignores the odds.", Min = 0, Max = 10, Basis = "judgement: joining the likely loser is costly (Morrow 1994: allies honour commitments they can afford); w = 1 halves the probability at P = 0.25")]
    public double JoinOddsWeight { get; init; } = 1;

    [Param("Factor on the join probability of the challenger's allies: pacts are mostly defensive, and an ally's own attack does not invoke them.", Min = 0, Max = 1, Basis = "Leeds 2003 (ATOP): most alliance commitments are defensive and conditional on the ally being attacked; offensive obligations are rare. Judgement for the size")]
    public double ChallengerAllyFactor { get; init; } = 0.25;

    [Param("Factor on a democracy's join probability when the enemy side includes a democracy.", Min = 0, Max = 1, Basis = "the democratic peace (sf33: 2 jointly democratic war onsets 1816-2007; Russett & Oneal 2001); judgement for the size")]
    public double DemocraticJoinFactor { get; init; } = 0.1;

    [Param("Base yearly probability that a war ends.", Min = 0, Max = 1, Basis = "judgement: most wars in the COW record end within two years; set with termination_inequality, not fitted")]
    public double TerminationHazard { get; init; } = 0.45;

    [Param("Added yearly termination probability per unit of power inequality between the sides.", Min = 0, Max = 1, Basis = "judgement: lopsided wars end sooner (Bennett & Stam 1996); size not fitted")]
    public double TerminationInequality { get; init; } = 0.35;

    [Param("Exponent m of the contest function P(A wins) = C_A^m / (C_A^m + C_B^m).", Min = 0, Max = 10, Basis = "judgement: the standard contest-success function (Tullock 1980; Hirshleifer 1989) with m = 1 is the ratio of capabilities")]
    public double ContestExponent { get; init; } = 1.5;

    [Param("Probability that a war ends decisively when the sides are equal (rises with inequality).", Min = 0, Max = 1, Basis = "judgement: decisive endings are common but not universal; not fitted")]
    public double DecisiveBase { get; init; } = 0.35;

    [Param("Fraction of capability each participant loses per war-year.", Min = 0, Max = ParamAttribute.MaxCostFraction, Basis = "judgement: a few per cent of capability a war-year; not fitted")]
    public double CostPerYear { get; init; } = 0.03;

    [Param("Fraction of capability a defeated state loses at the end.", Min = 0, Max = ParamAttribute.MaxCostFraction, Basis = "judgement: defeat costs territory and power (Organski & Kugler 1980: recovery in 15-20 years); not fitted")]
    public double DefeatCost { get; init; } = 0.15;

    [Param("Grievance (0-1) the loser holds toward the winner after defeat.", Min = 0, Max = 1, Basis = "judgement: defeat leaves a grievance toward the winner (revanchism); size not fitted")]
    public double DefeatGrievance { get; init; } = 1.0;

    [Param("Half-life of grievance in years (MODEL.md section 9: a generation).", Min = 0.1, Max = 1000, Basis = "judgement: MODEL.md section 9: grievance fades over a generation")]
    public double GrievanceHalfLifeYears { get; init; } = 20;

    [Param("Battle deaths per war-year per unit of the typical state's capability engaged (world geometric mean; median intensity).", Min = 0, Max = 1e9, Basis = "judgement: scaled so the median war kills about 15,000-20,000 (COW wars: at least 1,000, median some thousands to tens of thousands) and the largest some millions")]
    public double DeathsScale { get; init; } = 450;

    [Param("Standard deviation of log war intensity (heavy-tailed war sizes).", Min = 0, Max = 5, Basis = "source: war sizes are heavy-tailed (Richardson 1960; Cederman 2003); size judgement")]
    public double DeathsSpread { get; init; } = 1.2;

    [Param("A defeated minor state whose capability is below this fraction of the winner's may be conquered.", Min = 0, Max = 1, Basis = "judgement: only a much weaker minor state can be absorbed; not fitted")]
    public double ConquestRatio { get; init; } = 0.15;

    [Param("Probability that such a crushed state is conquered (state death).", Min = 0, Max = 1, Basis = "source: Fazal 2007, state death by conquest is rare after 1816 and rarer after 1945; size judgement")]
    public double ConquestProbability { get; init; } = 0.1;

    [Param("Share of indecisive war endings that are ceasefires.", Min = 0, Max = 1, Basis = "judgement; COW outcome codes")]
    public double IndecisiveCeasefireShare { get; init; } = 0.4;

    [Param("Share of indecisive war endings that are negotiated settlements (the rest are stalemates).", Min = 0, Max = 1, Basis = "judgement; COW outcome codes")]
    public double IndecisiveSettlementShare { get; init; } = 0.3;

    [Param("Fraction of a conquered state's capability the conqueror absorbs.", Min = 0, Max = 1, Basis = "judgement")]
    public double ConquestCapabilityGain { get; init; } = 0.5;
}
