namespace Simulator.Regimes;

/// <summary>
/// A crisis passing through a regime's mechanisms in order. Each mechanism that lowers p_war records
/// a step, so that once the keyed draw u is known the crisis is credited exactly to the mechanism
/// whose step u fell in: p_after ≤ u &lt; p_before (MODEL.md section 4).
/// </summary>
public sealed class CrisisDeliberation
{
    private const int MaxSteps = 16;
    private readonly double[] before = new double[MaxSteps];
    private readonly MechanismType[] mechanism = new MechanismType[MaxSteps];

    public Crisis Crisis { get; private set; }
    /// <summary>Escalation probability after the mechanisms so far.</summary>
    public double PWar { get; private set; }
    /// <summary>The mechanism that imposed a settlement, or null.</summary>
    public MechanismType? ImposedBy { get; private set; }
    public int Steps { get; private set; }
    /// <summary>What the deciding organ did with the crisis (recorded by the organ, or by the referral to it); later mechanisms read it.</summary>
    public Vote OrganVote { get; private set; }

    internal void Begin(in Crisis crisis)
    {
        Crisis = crisis;
        PWar = crisis.PWar;
        ImposedBy = null;
        Steps = 0;
        OrganVote = Vote.NotTakenUp;
    }

    public void RecordOrganVote(Vote vote) => OrganVote = vote;

    /// <summary>A mechanism removes a fraction of the escalation probability.</summary>
    public void Reduce(MechanismType by, double fraction)
    {
        if (fraction <= 0 || ImposedBy is not null) return;
        before[Steps] = PWar;
        mechanism[Steps] = by;
        Steps++;
        PWar *= 1 - fraction;
    }

    /// <summary>A mechanism settles the crisis outright.</summary>
    public void ImposeSettlement(MechanismType by)
    {
        if (ImposedBy is not null) return;
        Reduce(by, 1.0);
        ImposedBy = by;
    }

    /// <summary>The mechanism credited with preventing the crisis given its draw u, or null if it was not prevented.</summary>
    public MechanismType? CreditFor(double u)
    {
        for (int s = Steps - 1; s >= 0; s--)
        {
            double after = s + 1 < Steps ? before[s + 1] : PWar;
            if (u >= after && u < before[s]) return mechanism[s];
        }
        return null;
    }
}
