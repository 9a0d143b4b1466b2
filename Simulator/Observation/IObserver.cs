namespace Simulator.Observation;

/// <summary>
/// Receives the model's events as they happen. Every method defaults to doing nothing, so an
/// observer implements only what it needs. The model never writes files: observers do.
/// </summary>
public interface IObserver
{
    /// <summary>
    /// True when the observer reads the crises (<see cref="CrisisResolved"/>): then each crisis's p_war is
    /// computed in full. Otherwise a crisis whose draw rules out war under any regime skips what its exact
    /// p_war would cost; it ends the same, and its record carries NaN for p_war (docs/MODEL.md, step 5,
    /// "Computing p_war").
    /// </summary>
    bool ObservesCrises => false;
    void CrisisResolved(in CrisisRecord crisis) { }
    void EpisodeEnded(in EpisodeRecord episode) { }
    void YearEnded(in YearRecord year) { }
    /// <summary>A year of the burn-in ended: simulated, never reported. Only a measure of cost needs it (<c>sim benchmark</c>).</summary>
    void BurnInYearEnded(in YearRecord year) { }
}
