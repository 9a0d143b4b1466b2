namespace Simulator.Entities;

/// <summary>An ongoing inter-state war: two sides that may grow as allies join (MODEL.md section 3.6).</summary>
public sealed class War
{
    internal War(int episode, int key, int startYear, int challenger, int target, int relapseOf) =>
        Begin(episode, key, startYear, challenger, target, relapseOf);

    /// <summary>
    /// Makes the object a war just declared, every field as a new one has it: a world hands the objects of its wars
    /// back for its thread's next runs (World.Release), as it does its civil conflicts, so a run allocates no war once
    /// its thread has run a few (a war and its two sides were a fifth of a run's garbage).
    /// </summary>
    internal void Begin(int episode, int key, int startYear, int challenger, int target, int relapseOf)
    {
        Episode = episode;
        Key = key;
        StartYear = startYear;
        Challenger = challenger;
        Target = target;
        RelapseOf = relapseOf;
        SideA.Clear();
        SideB.Clear();
        SideA.Add(challenger);
        SideB.Add(target);
        BattleDeaths = 0;
        GreatPowers = GreatPowersA = GreatPowersB = 0;
        IsGreatPowerWar = HasPeacekeeping = false;
    }

    /// <summary>Episode number within the run.</summary>
    public int Episode { get; private set; }
    /// <summary>What the war's keyed draws are keyed by (<see cref="EpisodeKey"/>): the same under every regime.</summary>
    public int Key { get; private set; }
    public int StartYear { get; private set; }
    /// <summary>The state that escalated the crisis.</summary>
    public int Challenger { get; private set; }
    public int Target { get; private set; }
    /// <summary>Episode this war renews (the last war of the same pair), or -1.</summary>
    public int RelapseOf { get; private set; }
    public List<int> SideA { get; } = new(4);
    public List<int> SideB { get; } = new(4);
    public double BattleDeaths { get; internal set; }
    /// <summary>Distinct great powers that fought in it.</summary>
    public int GreatPowers { get; internal set; }
    internal int GreatPowersA { get; set; }
    internal int GreatPowersB { get; set; }
    public bool IsGreatPowerWar { get; internal set; }
    public bool HasPeacekeeping { get; internal set; }

    /// <summary>True when the state fights in this war.</summary>
    public bool Involves(int state) => SideA.Contains(state) || SideB.Contains(state);
}
