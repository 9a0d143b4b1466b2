using Simulator.Entities;
using Simulator.Randomness;
using Simulator.Regimes.Mechanisms;

namespace Simulator.Regimes;

/// <summary>
/// A regime built from named mechanisms (MODEL.md section 5). The mechanisms are consulted in a
/// fixed order, the order in which institutions act on a crisis: the Secretary-General's good
/// offices first, then the deciding organ, then the Assembly when the organ is deadlocked. Once the
/// regime has collapsed it acts as <c>none</c> for the rest of the run.
/// </summary>
public sealed class Regime(string name, IReadOnlySet<string> mechanisms) : IRegime
{
    private readonly CrisisDeliberation crisis = new();
    private readonly WarDeliberation war = new();
    private IMechanism[] parts = [];
    private RegimeContext? context;
    private bool deliberating;

    public string Name { get; } = name;
    public IReadOnlySet<string> Mechanisms { get; } = mechanisms;
    public RegimeTally? Tally => context?.Tally;
    public int? CollapseYear => context?.CollapseYear;
    public double Strength => context?.Strength ?? 1;

    private bool IsActive => context is { IsCollapsed: false };

    public void Begin(World world, Draws draws)
    {
        context = new RegimeContext(world.Parameters, world, draws, Mechanisms);
        parts = Build(Mechanisms);
        foreach (var m in parts) m.Found(context);
    }

    /// <summary>The mechanism objects, in the order they act.</summary>
    private static IMechanism[] Build(IReadOnlySet<string> names)
    {
        var list = new List<IMechanism>();
        void Add(string name, Func<IMechanism> create)
        {
            if (names.Contains(name)) list.Add(create());
        }
        Add(MechanismNames.GoodOffices, () => new GoodOffices());
        Add(MechanismNames.Congress, () => new Congress());
        Add(MechanismNames.LeagueCouncil, () => new LeagueCouncil());
        Add(MechanismNames.Referral, () => new Referral());
        Add(MechanismNames.Pledge, () => new CollectiveSecurityPledge());
        Add(MechanismNames.SecurityCouncil, () => new SecurityCouncil());
        Add(MechanismNames.UnitingForPeace, () => new UnitingForPeace());
        Add(MechanismNames.CeasefireDirective, () => new CeasefireDirective());
        Add(MechanismNames.CouncilSanctions, () => new CouncilSanctions());
        Add(MechanismNames.CollectiveAction, () => new CollectiveAction());
        Add(MechanismNames.LeagueSanctions, () => new LeagueSanctions());
        Add(MechanismNames.MilitaryAction, () => new MilitaryAction());
        Add(MechanismNames.Peacekeeping, () => new Peacekeeping());
        Add(MechanismNames.Peacebuilding, () => new Peacebuilding());
        Add(MechanismNames.MembershipExit, () => new MembershipExit());
        Add(MechanismNames.CohesionCollapse, () => new CohesionCollapse());
        Add(MechanismNames.CredibilityCollapse, () => new CredibilityCollapse());
        return list.ToArray();
    }

    public void Upkeep(World world)
    {
        if (!IsActive) return;
        foreach (var m in parts) m.Upkeep(context!);
    }

    public CrisisDecision Decide(in Crisis c, World world)
    {
        deliberating = IsActive;
        if (!deliberating) return CrisisDecision.Unchanged(c.PWar);
        crisis.Begin(c);
        foreach (var m in parts) m.OnCrisis(context!, crisis);
        return new CrisisDecision(crisis.PWar, crisis.ImposedBy >= 0);
    }

    public string? Resolve(double u, bool isWar, World world)
    {
        if (!deliberating) return null;
        deliberating = false;
        foreach (var m in parts) m.AfterCrisis(context!, crisis, isWar);
        if (isWar) return null;
        int credited = crisis.CreditFor(u);
        if (credited < 0) return null;
        context!.Tally.PreventedBy[credited]++;
        return MechanismNames.Preventing[credited];
    }

    public WarDecision DecideWar(War w, World world)
    {
        if (!IsActive) return WarDecision.None;
        war.Begin();
        foreach (var m in parts) m.OnWarYear(context!, w, war);
        return war.ToDecision();
    }

    public bool DeployPeacekeepers(in EndedEpisode episode, World world)
    {
        if (!IsActive) return false;
        bool deployed = false;
        foreach (var m in parts) deployed |= m.OnEpisodeEnded(context!, episode);
        return deployed;
    }
}
