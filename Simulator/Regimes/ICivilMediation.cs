using Simulator.Entities;

namespace Simulator.Regimes;

/// <summary>
/// A mechanism that mediates ongoing civil conflicts: it raises the yearly hazard that a conflict
/// ends in a negotiated settlement. Consulted only while the regime stands.
/// </summary>
public interface ICivilMediation
{
    /// <summary>Multiplier (at least 1) on this year's hazard of a negotiated end of the conflict.</summary>
    double SettlementHazard(RegimeContext r, CivilConflict conflict);
}
