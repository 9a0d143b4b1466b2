namespace Simulator.Regimes.Mechanisms;

/// <summary>
/// The permanent members' veto, cast by interest. A member vetoes action against itself with
/// <c>veto_party_base</c> + (1 − <c>veto_party_base</c>)·polarisation, against an ally or client with
/// <c>veto_base</c> + (1 − <c>veto_base</c>)·polarisation, against a client of a bloc partner with
/// <c>veto_bloc_share</c>·polarisation; it never vetoes when it has no stake in the target, or when it
/// stands with the other party (it wants the action). Polarisation is the regime's era schedule
/// blended with the model's own bloc polarisation (weight <c>veto_bloc_weight</c>), so the veto rate
/// follows the political era: high in a Cold War, low after it.
/// </summary>
public sealed class Veto : IMechanism, IVetoPower
{
    public static readonly MechanismType Type = new(MechanismNames.Veto,
        "Permanent members veto by interest: on action against themselves, their allies and clients, their bloc's clients, more often the more polarised the era.",
        () => new Veto());

    public void Found(RegimeContext r) => r.Veto = this;

    public double Probability(RegimeContext r, int member, int against, int other)
    {
        var w = r.World;
        var p = r.Parameters.Un;
        if (member == against) return p.VetoPartyBase + (1 - p.VetoPartyBase) * Polarisation(r, p);
        if (Relations.IsPartyOrAlly(w, member, other)) return 0;
        if (w.AreAllied(member, against)) return p.VetoBase + (1 - p.VetoBase) * Polarisation(r, p);
        int patron = w.Patron[against];
        if (patron >= 0 && w.AreAllied(member, patron)) return p.VetoBlocShare * Polarisation(r, p);
        return 0;
    }

    /// <summary>
    /// The era's polarisation blended with the blocs'. A function of the year (the era schedule) and of
    /// the blocs' polarisation alone, so it is kept until either changes: a crisis asks for it once a
    /// permanent member with a stake, several times a vote.
    /// </summary>
    private double Polarisation(RegimeContext r, Parameters.UnParameters p)
    {
        double blocs = r.World.BlocPolarisation;
        if (r.Year != keptYear || !blocs.Equals(keptBlocs))
        {
            kept = (1 - p.VetoBlocWeight) * r.Polarisation + p.VetoBlocWeight * blocs;
            keptYear = r.Year;
            keptBlocs = blocs;
        }
        return kept;
    }

    private int keptYear = int.MinValue;
    private double keptBlocs = double.NaN, kept;
}
