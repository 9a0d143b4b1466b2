namespace Simulator.Regimes;

/// <summary>Handles for the names of the built-in mechanisms, as configs and outputs spell them (snake_case).</summary>
public static class MechanismNames
{
    // Concert
    public const string Congress = "congress";
    public const string CohesionCollapse = "cohesion_collapse";
    // League
    public const string LeagueCouncil = "league_council";
    public const string Referral = "referral";
    public const string Pledge = "collective_security_pledge";
    public const string LeagueSanctions = "league_sanctions";
    public const string MilitaryAction = "military_action";
    public const string MembershipExit = "membership_exit";
    public const string CredibilityCollapse = "credibility_collapse";
    // United Nations
    public const string SecurityCouncil = "security_council";
    public const string Veto = "veto";
    public const string EarlyWarning = "early_warning";
    public const string GoodOffices = "good_offices";
    public const string UnitingForPeace = "uniting_for_peace";
    public const string CeasefireDirective = "ceasefire_directive";
    public const string CouncilSanctions = "council_sanctions";
    public const string CollectiveAction = "collective_action";
    public const string Peacekeeping = "peacekeeping";
    public const string Peacebuilding = "peacebuilding";
    public const string CivilMediation = "civil_mediation";
    public const string AssemblyRecommendation = "assembly_recommendation";
    // Failure modes shared by every regime (with cohesion_collapse, credibility_collapse, membership_exit)
    public const string Budget = "budget";

    /// <summary>Every mechanism a regime can be built from, in catalog order.</summary>
    public static IReadOnlyList<string> All => MechanismCatalog.Names;
}
