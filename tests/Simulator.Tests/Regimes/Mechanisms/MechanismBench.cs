using Simulator.Entities;
using Simulator.Observation;
using Simulator.Parameters;
using Simulator.Randomness;
using Simulator.Regimes;

namespace Simulator.Tests.Regimes.Mechanisms;

/// <summary>A world and a regime context with scripted draws, for testing one mechanism at a time.</summary>
internal sealed class MechanismBench
{
    public MechanismBench(ModelParameters? parameters = null)
    {
        Parameters = parameters ?? new ModelParameters();
        World = new World(Parameters, new Draws(1));
        Context = new RegimeContext(Parameters, World, Draws, Tally);
    }

    public ModelParameters Parameters { get; }
    public World World { get; }
    public ScriptedDraws Draws { get; } = new();
    public Tally Tally { get; } = new();
    public RegimeContext Context { get; }

    /// <summary>Founds the mechanisms, in the order given (the catalog's order, as a regime would).</summary>
    public void Found(params IMechanism[] mechanisms)
    {
        foreach (var m in mechanisms) m.Found(Context);
    }

    public int GreatPower(int rank = 0) => World.ByCapability().Where(i => World.IsGreatPower[i]).ElementAt(rank);

    public int Minor(int rank = 0) => World.ByCapability().Where(i => !World.IsGreatPower[i]).Reverse().ElementAt(rank);

    public CrisisDeliberation Crisis(int challenger, int target, double pWar = 0.5)
    {
        var d = new CrisisDeliberation();
        d.Begin(new Crisis(World.Year, challenger, target, World.DyadIndex(challenger, target), pWar));
        return d;
    }
}
