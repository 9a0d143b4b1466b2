using Simulator.Entities;
using Simulator.Observation;
using Simulator.Randomness;

namespace Simulator.Regimes;

/// <summary>
/// A regime built from mechanisms (MODEL.md section 5), consulted in catalog order
/// (<see cref="MechanismCatalog.All"/>). Once the regime has collapsed it acts as <c>none</c> for
/// the rest of the run, except that peace operations already deployed serve out their mandates.
/// </summary>
public sealed class Regime(string name, IReadOnlyList<MechanismType> mechanisms, Parameters.ModelParameters? parameters = null) : IRegime
{
    private readonly CrisisDeliberation crisis = new();
    private readonly WarDeliberation war = new();
    private readonly EpisodeAftermath aftermath = new();
    private IMechanism[] parts = [];
    /// <summary>The parts that define each hook (<see cref="MechanismHookTable"/>), in catalog order.</summary>
    private IMechanism[] upkeep = [], onCrisis = [], afterCrisis = [], onWarYear = [], onEpisodeEnded = [];
    private IPeaceOperation[] operations = [];
    private ICivilMediation[] mediators = [];
    private RegimeContext? context;
    private bool deliberating;

    public string Name { get; } = name;
    public int? CollapseYear => context?.CollapseYear;
    public double Strength => context?.Strength ?? 1;

    private bool IsActive => context is { IsCollapsed: false };

    public void Begin(World world, IDrawSource draws, Tally tally)
    {
        context = new RegimeContext(parameters ?? world.Parameters, world, draws, tally);
        parts = MechanismCatalog.All.Where(mechanisms.Contains).Select(m => m.Create()).ToArray();
        operations = parts.OfType<IPeaceOperation>().ToArray();
        mediators = parts.OfType<ICivilMediation>().ToArray();
        upkeep = MechanismHookTable.Defining(parts, MechanismHooks.Upkeep);
        onCrisis = MechanismHookTable.Defining(parts, MechanismHooks.OnCrisis);
        afterCrisis = MechanismHookTable.Defining(parts, MechanismHooks.AfterCrisis);
        onWarYear = MechanismHookTable.Defining(parts, MechanismHooks.OnWarYear);
        onEpisodeEnded = MechanismHookTable.Defining(parts, MechanismHooks.OnEpisodeEnded);
        foreach (var m in parts) m.Found(context);
    }

    public void Upkeep(World world)
    {
        if (!IsActive) return;
        foreach (var m in upkeep) m.Upkeep(context!);
    }

    public CrisisDecision Decide(in Crisis c, World world)
    {
        deliberating = IsActive;
        if (!deliberating) return CrisisDecision.Unchanged(c.PWar);
        crisis.Begin(c);
        foreach (var m in onCrisis) m.OnCrisis(context!, crisis);
        return new CrisisDecision(crisis.PWar, crisis.ImposedBy is not null);
    }

    /// <summary>Its mechanisms change p_war only through the deliberation's steps, which remove a fraction of it.</summary>
    public bool MayRaiseEscalation => false;

    public string? Resolve(double u, bool isWar, World world)
    {
        if (!deliberating) return null;
        deliberating = false;
        foreach (var m in afterCrisis) m.AfterCrisis(context!, crisis, isWar);
        if (isWar) return null;
        var credited = crisis.CreditFor(u);
        if (credited?.Prevented is not { } counter) return null;
        context!.Tally.Add(counter);
        return credited.Name;
    }

    public WarDecision DecideWar(War w, World world)
    {
        if (!IsActive) return WarDecision.None;
        war.Begin();
        foreach (var m in onWarYear) m.OnWarYear(context!, w, war);
        return war.ToDecision();
    }

    public bool DeployPeacekeepers(in EndedEpisode episode, World world)
    {
        if (!IsActive) return false;
        aftermath.Begin();
        foreach (var m in onEpisodeEnded) m.OnEpisodeEnded(context!, episode, aftermath);
        return aftermath.PeacekeepersDeployed;
    }

    public double RenewedWarHazard(int year, int dyad)
    {
        double factor = 1;
        foreach (var o in operations) factor *= o.RenewedWarHazard(year, dyad);
        return factor;
    }

    public void CivilRelapseHazards(int year, Span<double> factor)
    {
        factor.Fill(1);
        foreach (var o in operations) o.MultiplyCivilHazard(year, factor);
    }

    public double CivilSettlementHazard(CivilConflict conflict, World world)
    {
        if (!IsActive) return 1;
        double factor = 1;
        foreach (var m in mediators) factor *= m.SettlementHazard(context!, conflict);
        return factor;
    }

    public int PeaceOperationsUntil => Latest(static o => o.ActiveUntil);

    public int DyadMissionsUntil => Latest(static o => o.DyadMissionsUntil);

    public bool MayRaiseRenewedWarHazard
    {
        get
        {
            foreach (var o in operations)
                if (o.MayRaiseRenewedWarHazard) return true;
            return false;
        }
    }

    /// <summary>The latest of the peace operations' years (0 without any).</summary>
    private int Latest(Func<IPeaceOperation, int> until)
    {
        int latest = 0;
        foreach (var o in operations) latest = Math.Max(latest, until(o));
        return latest;
    }

    public void FragilityReliefs(int year, Span<double> relief)
    {
        relief.Clear();
        foreach (var o in operations) o.AddFragilityRelief(year, relief);
    }
}
