namespace Simulator.Observation;

/// <summary>
/// Receives the model's events as they happen. Every method defaults to doing nothing, so an
/// observer implements only what it needs. The model never writes files: observers do.
/// </summary>
public interface IObserver
{
    void CrisisResolved(in CrisisRecord crisis) { }
    void EpisodeEnded(EpisodeRecord episode) { }
    void YearEnded(in YearRecord year) { }
    /// <summary>A year of the burn-in ended: simulated, never reported. Only a measure of cost needs it (<c>sim benchmark</c>).</summary>
    void BurnInYearEnded(in YearRecord year) { }
}
