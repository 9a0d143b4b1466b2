using Simulator.Entities;
using Simulator.Randomness;

namespace Simulator.Regimes.Mechanisms;

/// <summary>Binding Council sanctions on the aggressor: a yearly capability cost, and a small yearly chance it stops.</summary>
public sealed class CouncilSanctions : IMechanism
{
    public static readonly MechanismType Type = new(MechanismNames.CouncilSanctions,
        "Binding sanctions on the aggressor once the organ passes a resolution: a yearly capability cost and a chance it stops.",
        () => new CouncilSanctions(), [RegimeCounters.Sanctions, RegimeCounters.SanctionsSucceeded]);

    private readonly List<int> sanctionedWars = new();

    public void OnWarYear(RegimeContext r, War war, WarDeliberation d)
    {
        if (d.OrganVote != Vote.Passed || !r.World.IsAlive[war.Challenger]) return;
        var p = r.Parameters.Un;
        if (!sanctionedWars.Contains(war.Episode))
        {
            sanctionedWars.Add(war.Episode);
            r.Tally.Add(RegimeCounters.Sanctions);
            d.SanctionsImposed = true;
        }
        r.World.ImposeCost(war.Challenger, p.SanctionCost);
        if (r.Draws.Uniform(Purpose.SanctionSuccess, r.Year, war.Key) < p.SanctionSuccess)
        {
            r.Tally.Add(RegimeCounters.SanctionsSucceeded);
            d.ImposesEnd = true;
        }
    }
}
