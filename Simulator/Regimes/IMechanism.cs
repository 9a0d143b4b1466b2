namespace Simulator.Regimes;

/// <summary>
/// One lever of collective security with its own parameters. Each hook defaults to doing nothing;
/// a mechanism implements the points of MODEL.md section 5 where it acts. Mechanisms decide; the
/// world changes only through its own verbs.
/// </summary>
public interface IMechanism
{
    string Name { get; }
    /// <summary>At the start of the run: membership, seats.</summary>
    void Found(RegimeContext r) { }
    /// <summary>Step 3 of the year.</summary>
    void Upkeep(RegimeContext r) { }
    /// <summary>Step 5: may lower p_war or impose a settlement.</summary>
    void OnCrisis(RegimeContext r, CrisisDeliberation d) { }
    /// <summary>After the draw: the crisis ended as it did.</summary>
    void AfterCrisis(RegimeContext r, CrisisDeliberation d, bool war) { }
    /// <summary>Step 6, once per war-year.</summary>
    void OnWarYear(RegimeContext r, Entities.War war, WarDeliberation d) { }
    /// <summary>Step 8: an episode ended. Returns true when it deployed peacekeepers.</summary>
    bool OnEpisodeEnded(RegimeContext r, in EndedEpisode e) => false;
}
