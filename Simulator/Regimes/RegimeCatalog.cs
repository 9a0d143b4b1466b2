using System.Collections.Immutable;

namespace Simulator.Regimes;

/// <summary>The built-in regimes (MODEL.md section 5) as compositions of mechanisms.</summary>
public static class RegimeCatalog
{
    private static readonly RegimeDefinition[] BuiltIn =
    [
        new(NoRegime.RegimeName, []),
        new("concert",
        [
            MechanismNames.Congress, MechanismNames.CohesionCollapse, MechanismNames.CredibilityCollapse, MechanismNames.MembershipExit,
            MechanismNames.Budget,
        ]),
        new("league",
        [
            MechanismNames.LeagueCouncil, MechanismNames.Referral, MechanismNames.Pledge, MechanismNames.LeagueSanctions,
            MechanismNames.MilitaryAction, MechanismNames.MembershipExit, MechanismNames.CredibilityCollapse,
            MechanismNames.CohesionCollapse, MechanismNames.Budget,
        ]),
        new("un",
        [
            MechanismNames.SecurityCouncil, MechanismNames.Veto, MechanismNames.EarlyWarning, MechanismNames.GoodOffices,
            MechanismNames.UnitingForPeace, MechanismNames.CeasefireDirective, MechanismNames.CouncilSanctions,
            MechanismNames.CollectiveAction, MechanismNames.Peacekeeping, MechanismNames.Peacebuilding,
            MechanismNames.AssemblyRecommendation, MechanismNames.CivilMediation,
            MechanismNames.CohesionCollapse, MechanismNames.CredibilityCollapse, MechanismNames.MembershipExit, MechanismNames.Budget,
        ]),
    ];

    /// <summary>Names of the built-in regimes, in the order of history.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = BuiltIn.Select(r => r.Name).ToArray();

    /// <summary>Names a config may use without defining them.</summary>
    public static IReadOnlySet<string> Names { get; } = BuiltIn.Select(r => r.Name).ToImmutableSortedSet(StringComparer.Ordinal);

    public static RegimeDefinition Definition(string name) =>
        BuiltIn.FirstOrDefault(r => r.Name == name) ?? throw new ArgumentException($"unknown regime '{name}'", nameof(name));

    /// <summary>A fresh built-in regime for one run.</summary>
    public static IRegime Create(string name) => Definition(name).Create();
}
