using System.Globalization;

namespace Analysis.Results;

/// <summary>
/// A results folder read in one streaming pass over runs.csv and episodes.csv into per-(point,
/// regime) digests. Episodes are never held beyond one run, so memory grows only with the number of
/// runs (a few numbers each), not with the millions of episodes of a large experiment.
/// </summary>
public sealed class ResultsDigest
{
    private ResultsDigest(List<GroupDigest> groups) => Groups = groups;

    /// <summary>
    /// The runs.csv columns the digest keeps: the run index and every registered counter, a compact
    /// integer column each (<see cref="RunColumn"/>); the seed is skipped.
    /// </summary>
    public static readonly IReadOnlySet<string> KeptColumns =
        new HashSet<string>(["run", .. Simulator.Observation.CounterRegistry.All.Select(c => c.Name)], StringComparer.Ordinal);

    /// <summary>Groups in file order, which is (point, regime) order.</summary>
    public IReadOnlyList<GroupDigest> Groups { get; }

    public static ResultsDigest Read(string folder)
    {
        var groups = new List<GroupDigest>();
        ReadRuns(Path.Combine(folder, "runs.csv"), groups);
        ReadEpisodes(Path.Combine(folder, "episodes.csv"), groups);
        return new ResultsDigest(groups);
    }

    private static void ReadRuns(string path, List<GroupDigest> groups)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, true, 1 << 16);
        var names = (reader.ReadLine() ?? throw new InvalidDataException($"{path}: empty file, expected a header line")).Split(',');
        int cPoint = Index(names, "point", path), cRegime = Index(names, "regime", path), cYears = Index(names, "years", path);
        var kept = names.Select(KeptColumns.Contains).ToArray();
        Span<Range> cells = stackalloc Range[names.Length + 1];
        GroupDigest? group = null;
        int lineNumber = 1;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var span = line.AsSpan();
            if (span.Split(cells, ',') != names.Length) throw new InvalidDataException($"{path}:{lineNumber}: expected {names.Length} cells");
            int point = int.Parse(span[cells[cPoint]], CultureInfo.InvariantCulture);
            var regime = span[cells[cRegime]];
            if (group is null || group.Point != point || !regime.SequenceEqual(group.Regime))
            {
                group = new GroupDigest(point, regime.ToString(), int.Parse(span[cells[cYears]], CultureInfo.InvariantCulture));
                groups.Add(group);
            }
            for (int c = 0; c < names.Length; c++)
            {
                if (!kept[c]) continue;
                var cell = span[cells[c]];
                group.Add(names[c], cell.IsEmpty ? double.NaN : double.Parse(cell, CultureInfo.InvariantCulture));
            }
            group.Runs++;
        }
    }

    private readonly record struct Episode(int Number, bool Civil, int Start, int End, int RelapseOf, bool Peacekeeping);

    private static void ReadEpisodes(string path, List<GroupDigest> groups)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, true, 1 << 16);
        var names = (reader.ReadLine() ?? throw new InvalidDataException($"{path}: empty file, expected a header line")).Split(',');
        int cPoint = Index(names, "point", path), cRegime = Index(names, "regime", path), cRun = Index(names, "run", path),
            cEpisode = Index(names, "episode", path), cKind = Index(names, "kind", path), cStart = Index(names, "start_year", path),
            cEnd = Index(names, "end_year", path), cRelapse = Index(names, "relapse_of", path), cPko = Index(names, "pko", path);
        Span<Range> cells = stackalloc Range[names.Length + 1];
        var run = new List<Episode>();
        GroupDigest? group = null;
        int currentRun = -1, lineNumber = 1;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var span = line.AsSpan();
            if (span.Split(cells, ',') != names.Length) throw new InvalidDataException($"{path}:{lineNumber}: expected {names.Length} cells");
            int point = Int(span[cells[cPoint]]), runIndex = Int(span[cells[cRun]]);
            var regime = span[cells[cRegime]];
            if (group is null || group.Point != point || !regime.SequenceEqual(group.Regime) || runIndex != currentRun)
            {
                if (group is not null) CloseRun(group, run);
                group = Find(groups, point, regime)
                        ?? throw new InvalidDataException($"{path}:{lineNumber}: point {point} regime {regime.ToString()} is not in runs.csv");
                currentRun = runIndex;
            }
            run.Add(new Episode(Int(span[cells[cEpisode]]), span[cells[cKind]].SequenceEqual("civil"), Int(span[cells[cStart]]),
                Int(span[cells[cEnd]]), Int(span[cells[cRelapse]]), span[cells[cPko]].SequenceEqual("true")));
        }
        if (group is not null) CloseRun(group, run);
    }

    /// <summary>
    /// The peace spells of one run: after each ended episode, years to the first episode that renews
    /// it (relapse_of), or censored at the horizon. Episodes still going at the horizon open no spell.
    /// </summary>
    private static void CloseRun(GroupDigest group, List<Episode> run)
    {
        var firstRenewal = new int[run.Count];
        Array.Fill(firstRenewal, int.MaxValue);
        foreach (var e in run)
            if (e.RelapseOf >= 0)
            {
                if (e.RelapseOf >= run.Count || run[e.RelapseOf].Number != e.RelapseOf)
                    throw new InvalidDataException($"episodes.csv: episode {e.Number} renews a missing episode {e.RelapseOf}");
                firstRenewal[e.RelapseOf] = Math.Min(firstRenewal[e.RelapseOf], e.Start);
            }
        for (int i = 0; i < run.Count; i++)
        {
            var e = run[i];
            if (e.End < 0) continue;
            bool relapsed = firstRenewal[i] != int.MaxValue;
            group.AddSpell(e.Civil, e.Peacekeeping, relapsed ? firstRenewal[i] - e.End : group.Years - 1 - e.End, relapsed);
        }
        run.Clear();
    }

    private static GroupDigest? Find(List<GroupDigest> groups, int point, ReadOnlySpan<char> regime)
    {
        foreach (var g in groups)
            if (g.Point == point && regime.SequenceEqual(g.Regime)) return g;
        return null;
    }

    private static int Int(ReadOnlySpan<char> cell) => cell.IsEmpty ? -1 : int.Parse(cell, CultureInfo.InvariantCulture);

    private static int Index(string[] names, string name, string path) =>
        Array.IndexOf(names, name) is var i and >= 0 ? i : throw new InvalidDataException($"{path}: no column '{name}'");
}
