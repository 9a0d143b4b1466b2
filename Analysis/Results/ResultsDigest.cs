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
        var builder = new Builder(firstYear);
        using (var file = runs())
        {
            var columns = new RunsColumns(file);
            while (file.Next()) builder.RunRow(file, columns);
        }
        if (eras is not null)
            using (var file = eras())
            {
                var columns = new ErasColumns(file);
                while (file.Next()) builder.EraRow(file, columns);
            }
        using (var file = episodes()) ReadEpisodes(file, builder);
        return builder.Complete();
    }

    /// <summary>
    /// The columns of runs.csv the digest reads; every one it keeps (<see cref="KeptColumns"/>), and the run and
    /// particle when there are such columns (-1 where not).
    /// </summary>
    internal sealed class RunsColumns(CsvFile file)
    {
        public readonly int Point = file.Column("point"), Regime = file.Column("regime"), Years = file.Column("years"),
            Run = file.HasColumn("run") ? file.Column("run") : -1, Particle = file.HasColumn(Columns.Particle) ? file.Column(Columns.Particle) : -1;
        public readonly IReadOnlyList<string> Names = file.Header;
        public readonly bool[] Kept = file.Header.Select(KeptColumns.Contains).ToArray();
    }

    /// <summary>The columns of eras.csv the digest reads.</summary>
    internal sealed class ErasColumns(CsvFile file)
    {
        public readonly int Point = file.Column("point"), Regime = file.Column("regime"), Era = file.Column("era");
        public readonly IReadOnlyList<string> Names = file.Header;
        public readonly bool[] Kept = file.Header.Select(KeptColumns.Contains).ToArray();
    }

    /// <summary>
    /// The digest's groups as the rows come, in file order: runs.csv rows (a new group wherever point or regime
    /// changes), eras.csv rows, and each run's episodes. A folder is read table after table; a run in progress feeds
    /// each run's rows and episodes as they are written (<see cref="DigestFeed"/>). Either way each group sees its runs,
    /// eras and spells in the same order, so the same digest.
    /// </summary>
    internal sealed class Builder(int firstYear)
    {
        private readonly List<GroupDigest> groups = new();
        /// <summary>
        /// The groups by (point, regime), the first of each as a search in file order finds it: a sweep has
        /// thousands, and the other files name one for every run.
        /// </summary>
        private readonly Dictionary<(int Point, string Regime), GroupDigest> byKey = new();
        private readonly List<string> eraNames = new();
        private GroupDigest? runsGroup, erasGroup;
        private byte[] runsRegime = [];
        private readonly List<DigestEpisode> run = new();

        public void RunRow(CsvFile file, RunsColumns columns)
        {
            int point = file.Int(columns.Point);
            var regime = file.Utf8(columns.Regime);
            if (runsGroup is null || runsGroup.Point != point || !regime.SequenceEqual(runsRegime))
            {
                runsRegime = regime.ToArray();
                int years = file.Int(columns.Years);
                if (years is < 1 or > MaxYears)
                    throw new InvalidDataException($"{file.Path}:{file.Line}: column 'years': {years} is not a run length (1 to {MaxYears})");
                runsGroup = new GroupDigest(point, file.Text(columns.Regime), years, firstYear);
                groups.Add(runsGroup);
                byKey.TryAdd((point, runsGroup.Regime), runsGroup);
            }
            var names = columns.Names;
            for (int c = 0; c < names.Count; c++)
                if (columns.Kept[c]) runsGroup.Add(names[c], file.DoubleOrNaN(c));
            runsGroup.RunAdded(columns.Run < 0 ? null : (int)file.DoubleOrNaN(columns.Run), columns.Particle < 0 ? double.NaN : file.DoubleOrNaN(columns.Particle));
        }

        /// <summary>An eras.csv row: per group and era, the counters of each run (rows in run order, eras in a fixed order).</summary>
        public void EraRow(CsvFile file, ErasColumns columns)
        {
            int point = file.Int(columns.Point);
            string regime = file.Text(columns.Regime), name = file.Text(columns.Era);
            if (erasGroup is null || erasGroup.Point != point || erasGroup.Regime != regime)
                erasGroup = byKey.GetValueOrDefault((point, regime))
                            ?? throw new InvalidDataException($"{file.Path}:{file.Line}: point {point} regime {regime} is not in runs.csv");
            var era = erasGroup.Eras.FirstOrDefault(e => e.Name == name);
            if (era is null)
            {
                var parsed = Simulator.Parameters.Era.ParseList(name);
                if (parsed.Count != 1) throw new InvalidDataException($"{file.Path}:{file.Line}: era '{name}' is not FIRST-LAST");
                erasGroup.EraAdded(era = new EraDigest(parsed[0], erasGroup.Years));
                if (!eraNames.Contains(name)) eraNames.Add(name);
            }
            var names = columns.Names;
            for (int c = 0; c < names.Count; c++)
                if (columns.Kept[c]) era.Add(names[c], file.DoubleOrNaN(c));
        }

        /// <summary>The group episodes of (point, regime) belong to, or an error naming the file's line.</summary>
        public GroupDigest GroupOf(int point, string regime, string path, long line) =>
            byKey.GetValueOrDefault((point, regime)) ?? throw new InvalidDataException($"{path}:{line}: point {point} regime {regime} is not in runs.csv");

        /// <summary>The episodes of one run, in episode order (none: the run opens no spell and counts no onset).</summary>
        public void RunEpisodes(string path, GroupDigest group, int runIndex, ReadOnlySpan<DigestEpisode> episodes)
        {
            if (episodes.IsEmpty) return;
            run.AddRange(episodes);
            CloseRun(path, group, runIndex, run);
        }

        public ResultsDigest Complete()
        {
            foreach (var g in groups) g.Complete();
            return new ResultsDigest(groups) { EraNames = eraNames };
        }
    }

    // The loops over the rows, and the cells they read (CsvFile), run once a process over millions of rows: they are
    // compiled optimised at once, not first unoptimised and then instrumented for profile-guided optimisation, which
    // one read never pays back (a default experiment's episodes read cold in 0.72-0.84 s instead of 1.12 s).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadEpisodes(CsvFile file, Builder builder)
    {
        string path = file.Path;
        int cPoint = file.Column("point"), cRegime = file.Column("regime"), cRun = file.Column("run"),
            cEpisode = file.Column("episode"), cKind = file.Column("kind"), cStart = file.Column("start_year"),
            cEnd = file.Column("end_year"), cRelapse = file.Column("relapse_of"), cPko = file.Column("pko"),
            cGreatPowers = file.Column("great_powers"), cParticipants = file.Column("participants");
        var run = new List<DigestEpisode>();
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
                group = builder.GroupOf(point, file.Text(cRegime), path, file.Line);
                regimeUtf8 = regime.ToArray();
                currentRun = runIndex;
            }
            run.Add(new DigestEpisode(file.Int(cEpisode), file.Utf8(cKind).SequenceEqual("civil"u8), file.Int(cStart),
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
    private static void CloseRun(string path, GroupDigest group, int runIndex, List<DigestEpisode> run)
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
