namespace Simulator.Entities;

/// <summary>
/// What an episode's keyed draws are keyed by: the states it is between, never its number. The
/// episode counter differs between regimes as soon as one regime prevents a war, so draws keyed by
/// it would pair different random numbers with the same war; keyed by the pair (or the torn state)
/// and the year, the same war meets the same draws under every regime (common random numbers).
/// Wars take even keys and civil conflicts odd ones, so the two kinds never share a draw.
/// </summary>
public static class EpisodeKey
{
    /// <summary>The key of a war between the pair of the given dyad (one war per pair at a time).</summary>
    public static int OfWar(int dyad) => 2 * dyad;

    /// <summary>The key of a civil conflict in the given state (one at a time).</summary>
    public static int OfCivil(int state) => 2 * state + 1;
}
