using Simulator.Entities;
using Simulator.Parameters;
using Simulator.Randomness;

namespace Simulator.Regimes;

/// <summary>The state of a regime in one run, shared by its mechanisms: world, draws, membership, organs, tallies.</summary>
public sealed class RegimeContext
{
    internal RegimeContext(ModelParameters parameters, World world, Draws draws, IReadOnlySet<string> mechanisms)
    {
        Parameters = parameters;
        World = world;
        Draws = draws;
        Mechanisms = mechanisms;
        IsMember = new bool[world.StateCount];
        Array.Fill(IsMember, true);
    }

    public ModelParameters Parameters { get; }
    public World World { get; }
    public Draws Draws { get; }
    /// <summary>Names of the mechanisms this regime is built from (switches such as <c>veto</c> live here too).</summary>
    public IReadOnlySet<string> Mechanisms { get; }
    public RegimeTally Tally { get; } = new();
    public int Year => World.Year;

    /// <summary>Member states, by id.</summary>
    public bool[] IsMember { get; }
    /// <summary>The organ that authorises action, if the regime has one.</summary>
    public IAuthority? Authority { get; set; }
    /// <summary>Cohesion (Concert) or credibility (League) in [0,1]; 1 where the regime has neither.</summary>
    public double Strength { get; set; } = 1;
    public bool IsCollapsed => CollapseYear is not null;
    public int? CollapseYear { get; private set; }

    public bool Has(string mechanism) => Mechanisms.Contains(mechanism);

    /// <summary>The regime is over for the rest of the run; from now on it acts as <c>none</c>.</summary>
    public void Collapse()
    {
        CollapseYear ??= Year;
    }

    /// <summary>Bloc polarisation as the regime sees it: the UN's era schedule where the regime has a Security Council, the alliance blocs otherwise.</summary>
    public double Polarisation
    {
        get
        {
            if (!Has(MechanismNames.SecurityCouncil)) return World.BlocPolarisation;
            var un = Parameters.Un;
            return Year < un.ColdWarYears ? un.ColdWarPolarisation
                : Year < un.ColdWarYears + un.PostColdWarYears ? un.PostColdWarPolarisation
                : un.LaterPolarisation;
        }
    }

    /// <summary>True in the Cold War era of the UN schedule.</summary>
    public bool IsColdWar => Year < Parameters.Un.ColdWarYears;
}
