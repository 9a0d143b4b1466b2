namespace Simulator.Entities;

/// <summary>An ongoing civil conflict in one state (MODEL.md section 3.7).</summary>
public sealed class CivilConflict
{
    internal CivilConflict(int episode, int startYear, int state, int relapseOf) => Begin(episode, startYear, state, relapseOf);

    /// <summary>
    /// Makes the object a conflict just begun, every field as a new one has it: a world hands the objects of its
    /// ended conflicts back for its thread's next runs (World.Release), so a run allocates no conflict once its
    /// thread has run a few.
    /// </summary>
    internal void Begin(int episode, int startYear, int state, int relapseOf)
    {
        Episode = episode;
        Key = EpisodeKey.OfCivil(state);
        StartYear = startYear;
        State = state;
        RelapseOf = relapseOf;
        BattleDeaths = 0;
        HasPeacekeeping = false;
        RebelStrength = 0;
        HasProxyPatron = false;
        RebelsBacked = false;
        YearsRebelsBacked = 0;
        CourseDraw = DeathsDraw = EndingDraw = 0;
    }

    public int Episode { get; private set; }
    /// <summary>What the conflict's keyed draws are keyed by (<see cref="EpisodeKey"/>): the same under every regime.</summary>
    public int Key { get; private set; }
    public int StartYear { get; private set; }
    /// <summary>The state torn by the conflict.</summary>
    public int State { get; private set; }
    /// <summary>Episode this conflict renews (the last civil conflict in the same state), or -1.</summary>
    public int RelapseOf { get; private set; }
    public double BattleDeaths { get; internal set; }
    public bool HasPeacekeeping { get; internal set; }

    /// <summary>Strength of the rebels' forces as a multiple of the government's; drawn at onset, moved each year by the war's course and outside support.</summary>
    public double RebelStrength { get; internal set; }

    /// <summary>The rebels' share of the two sides' forces, in (0,1): 0.5 is a balanced war (a mutually hurting stalemate).</summary>
    public double RebelShare => RebelStrength / (1 + RebelStrength);

    /// <summary>True when a great power of the opposing bloc is willing to back the rebels (drawn once at onset).</summary>
    public bool HasProxyPatron { get; internal set; }

    /// <summary>True in a year in which an outside state backed the rebels.</summary>
    public bool RebelsBacked { get; internal set; }

    /// <summary>Years in which an outside state backed the rebels.</summary>
    public int YearsRebelsBacked { get; internal set; }

    /// <summary>
    /// This year's keyed draws of the conflict (its course, its deaths, its ending), taken for every conflict
    /// before any fights its year (CivilStrife): they depend on the key and the year alone.
    /// </summary>
    internal double CourseDraw, DeathsDraw, EndingDraw;
}
