using Simulator.Entities;
using Simulator.Observation;

namespace Simulator.Tests;

/// <summary>
/// Peace after civil conflicts, read from the recorded episodes as the record reads it: each ended
/// conflict opens a spell that ends when the state's next civil conflict renews it (relapse) or at
/// the horizon (censored). By hand, so that the Simulator tests stay independent of Analysis's
/// tested estimators.
/// </summary>
internal static class CivilPeace
{
    /// <summary>The peace spells after the ended civil conflicts that <paramref name="include"/> admits (all by default).</summary>
    public static List<(int Years, bool Relapsed)> Spells(IEnumerable<(RunResult Result, Recorder Recorder)> runs, Func<EpisodeRecord, bool>? include = null)
    {
        var spells = new List<(int Years, bool Relapsed)>();
        foreach (var (result, recorder) in runs)
        {
            var civil = recorder.Episodes.Where(e => e.Kind == EpisodeKind.Civil).ToList();
            foreach (var e in civil.Where(e => e.EndYear is not null && (include is null || include(e))))
            {
                var renewal = civil.Where(r => r.RelapseOf == e.Episode).Select(r => (int?)r.StartYear).Min();
                spells.Add(renewal is { } start ? (start - e.EndYear!.Value, true) : ((int)result[WorldCounters.Years] - 1 - e.EndYear!.Value, false));
            }
        }
        return spells;
    }

    /// <summary>Kaplan-Meier probability that peace lasts <paramref name="horizon"/> years, with its Greenwood standard error.</summary>
    public static (double Survival, double StandardError) Survival(IReadOnlyCollection<(int Years, bool Relapsed)> spells, int horizon)
    {
        double survival = 1, greenwood = 0;
        for (int t = 1; t <= horizon; t++)
        {
            int atRisk = spells.Count(s => s.Years >= t), events = spells.Count(s => s.Relapsed && s.Years == t);
            if (events == 0) continue;
            survival *= 1 - (double)events / atRisk;
            greenwood += (double)events / (atRisk * (double)(atRisk - events));
        }
        return (survival, survival * Math.Sqrt(greenwood));
    }

    /// <summary>
    /// Share of the admitted conflicts that ended at least <paramref name="window"/> years before the
    /// horizon and were renewed within that window, with its binomial standard error and count.
    /// </summary>
    public static (double Share, double StandardError, int Ended) RelapseShare(IEnumerable<(RunResult Result, Recorder Recorder)> runs, int window,
        Func<EpisodeRecord, bool> include)
    {
        int ended = 0, relapsed = 0;
        foreach (var (result, recorder) in runs)
        {
            var civil = recorder.Episodes.Where(e => e.Kind == EpisodeKind.Civil).ToList();
            foreach (var e in civil.Where(e => e.EndYear is { } end && end + window < result[WorldCounters.Years] && include(e)))
            {
                ended++;
                if (civil.Any(r => r.RelapseOf == e.Episode && r.StartYear - e.EndYear <= window)) relapsed++;
            }
        }
        double p = (double)relapsed / ended;
        return (p, Math.Sqrt(p * (1 - p) / ended), ended);
    }
}
