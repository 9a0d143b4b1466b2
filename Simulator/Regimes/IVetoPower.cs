namespace Simulator.Regimes;

/// <summary>The power of permanent members to block a resolution.</summary>
public interface IVetoPower
{
    /// <summary>Probability that permanent member <paramref name="member"/> vetoes action against <paramref name="against"/> (the other party <paramref name="other"/>, or -1), by its stake in them and the polarisation of the day.</summary>
    double Probability(RegimeContext r, int member, int against, int other);
}
