using System.Runtime.CompilerServices;

namespace Analysis.Results;

/// <summary>
/// A results folder read in one streaming pass over runs.csv and episodes.csv.gz into per-(point,
/// regime) digests. Episodes are never held beyond one run, so memory grows only with the number of
/// runs (a few numbers each), not with the millions of episodes of a large experiment.
/// </summary>
public sealed class ResultsDigest
{
    private ResultsDigest(List<GroupDigest> groups) => Groups = groups;

    /// <summary>
    /// The runs.csv columns the digest keeps: the run index, the posterior particle (when there is one) and every registered counter, a compact
    /// integer column each (<see cref="RunColumn"/>); the seed is skipped.
    /// </summary>
    public static readonly IReadOnlySet<string> KeptColumns =
        new HashSet<string>(["run", Columns.Particle, .. Simulator.Observation.CounterRegistry.All.Select(c => c.Name)], StringComparer.Ordinal);

    /// <summary>The longest run a results file may hold (the model's own limit is 2,000 years).</summary>
    public const int MaxYears = 100_000;

    /// <summary>Groups in file order, which is (point, regime) order.</summary>
    public IReadOnlyList<GroupDigest> Groups { get; }

    /// <summary>The calendar eras of eras.csv, in order; empty when the folder has none.</summary>
    public IReadOnlyList<string> EraNames { get; private init; } = [];

    /// <summary>True when the runs drew their parameters from a posterior (runs.csv has a particle column).</summary>
    public bool HasPosterior => Groups.Any(g => g.TryColumn(Columns.Particle) is not null);

    /// <summary>True when the years are calendar years (model.calendar): the record's dated targets apply.</summary>
    public bool Calendar => Groups.Any(g => g.FirstYear != 0) || EraNames.Count > 0;

    /// <summary>Reads a folder; <paramref name="firstYear"/> is the label of its first reported year (a calendar year, or 0).</summary>
    public static ResultsDigest Read(string folder, int firstYear = 0)
    {
        string eras = Path.Combine(folder, "eras.csv");
        return Read(() => CsvFile.Open(Path.Combine(folder, ResultFiles.Runs)), File.Exists(eras) ? () => CsvFile.Open(eras) : null,
            () => CsvFile.Open(ResultFiles.EpisodesPath(folder)), firstYear);
    }

    /// <summary>
    /// Reads the same tables held in memory as CSV text (header line first), for a caller that runs the
    /// model and wants its statistics without writing a results folder (<c>sim calibrate</c>).
    /// </summary>
    public static ResultsDigest FromText(string runs, string? eras, string episodes, int firstYear = 0) =>
        Read(() => CsvFile.FromText(runs, ResultFiles.Runs), eras is null ? null : () => CsvFile.FromText(eras, "eras.csv"),
            () => CsvFile.FromText(episodes, ResultFiles.PlainEpisodes), firstYear);

    private static ResultsDigest Read(Func<CsvFile> runs, Func<CsvFile>? eras, Func<CsvFile> episodes, int firstYear)
    {
        var groups = new List<GroupDigest>();
        using (var file = runs()) ReadRuns(file, groups, firstYear);
        // The groups by (point, regime), the first of each as a search in file order finds it: a sweep has
        // thousands, and the other files name one for every run.
        var byKey = new Dictionary<(int Point, string Regime), GroupDigest>();
        foreach (var g in groups) byKey.TryAdd((g.Point, g.Regime), g);
        List<string> eraNames = [];
        if (eras is not null)
            using (var file = eras()) eraNames = ReadEras(file, byKey);
        foreach (var g in groups) g.SizeRuns();
        using (var file = episodes()) ReadEpisodes(file, byKey);
        return new ResultsDigest(groups) { EraNames = eraNames };
    }

    /// <summary>eras.csv: per group and era, the counters of each run (rows in run order, eras in a fixed order).</summary>
    private static List<string> ReadEras(CsvFile file, Dictionary<(int Point, string Regime), GroupDigest> groups)
    {
        string path = file.Path;
        int cPoint = file.Column("point"), cRegime = file.Column("regime"), cEra = file.Column("era");
        var names = file.Header;
        var kept = names.Select(KeptColumns.Contains).ToArray();
        var eraNames = new List<string>();
        GroupDigest? group = null;
        while (file.Next())
        {
            int point = file.Int(cPoint);
            string regime = file.Text(cRegime), name = file.Text(cEra);
            if (group is null || group.Point != point || group.Regime != regime)
                group = groups.GetValueOrDefault((point, regime))
                        ?? throw new InvalidDataException($"{path}:{file.Line}: point {point} regime {regime} is not in runs.csv");
            var era = group.Eras.FirstOrDefault(e => e.Name == name);
            if (era is null)
            {
                var parsed = Simulator.Parameters.Era.ParseList(name);
                if (parsed.Count != 1) throw new InvalidDataException($"{path}:{file.Line}: era '{name}' is not FIRST-LAST");
                group.Eras.Add(era = new EraDigest(parsed[0], group.Years));
                if (!eraNames.Contains(name)) eraNames.Add(name);
            }
            for (int c = 0; c < names.Count; c++)
                if (kept[c]) era.Add(names[c], file.DoubleOrNaN(c));
        }
        return eraNames;
    }

