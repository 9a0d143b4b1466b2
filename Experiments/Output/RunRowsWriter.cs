using Analysis.Results;
using Experiments.Running;
using Simulator.Observation;

namespace Experiments.Output;

/// <summary>Streams runs.csv and episodes.csv, one run at a time, in (point, regime, run) order.</summary>
internal sealed class RunRowsWriter : IDisposable
{
    private readonly StreamWriter runs, episodes;
    private readonly string runsPath, episodesPath;

    public RunRowsWriter(string folder)
    {
        runsPath = Path.Combine(folder, "runs.csv");
        episodesPath = Path.Combine(folder, "episodes.csv");
        runs = Csv.Create(AtomicFile.TempPath(runsPath));
        episodes = Csv.Create(AtomicFile.TempPath(episodesPath));
        runs.WriteLine(string.Join(',', Columns.Runs));
        episodes.WriteLine(string.Join(',', Columns.Episodes));
    }

    public void Write(RunOutput o)
    {
        RunResult r = o.Result;
        string key = $"{o.Point},{o.Regime},{o.Run}";
        runs.WriteLine(string.Join(',', key, Csv.Cell(o.Seed), Csv.Cell(r.Years), Csv.Cell(r.StateYears), Csv.Cell(r.Crises),
            Csv.Cell(r.CrisesPrevented), Csv.Cell(r.InterstateWars), Csv.Cell(r.CivilWars), Csv.Cell(r.GreatPowerWars),
            Csv.Cell(r.SystemicWars), Csv.Cell(Math.Round(r.BattleDeaths)), Csv.Cell(r.StatesConquered),
            Csv.Cell(r.InterstateRelapses10Years), Csv.Cell(r.CivilRelapses10Years), Csv.Cell(r.GreatPowerStateYears),
            Csv.Cell(r.GreatPowerWarEntries), Csv.Cell(r.MinorWarEntries), Csv.Cell(r.ContiguousDyadYears),
            Csv.Cell(r.DistantDyadYears), Csv.Cell(r.ContiguousWarOnsets), Csv.Cell(r.DistantWarOnsets)));

        // Observers hear of episodes as they end; the file lists them by episode number (start order).
        o.Episodes.Sort((a, b) => a.Episode.CompareTo(b.Episode));
        foreach (var e in o.Episodes)
            episodes.WriteLine(string.Join(',', key, Csv.Cell(e.Episode), Csv.Snake(e.Kind.ToString()), Csv.Cell(e.StartYear),
                Csv.Cell(e.EndYear), Csv.Snake(e.EndedBy.ToString()), Csv.Cell(Math.Round(e.BattleDeaths)),
                Csv.Cell(e.GreatPowers), Csv.Cell(e.IsGreatPowerWar), Csv.Cell(e.RelapseOf), Csv.Cell(e.Challenger),
                Csv.Cell(e.Target), Csv.Cell(e.Participants), Csv.Cell(e.Peacekeeping)));
    }

    /// <summary>Flushes and renames both files into place.</summary>
    public void Complete()
    {
        runs.Dispose();
        episodes.Dispose();
        AtomicFile.Commit(runsPath);
        AtomicFile.Commit(episodesPath);
    }

    public void Dispose()
    {
        runs.Dispose();
        episodes.Dispose();
    }
}
