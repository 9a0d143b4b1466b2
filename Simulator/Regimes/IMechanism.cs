using Simulator.Entities;

namespace Simulator.Regimes;

/// <summary>
/// One lever of collective security, with its own per-run state. Each hook defaults to doing
/// nothing; a mechanism implements the points of MODEL.md section 5 where it acts. Mechanisms of one
/// regime are consulted in the order of <see cref="MechanismCatalog.All"/> and talk to each other
/// only through the typed decisions they fill in (the organ's vote, an imposed end, sanctions
/// imposed) and the organs they register on <see cref="RegimeContext"/>. The world changes only
/// through its own verbs.
/// </summary>
public interface IMechanism
{
    /// <summary>At the start of the run: membership, seats, organs.</summary>
    void Found(RegimeContext r) { }
    /// <summary>Step 3 of the year.</summary>
    void Upkeep(RegimeContext r) { }
    /// <summary>Step 5: may lower p_war or impose a settlement.</summary>
    void OnCrisis(RegimeContext r, CrisisDeliberation d) { }
    /// <summary>After the draw: the crisis ended as it did.</summary>
    void AfterCrisis(RegimeContext r, CrisisDeliberation d, bool war) { }
    /// <summary>Step 6, once per war-year (the war is not to be kept beyond the run: the world reuses its war objects).</summary>
    void OnWarYear(RegimeContext r, War war, WarDeliberation d) { }
    /// <summary>Step 8: an episode ended.</summary>
    void OnEpisodeEnded(RegimeContext r, in EndedEpisode e, EpisodeAftermath aftermath) { }
}
