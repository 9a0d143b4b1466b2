namespace Simulator.Entities;

/// <summary>An ongoing civil conflict in one state (MODEL.md section 3.7).</summary>
public sealed class CivilConflict
{
    internal CivilConflict(int episode, int startYear, int state, int relapseOf)
    {
        Episode = episode;
        Key = EpisodeKey.OfCivil(state);
        StartYear = startYear;
        State = state;
        RelapseOf = relapseOf;
    }

    public int Episode { get; }
    /// <summary>What the conflict's keyed draws are keyed by (<see cref="EpisodeKey"/>): the same under every regime.</summary>
    public int Key { get; }
    public int StartYear { get; }
    /// <summary>The state torn by the conflict.</summary>
    public int State { get; }
    /// <summary>Episode this conflict renews (the last civil conflict in the same state), or -1.</summary>
    public int RelapseOf { get; }
    public double BattleDeaths { get; internal set; }
    public bool HasPeacekeeping { get; internal set; }
}
