using Simulator.Entities;

namespace Simulator.Observation;

/// <summary>A finished (or censored) conflict episode, as reported to observers and written to episodes.csv.</summary>
public readonly record struct EpisodeRecord(
    int Episode,
    EpisodeKind Kind,
    int StartYear,
    int? EndYear,
    EndReason EndedBy,
    double BattleDeaths,
    int GreatPowers,
    bool IsGreatPowerWar,
    int? RelapseOf,
    int Challenger,
    int? Target,
    int Participants,
    bool Peacekeeping);
