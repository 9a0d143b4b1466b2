using Simulator.Entities;

namespace Simulator.Regimes.Mechanisms;

/// <summary>Who stands with whom, as the mechanisms ask it.</summary>
internal static class Relations
{
    /// <summary>True when <paramref name="state"/> is the party itself or allied to it.</summary>
    public static bool IsPartyOrAlly(World world, int state, int party) =>
        party >= 0 && (state == party || world.AreAllied(state, party));

    /// <summary>A great power, or a state bordering or allied to one (where the Concert claims a say).</summary>
    public static bool IsInGreatPowerSphere(World world, int state)
    {
        if (world.IsGreatPower[state] || world.Patron[state] >= 0) return true;
        foreach (int neighbour in world.Neighbours[state])
            if (world.IsGreatPower[neighbour]) return true;
        return false;
    }

}
