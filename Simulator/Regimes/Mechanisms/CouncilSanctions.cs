using Simulator.Entities;
using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>Binding Council sanctions on the aggressor: a yearly capability cost, and a small yearly chance it stops.</summary>
internal sealed class CouncilSanctions : IMechanism
{
    private readonly List<int> sanctionedWars = new();

    public string Name => MechanismNames.CouncilSanctions;

    public void OnWarYear(RegimeContext r, War war, WarDeliberation d)
    {
        if (d.Vote != Vote.Passed || !r.World.IsAlive[war.Challenger]) return;
        var p = r.Parameters.Un;
        if (!sanctionedWars.Contains(war.Episode))
        {
            sanctionedWars.Add(war.Episode);
            r.Tally.Sanctions++;
        }
        r.World.ImposeCost(war.Challenger, p.SanctionCost);
        if (r.Draws.Uniform(Purpose.SanctionSuccess, r.Year, war.Episode) < p.SanctionSuccess)
        {
            r.Tally.SanctionsSucceeded++;
            d.ImposesEnd = true;
        }
    }
}
