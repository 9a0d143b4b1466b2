using Simulator.Engine;
using Simulator.Entities;

namespace Simulator.Processes;

/// <summary>Step 3: the regime's own yearly upkeep (cohesion, membership, rotation, collapse).</summary>
internal sealed class RegimeUpkeep(RunContext context) : IAnnualProcess
{
    public void Advance(World world) => context.Regime.Upkeep(world);
}
