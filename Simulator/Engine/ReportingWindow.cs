using Simulator.Observation;

namespace Simulator.Engine;

/// <summary>
/// What observers hear of a run with a burn-in: nothing before the first reported year; then every
/// crisis and year, and the episodes begun since, renumbered from 0 (an episode that renews one
/// begun in the burn-in is reported as renewing none).
/// </summary>
internal sealed class ReportingWindow(IObserver inner) : IObserver
{
    public bool IsOpen { get; private set; }
    private int firstEpisode;

    /// <summary>Opens the window; <paramref name="nextEpisode"/> is the number the next episode will get.</summary>
    public void Open(int nextEpisode)
    {
        IsOpen = true;
        firstEpisode = nextEpisode;
    }

    /// <summary>The crises of the burn-in are heard by no one: their p_war may be bounded.</summary>
    public bool ObservesCrises => IsOpen && inner.ObservesCrises;

    public void CrisisResolved(in CrisisRecord crisis)
    {
        if (IsOpen) inner.CrisisResolved(crisis);
    }

    public void EpisodeEnded(in EpisodeRecord episode)
    {
        if (!IsOpen || episode.Episode < firstEpisode) return;
        if (firstEpisode == 0)
        {
            inner.EpisodeEnded(episode);
            return;
        }
        inner.EpisodeEnded(episode with
        {
            Episode = episode.Episode - firstEpisode,
            RelapseOf = episode.RelapseOf is { } r && r >= firstEpisode ? r - firstEpisode : null,
        });
    }

    public void YearEnded(in YearRecord year)
    {
        if (IsOpen) inner.YearEnded(year);
        else inner.BurnInYearEnded(year);
    }
}
