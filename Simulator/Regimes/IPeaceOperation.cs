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

    /// <summary>
    /// Multiplies each state's hazard of renewed civil conflict (indexed by state) by this operation's
    /// factor: the civil step asks once a year for every state, not once a state. Default: 1 everywhere.
    /// </summary>
    void MultiplyCivilHazard(int year, Span<double> factor) { }

    /// <summary>Adds each state's fall in fragility this year (indexed by state). Default: 0 everywhere.</summary>
    void AddFragilityRelief(int year, Span<double> relief) { }

    /// <summary>
    /// The year (exclusive) until which some mission or mandate may still act: from it on, every
    /// answer above is the neutral one (1 or 0), so the processes need not ask. Unknown: always ask.
    /// </summary>
    int ActiveUntil => int.MaxValue;

    /// <summary>
    /// The year (exclusive) until which <see cref="RenewedWarHazard"/> may differ from 1 (a mission
    /// between two states): the crisis step asks about the pairs that have fought only before it. At
    /// most <see cref="ActiveUntil"/>; by default that year, which is always safe. An operation that
    /// keeps <see cref="RenewedWarHazard"/> at 1 says 0.
    /// </summary>
    int DyadMissionsUntil => ActiveUntil;

    /// <summary>Whether <see cref="RenewedWarHazard"/> may exceed 1 (see <see cref="IRegime.MayRaiseRenewedWarHazard"/>). Unknown: it may.</summary>
    bool MayRaiseRenewedWarHazard => true;
}
