namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// The permanent members' veto: a member vetoes action against itself, and against an ally or client
/// with a probability rising with polarisation from <c>veto_base</c> to 1 (the Cold War paralysis).
/// </summary>
public sealed class Veto : IMechanism, IVetoPower
{
    public static readonly MechanismType Type = new(MechanismNames.Veto,
        "Permanent members may veto: always against action on themselves, on allies and clients with probability rising with polarisation.",
        () => new Veto());

    public void Found(RegimeContext r) => r.Veto = this;

    public double Probability(RegimeContext r, bool isParty, bool isFriend)
    {
        double vetoBase = r.Parameters.Un.VetoBase;
        return isParty ? 1 : isFriend ? vetoBase + (1 - vetoBase) * r.Polarisation : 0;
    }
}
