using Simulator.Entities;

namespace Simulator.Regimes;

/// <summary>An episode that just ended, as a regime sees it when deciding on peacekeeping.</summary>
/// <param name="Host">The state (civil) or the challenger (inter-state).</param>
/// <param name="Episode">The episode's number in the run (an identity; never a draw key).</param>
/// <param name="Key">What draws about this episode are keyed by (<see cref="EpisodeKey"/>).</param>
/// <param name="Other">The target of an inter-state war, or -1.</param>
/// <param name="StartYear">When the fighting began (with the deaths, how hard the case is).</param>
public readonly record struct EndedEpisode(EpisodeKind Kind, int Episode, int Key, int Host, int Other, EndReason EndedBy,
    int StartYear, double BattleDeaths);
