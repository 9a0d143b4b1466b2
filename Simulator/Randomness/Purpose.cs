namespace Simulator.Randomness;

/// <summary>
/// What a draw is for. Each purpose is its own stream: adding a new purpose never shifts the
/// draws of another. The numeric values are part of the reproducibility contract: append, never renumber.
/// </summary>
public enum Purpose : ulong
{
    StatePosition = 1,
    StateCapability = 2,
    StateGrowth = 3,
    StateDemocracy = 4,
    StateFragility = 5,
    CapabilityShock = 6,
    CrisisOnset = 10,
    CrisisChallenger = 11,
    CrisisEscalation = 12,
    AllianceLoyalty = 20,
    AllianceBloc = 21,
    AllyJoins = 30,
    WarTermination = 31,
    WarOutcome = 32,
    WarWinner = 33,
    WarDeaths = 34,
    Conquest = 35,
    CivilOnset = 40,
    CivilTermination = 41,
    CivilOutcome = 42,
    CivilDeaths = 43,

    // Regime mechanisms draw from 100 upwards.
    Congress = 100,
    CouncilTakeUp = 101,
    Veto = 102,
    ElectedVote = 103,
    ElectedSeats = 104,
    UnitingForPeace = 105,
    GoodOffices = 106,
    SanctionSuccess = 107,
    CollectiveAction = 108,
    PeacekeepingConsent = 109,
    Peacebuilding = 110,
    Arbitration = 111,
    SanctionJoin = 112,
    MilitaryAction = 113,
    LeagueExit = 114,
    NonMember = 115,
    SettlementImposed = 116,
    // The calendar mode's state system draws from 200 upwards.
    RegimeChange = 200,
    // The civil conflict's balance of forces draws from 300 upwards.
    CivilBalance = 300,
    CivilWarCourse = 301,
    CivilSupport = 302,
    // Issue 10's mechanisms draw from 310 upwards (kept apart from other branches' additions).
    PeacekeepingSelection = 310,
    CivilMediation = 311,
    AssemblyRecommendation = 312,
    // Regime failure modes and the Concert's conferences on wars (issue 10).
    Defection = 130,
    CongressOnWar = 131,
}
