using Simulator.Entities;

namespace Simulator.Regimes;

/// <summary>An episode that just ended, as a regime sees it when deciding on peacekeeping.</summary>
/// <param name="Host">The state (civil) or the challenger (inter-state).</param>
/// <param name="Other">The target of an inter-state war, or -1.</param>
public readonly record struct EndedEpisode(EpisodeKind Kind, int Episode, int Host, int Other, EndReason EndedBy);
