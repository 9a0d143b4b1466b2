namespace Simulator.Regimes;

/// <summary>The power of permanent members to block a resolution.</summary>
public interface IVetoPower
{
    /// <summary>Probability that a permanent member vetoes action against a party it is, or against its friend.</summary>
    double Probability(RegimeContext r, bool isParty, bool isFriend);
}
