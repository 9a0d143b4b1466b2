using Simulator.Parameters;

namespace Simulator.Regimes.Mechanisms;

/// <summary>Options of <see cref="CivilMediation"/> (<c>model.mechanisms.civil_mediation</c>).</summary>
public sealed record CivilMediationOptions
{
    [Param("Yearly probability that the Secretary-General or the Council takes up mediation in an ongoing civil conflict not yet mediated (then the Council votes on backing envoys).",
        Min = 0, Max = 1,
        Basis = "judgement: with the Council's vote, about half of the conflicts lasting three years get envoys after the Cold War (the Secretary-General's peacemaking missions multiplied after 1990: Human Security Report 2005)")]
    public double TakeUp { get; init; } = 0.35;

    [Param("Multiplier on the yearly hazard that a mediated civil conflict ends in a negotiated settlement.", Min = 1, Max = 100,
        Basis = "judgement, set so that after the Cold War negotiated endings about match victories (Kreutz 2010, Human Security Report 2005: 21 agreements and 22 victories among conflicts ended 1989-99, after a Cold War in which victories outnumbered agreements); mediation raises the chance of agreement (Greig & Diehl 2012; Doyle & Sambanis 2006)")]
    public double SettlementRatio { get; init; } = 4;

    [Param("Multiplier on the hazard of renewed civil war after a mediated settlement that no peacekeepers guard.", Min = 0, Max = 100,
        Basis = "Beardsley 2008, 2011: mediated agreements break down more often once the mediator's leverage is gone; Walter 2002: settlements hold when a third party guarantees them")]
    public double UnguardedRelapseRatio { get; init; } = 1.5;

    [Param("Multiplier on the hazard of renewed civil war after a mediated settlement followed by a multidimensional mission (peacebuilding), on top of the peacekeepers' own hazard ratio.",
        Min = 0, Max = 100,
        Basis = "Doyle & Sambanis 2006: multidimensional UN operations make negotiated peace last; judgement for the size")]
    public double PeacebuiltRelapseRatio { get; init; } = 0.8;

    [Param("Years after a mediated settlement during which how it was followed up changes the hazard of renewed war.", Min = 0, Max = 100,
        Basis = "judgement: most relapses come within a decade (sf39)")]
    public int FollowUpYears { get; init; } = 10;
}
