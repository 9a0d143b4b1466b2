using System.Collections.Immutable;
using Simulator.Regimes.Mechanisms;

namespace Simulator.Regimes;

/// <summary>
/// Every mechanism a regime can be built from, registered once. The order is part of the model: it
/// is the order in which a regime consults its mechanisms, the order in which institutions act on a
/// crisis or war (the Secretary-General's good offices first, then the deciding organ and its
/// switches, the assembly when the organ is deadlocked or has not taken the crisis up, the war-time
/// tools, peace operations, civil mediation after them (it reads whether peacekeepers followed its
/// settlements), and last the checks that end a regime). It is written here and nowhere else.
/// </summary>
public static class MechanismCatalog
{
    public static readonly ImmutableArray<MechanismType> All =
    [
        GoodOffices.Type,
        Congress.Type,
        LeagueCouncil.Type,
        Referral.Type,
        CollectiveSecurityPledge.Type,
        SecurityCouncil.Type,
        Veto.Type,
        EarlyWarning.Type,
        UnitingForPeace.Type,
        AssemblyRecommendation.Type,
        CeasefireDirective.Type,
        CouncilSanctions.Type,
        CollectiveAction.Type,
        LeagueSanctions.Type,
        MembershipExit.Type,
        MilitaryAction.Type,
        Peacekeeping.Type,
        Peacebuilding.Type,
        CivilMediation.Type,
        Budget.Type,
        CohesionCollapse.Type,
        CredibilityCollapse.Type,
    ];

    /// <summary>Every mechanism's name, in catalog order.</summary>
    public static readonly ImmutableArray<string> Names = [.. All.Select(m => m.Name)];

    /// <summary>The mechanism of this name, or null.</summary>
    public static MechanismType? Find(string name)
    {
        foreach (var m in All)
            if (m.Name == name) return m;
        return null;
    }
}
