namespace Simulator.Regimes;

/// <summary>What a regime's deciding organ did with a question put to it.</summary>
public enum Vote
{
    NotTakenUp,
    Passed,
    /// <summary>Blocked by a veto (UN) or by a party's seat under unanimity (League).</summary>
    Vetoed,
    /// <summary>Taken up but short of the votes needed.</summary>
    Failed,
}
