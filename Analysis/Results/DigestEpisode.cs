namespace Analysis.Results;

/// <summary>
/// What the digest reads of an episode (a row of episodes.csv): its number in the run, civil or inter-state, the years it
/// began and ended (-1: still going at the horizon), the episode it renews (-1: none), whether peacekeepers deployed,
/// the great powers among its fighters and how many states fought.
/// </summary>
public readonly record struct DigestEpisode(int Number, bool Civil, int Start, int End, int RelapseOf, bool Peacekeeping, int GreatPowers, int Participants);