    private static void ReadRuns(CsvFile file, List<GroupDigest> groups, int firstYear)
    {
        string path = file.Path;
        int cPoint = file.Column("point"), cRegime = file.Column("regime"), cYears = file.Column("years");
        var names = file.Header;
        var kept = names.Select(KeptColumns.Contains).ToArray();
        GroupDigest? group = null;
        byte[] regimeUtf8 = [];
        while (file.Next())
        {
            int point = file.Int(cPoint);
            var regime = file.Utf8(cRegime);
            if (group is null || group.Point != point || !regime.SequenceEqual(regimeUtf8))
            {
                regimeUtf8 = regime.ToArray();
                int years = file.Int(cYears);
                if (years is < 1 or > MaxYears)
                    throw new InvalidDataException($"{path}:{file.Line}: column 'years': {years} is not a run length (1 to {MaxYears})");
                group = new GroupDigest(point, file.Text(cRegime), years, firstYear);
                groups.Add(group);
            }
            for (int c = 0; c < names.Count; c++)
                if (kept[c]) group.Add(names[c], file.DoubleOrNaN(c));
            group.Runs++;
        }
    }

    private readonly record struct Episode(int Number, bool Civil, int Start, int End, int RelapseOf, bool Peacekeeping, int GreatPowers, int Participants);

    // The loops over the rows, and the cells they read (CsvFile), run once a process over millions of rows: they are
    // compiled optimised at once, not first unoptimised and then instrumented for profile-guided optimisation, which
    // one read never pays back (a default experiment's episodes read cold in 0.72-0.84 s instead of 1.12 s).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadEpisodes(CsvFile file, Dictionary<(int Point, string Regime), GroupDigest> groups)
    {
        string path = file.Path;
        int cPoint = file.Column("point"), cRegime = file.Column("regime"), cRun = file.Column("run"),
            cEpisode = file.Column("episode"), cKind = file.Column("kind"), cStart = file.Column("start_year"),
            cEnd = file.Column("end_year"), cRelapse = file.Column("relapse_of"), cPko = file.Column("pko"),
            cGreatPowers = file.Column("great_powers"), cParticipants = file.Column("participants");
        var run = new List<Episode>();
        GroupDigest? group = null;
        byte[] regimeUtf8 = [];
        int currentRun = -1;
        while (file.Next())
        {
            int point = file.Int(cPoint), runIndex = file.Int(cRun);
            var regime = file.Utf8(cRegime);
            if (group is null || group.Point != point || !regime.SequenceEqual(regimeUtf8) || runIndex != currentRun)
            {
                if (group is not null) CloseRun(path, group, currentRun, run);
                string name = file.Text(cRegime);
                group = groups.GetValueOrDefault((point, name))
                        ?? throw new InvalidDataException($"{path}:{file.Line}: point {point} regime {name} is not in runs.csv");
                regimeUtf8 = regime.ToArray();
                currentRun = runIndex;
            }
            run.Add(new Episode(file.Int(cEpisode), file.Utf8(cKind).SequenceEqual("civil"u8), file.Int(cStart),
                file.IntOrMinusOne(cEnd), file.IntOrMinusOne(cRelapse), file.Utf8(cPko).SequenceEqual("true"u8),
                file.Int(cGreatPowers), file.Int(cParticipants)));
        }
        if (group is not null) CloseRun(path, group, currentRun, run);
    }

    /// <summary>
    /// The peace spells of one run: after each ended episode, years to the first episode that renews
    /// it (relapse_of), or censored at the horizon. Episodes still going at the horizon open no spell.
    /// Inter-state onsets are counted by decade and era.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CloseRun(string path, GroupDigest group, int runIndex, List<Episode> run)
    {
        foreach (var e in run)
            if (!e.Civil) group.CountOnset(runIndex, e.Start, e.GreatPowers, e.Participants);
        var firstRenewal = new int[run.Count];
        Array.Fill(firstRenewal, int.MaxValue);
        foreach (var e in run)
            if (e.RelapseOf >= 0)
            {
                if (e.RelapseOf >= run.Count || run[e.RelapseOf].Number != e.RelapseOf)
                    throw new InvalidDataException($"{path}: episode {e.Number} renews a missing episode {e.RelapseOf}");
                firstRenewal[e.RelapseOf] = Math.Min(firstRenewal[e.RelapseOf], e.Start);
            }
        for (int i = 0; i < run.Count; i++)
        {
            var e = run[i];
            if (e.End < 0) continue;
            bool relapsed = firstRenewal[i] != int.MaxValue;
            group.AddSpell(e.Civil, e.Peacekeeping, e.End, relapsed ? firstRenewal[i] - e.End : group.LastYear - e.End, relapsed);
        }
        group.EndRunSpells(runIndex);
        run.Clear();
    }
}
