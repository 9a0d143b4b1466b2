using System.Runtime.CompilerServices;
using Simulator.Entities;
using Simulator.Observation;
using Simulator.Parameters;
using Simulator.Randomness;

namespace Simulator.Regimes;

/// <summary>
/// The state of a regime in one run, shared by its mechanisms: world, draws, membership, the organs
/// that mechanisms register (authority, assembly, veto, era schedule), strength and the run's tally.
/// </summary>
public sealed class RegimeContext
{
    internal RegimeContext(ModelParameters parameters, World world, IDrawSource draws, Tally tally)
    {
        Parameters = parameters;
        World = world;
        Draws = draws;
        Tally = tally;
        IsMember = new bool[world.StateCount];
        Array.Fill(IsMember, true);
    }

    public ModelParameters Parameters { get; }
    public World World { get; }
    public IDrawSource Draws { get; }
    /// <summary>The run's counters; mechanisms add to the ones they declare.</summary>
    public Tally Tally { get; }
    public int Year => World.Year;

    /// <summary>Member states, by id.</summary>
    public bool[] IsMember { get; }
    /// <summary>The organ that authorises action, if the regime has one.</summary>
    public IAuthority? Authority { get; set; }
    /// <summary>The plenary that may act when the authority is deadlocked by a veto, if any.</summary>
    public IAssembly? Assembly { get; set; }
    /// <summary>The permanent members' veto, if the regime gives them one.</summary>
    public IVetoPower? Veto { get; set; }
    /// <summary>The political eras the regime lives in, if it follows a schedule; else polarisation comes from the alliance blocs.</summary>
    public IEraSchedule? Eras { get; set; }
    /// <summary>Added probability that the authority takes up a crisis (early warning).</summary>
    public double TakeUpBoost { get; set; }
    /// <summary>The parameters of the regime's failure modes, registered by its deciding organ (null: nothing can fail).</summary>
    public IFailureParameters? Failure { get; set; }
    /// <summary>Agreement among the powers that run the organ, in [0,1] (cohesion_collapse moves it).</summary>
    public double Cohesion { get; set; } = 1;
    /// <summary>Members' belief that aggression will be answered, in [0,1] (credibility_collapse moves it).</summary>
    public double Credibility { get; set; } = 1;
    /// <summary>Money for operations as a share of a full reserve, in [0,1] (budget moves it).</summary>
    public double Budget { get; set; } = 1;
    /// <summary>The organ cannot pay for one more action (budget).</summary>
    public bool IsInsolvent { get; set; }
    /// <summary>The deciding organ takes nothing up: its powers are too divided, or it has no money (paralysis, distinct from collapse).</summary>
    public bool IsStalled => IsInsolvent || (Failure is { } f && Cohesion < f.StallCohesion);
    /// <summary>The weaker of cohesion and credibility, in [0,1]: what yearly.csv reports as the regime's strength.</summary>
    public double Strength => Math.Min(Cohesion, Credibility);
    public bool IsCollapsed => CollapseYear is not null;
    public int? CollapseYear { get; private set; }

    /// <summary>The regime is over for the rest of the run; from now on it acts as <c>none</c>.</summary>
    public void Collapse()
    {
        if (CollapseYear is not null) return;
        CollapseYear = Year;
        Tally.MarkYear(RegimeCounters.CollapseYear, Year);
    }

    /// <summary>The regime collapses for the reason <paramref name="cause"/> counts (once, and only if it was not over already).</summary>
    public void Collapse(Counter cause)
    {
        if (CollapseYear is not null) return;
        Collapse();
        Tally.Add(cause);
    }

    /// <summary>
    /// The capability of the member states and of all living states, each summed in slot order. Its own
    /// method, not inlined, so the sums stay in registers: inlined into a mechanism's upkeep, they were
    /// kept on the stack, and each addition waited for the last one's store (1% of the default's time).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal (double Members, double All) MemberCapability()
    {
        int slots = World.NextSlot;
        var alive = World.IsAlive.AsSpan(0, slots);
        var capability = World.Capability.AsSpan(0, slots);
        var member = IsMember.AsSpan(0, slots);
        double members = 0, all = 0;
        for (int i = 0; i < alive.Length; i++)
        {
            // Adding +0 to a sum that starts at +0 leaves it as it was: the sums are those of the living alone.
            double c = alive[i] ? capability[i] : 0;
            all += c;
            members += member[i] ? c : 0;
        }
        return (members, all);
    }

    /// <summary>Bloc polarisation as the regime sees it: its era schedule if it has one, the alliance blocs otherwise.</summary>
    public double Polarisation => Eras?.Polarisation(Year) ?? World.BlocPolarisation;

    /// <summary>True in the Cold War era of the regime's schedule (never without one).</summary>
    public bool IsColdWar => Eras?.IsColdWar(Year) ?? false;
}
