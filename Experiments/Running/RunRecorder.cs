using Simulator.Observation;

namespace Experiments.Running;

/// <summary>The observer of one run: keeps its episodes and yearly series for the writers.</summary>
internal sealed class RunRecorder(int years, int firstYear = 0) : IObserver
{
    public List<EpisodeRecord> Episodes { get; } = new();
    public YearSeries Yearly { get; } = new(years);

    public void EpisodeEnded(in EpisodeRecord episode) => Episodes.Add(episode);
    public void YearEnded(in YearRecord year) => Yearly.Record(year, year.Year - firstYear);
}
