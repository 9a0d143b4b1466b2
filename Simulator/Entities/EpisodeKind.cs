namespace Simulator.Entities;

/// <summary>Inter-state war or civil conflict.</summary>
public enum EpisodeKind
{
    Interstate,
    Civil,
}
