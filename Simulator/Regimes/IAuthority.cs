namespace Simulator.Regimes;

/// <summary>
/// The organ that authorises action against a state: the Security Council (vote and veto), a
/// Concert congress, or the League Council (unanimity). Mechanisms such as sanctions or
/// peacekeeping ask it, so they compose with any regime that has one.
/// </summary>
public interface IAuthority
{
    /// <param name="against">The state the action is directed at (aggressor, or host of a mission).</param>
    /// <param name="other">The other party, or -1.</param>
    /// <param name="takeUp">Probability that the organ considers the question at all.</param>
    /// <param name="key">Distinguishes questions in the same year (e.g. crisis or war), for keyed draws.</param>
    Vote Decide(RegimeContext r, int against, int other, double takeUp, int key);

    /// <summary>A peacekeeping mandate for the host of a mission (always taken up).</summary>
    Vote Mandate(RegimeContext r, int host, int other, int key) => Decide(r, host, other, 1.0, key);

    /// <summary>Envoys to mediate a civil conflict in the host, taken up with <paramref name="takeUp"/> (a veto shields a client all the same).</summary>
    Vote Mediation(RegimeContext r, int host, double takeUp, int key) => Decide(r, host, -1, takeUp, key);
}
