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
    private readonly int[] mechanism = new int[MaxSteps];

    public Crisis Crisis { get; private set; }
    /// <summary>Escalation probability after the mechanisms so far.</summary>
    public double PWar { get; private set; }
    /// <summary>Index in <see cref="MechanismNames.Preventing"/> of the mechanism that imposed a settlement, or -1.</summary>
    public int ImposedBy { get; private set; }
    public int Steps { get; private set; }
    /// <summary>The organ decided on action: passed, vetoed or did not take it up.</summary>
    public Vote Vote { get; set; }
    /// <summary>True when the Secretary-General mediated this crisis.</summary>
    public bool Mediated { get; set; }

    internal void Begin(in Crisis crisis)
    {
        Crisis = crisis;
        PWar = crisis.PWar;
        ImposedBy = -1;
        Steps = 0;
        Vote = Vote.NotTakenUp;
        Mediated = false;
    }

    /// <summary>A mechanism removes a fraction of the escalation probability.</summary>
    public void Reduce(string mechanismName, double fraction)
    {
        if (fraction <= 0 || ImposedBy >= 0) return;
        before[Steps] = PWar;
        mechanism[Steps] = MechanismNames.PreventingIndex(mechanismName);
        Steps++;
        PWar *= 1 - fraction;
    }

    /// <summary>A mechanism settles the crisis outright.</summary>
    public void ImposeSettlement(string mechanismName)
    {
        if (ImposedBy >= 0) return;
        Reduce(mechanismName, 1.0);
        ImposedBy = MechanismNames.PreventingIndex(mechanismName);
    }

    /// <summary>The mechanism credited with preventing the crisis given its draw u, or -1 if it was not prevented.</summary>
    public int CreditFor(double u)
    {
        for (int s = Steps - 1; s >= 0; s--)
        {
            double after = s + 1 < Steps ? before[s + 1] : PWar;
            if (u >= after && u < before[s]) return mechanism[s];
        }
        return -1;
    }
}
