namespace Simulator.Regimes;

/// <summary>
/// A mechanism whose effect outlasts its decision: a deployed mission or mandate changes the world's
/// hazards for years, even after the regime that sent it has collapsed. The processes ask; the
/// mechanism keeps the missions.
/// </summary>
public interface IPeaceOperation
{
    /// <summary>Multiplier on the hazard of a new crisis between the pair of this dyad.</summary>
    double RenewedWarHazard(int year, int dyad) => 1;

    /// <summary>Multiplier on the hazard of renewed civil conflict in the state.</summary>
    double CivilHazard(int year, int state) => 1;

    /// <summary>Fall in the state's fragility this year.</summary>
    double FragilityRelief(int year, int state) => 0;

    /// <summary>
    /// <see cref="CivilHazard"/> of every state at once, multiplied into <paramref name="factor"/> (indexed by
    /// state): the civil step asks once a year, not once a state. An operation overrides it with the same
    /// rule as a plain loop; this default asks state by state.
    /// </summary>
    void MultiplyCivilHazard(int year, Span<double> factor)
    {
        for (int s = 0; s < factor.Length; s++) factor[s] *= CivilHazard(year, s);
    }

    /// <summary><see cref="FragilityRelief"/> of every state at once, added into <paramref name="relief"/> (as above).</summary>
    void AddFragilityRelief(int year, Span<double> relief)
    {
        for (int s = 0; s < relief.Length; s++) relief[s] += FragilityRelief(year, s);
    }

    /// <summary>
    /// The year (exclusive) until which some mission or mandate may still act: from it on, every
    /// answer above is the neutral one (1 or 0), so the processes need not ask. Unknown: always ask.
    /// </summary>
    int ActiveUntil => int.MaxValue;
}
