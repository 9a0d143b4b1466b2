using System.Runtime.CompilerServices;
using Analysis.Statistics;

namespace Analysis.Results;

/// <summary>
/// What the statistics need of one (point, regime): the per-run values of the runs.csv columns,
/// the peace spells after its episodes as whole-year counts (relapse observed or censored), by kind
/// and by whether peacekeepers deployed, inter-state war onsets per run by decade and, in the
/// calendar mode, the same by era.
/// </summary>
public sealed class GroupDigest(int point, string regime, int years, int firstYear = 0)
{
    private readonly Dictionary<string, RunColumn> columns = new(StringComparer.Ordinal);
    private readonly SpellCounts spells = new(years);
    /// <summary>Counts, so whole numbers: kept as integers (half the memory of doubles for 20 decades of every run).</summary>
    private readonly int[][] decadeOnsets = [.. Enumerable.Range(0, DecadesOf(years)).Select(_ => Array.Empty<int>())];
    /// <summary>Longest relapse horizon reported (10 years): spells are summed by particle to it for the parameter uncertainty of relapse.</summary>
    public const int RelapseYearsKept = 10;
    /// <summary>[kind: 0 inter-state, 1 civil]: spells summed by the particle their run drew (runs drew from a posterior only).</summary>
    private readonly KaplanMeierByParticle[] relapseByParticle = [new(RelapseYearsKept), new(RelapseYearsKept)];
    /// <summary>The particle each run drew, in run order; null without a posterior.</summary>
    private double[]? runParticles;
    /// <summary>The runs whose spells have gone into their particle's sums.</summary>
    private bool[] spellsEnded = [];

    public int Point { get; } = point;
    public string Regime { get; } = regime;
    public int Years { get; } = years;
    /// <summary>Label of the first reported year: a calendar year, or 0 in an abstract world.</summary>
    public int FirstYear { get; } = firstYear;
    /// <summary>Label of the last reported year (the horizon at which spells are censored).</summary>
    public int LastYear => FirstYear + Years - 1;
    public int Runs { get; private set; }
    /// <summary>The calendar eras reported separately (eras.csv), in order; empty without.</summary>
    public List<EraDigest> Eras { get; } = new();
    /// <summary>Ten-year spans from <see cref="FirstYear"/>, the last one possibly shorter.</summary>
    public int Decades => DecadesOf(Years);

    private static int DecadesOf(int years) => (years + 9) / 10;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called for every row or spell of a digest: see ResultsDigest.ReadEpisodes
    internal void Add(string column, double value)
    {
        if (!columns.TryGetValue(column, out var values)) columns[column] = values = new RunColumn();
        values.Add(value);
    }

    /// <summary>One value per run, in run order; NaN where the cell was empty.</summary>
    public double[] Column(string name) =>
        columns.TryGetValue(name, out var list) ? list.ToArray() : throw new InvalidDataException($"runs.csv: no column '{name}'");

    /// <summary>One value per run, or null when runs.csv has no such column.</summary>
    public double[]? TryColumn(string name) => columns.TryGetValue(name, out var list) ? list.ToArray() : null;

    /// <summary>Inter-state war onsets in years FirstYear + 10·decade to + 9, one count per run.</summary>
    public double[] InterstateOnsetsInDecade(int decade) => Array.ConvertAll(decadeOnsets[decade], count => (double)count);

    /// <summary>Position of each run index in this group's run order (a shard holds a slice of the runs).</summary>
    private readonly Dictionary<int, int> positions = new();

    /// <summary>
    /// The run of the runs.csv row just added (its columns through <see cref="Add"/>) is counted and takes the next
    /// position, and the per-run counts grow to hold it: whether the digest reads a folder (every run before any
    /// episode) or is fed a run's rows as they are written (each run before its own episodes), the same runs take the
    /// same positions. <paramref name="particle"/>: its runs.csv cell, read only when the group has a particle column.
    /// </summary>
    internal void RunAdded(int? runIndex, double particle)
    {
        int run = Runs++;
        if (runIndex is { } index) positions[index] = run;
        if (run >= spellsEnded.Length)
        {
            int capacity = Math.Max(16, 2 * spellsEnded.Length);
            Array.Resize(ref spellsEnded, capacity);
            for (int d = 0; d < decadeOnsets.Length; d++) Array.Resize(ref decadeOnsets[d], capacity);
            if (columns.ContainsKey(Columns.Particle)) Array.Resize(ref runParticles, capacity);
        }
        if (runParticles is not null) runParticles[run] = particle;
        foreach (var era in Eras) era.Grow(Runs);
    }

    /// <summary>An era of eras.csv seen for the first time: its per-run counts for the runs so far.</summary>
    internal void EraAdded(EraDigest era)
    {
        Eras.Add(era);
        era.Grow(Runs);
    }

    /// <summary>Every run is in: the per-run arrays cut to the runs (they grew in steps).</summary>
    internal void Complete()
    {
        for (int d = 0; d < decadeOnsets.Length; d++) Array.Resize(ref decadeOnsets[d], Runs);
        if (runParticles is not null) Array.Resize(ref runParticles, Runs);
        foreach (var era in Eras) era.Complete(Runs);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called for every row or spell of a digest: see ResultsDigest.ReadEpisodes
    internal void CountOnset(int runIndex, int startYear, int greatPowers, int participants)
    {
        if (!positions.TryGetValue(runIndex, out int run)) return;
        int decade = (startYear - FirstYear) / 10;
        if (run < Runs && decade >= 0 && decade < Decades) decadeOnsets[decade][run]++;
        foreach (var era in Eras)
            if (run < Runs && era.Era.Contains(startYear))
            {
                era.WarsBegun[run]++;
                if (greatPowers > 0) era.WarsWithGreatPower[run]++;
                if (participants == 2) era.TwoStateWars[run]++;
            }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called for every row or spell of a digest: see ResultsDigest.ReadEpisodes
    internal void AddSpell(bool civil, bool peacekeeping, int endYear, int years1, bool relapsed)
    {
        spells.Add(civil, peacekeeping, years1, relapsed);
        // As SpellCounts counts it (clamped to the run's years).
        int years = Math.Clamp(years1, 0, Years), kind = civil ? 1 : 0;
        if (runParticles is not null) relapseByParticle[kind].AddSpell(years, relapsed);
        foreach (var era in Eras)
            if (era.Era.Contains(endYear))
            {
                era.Spells.Add(civil, peacekeeping, years1, relapsed);
                if (runParticles is not null) era.RelapseByParticle[kind].AddSpell(years, relapsed);
            }
    }

    /// <summary>Kaplan-Meier curve of relapse after episodes of a kind; <paramref name="peacekeeping"/> null for all of them.</summary>
    public KaplanMeierCurve Relapse(bool civil, bool? peacekeeping = null) => spells.Relapse(civil, peacekeeping);

    /// <summary>The spells of run <paramref name="runIndex"/> are all in: they go into its particle's sums.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called for every row or spell of a digest: see ResultsDigest.ReadEpisodes
    internal void EndRunSpells(int runIndex)
    {
        if (runParticles is null) return;
        bool known = positions.TryGetValue(runIndex, out int run) && run < Runs;
        // A run's counts enter its particle's products once, whole: its episodes must come together.
        if (known && spellsEnded[run]) throw new InvalidDataException($"episodes.csv: the episodes of run {runIndex} ({Regime}, point {Point}) are not all together");
        if (known) spellsEnded[run] = true;
        EndRun(relapseByParticle);
        foreach (var era in Eras) EndRun(era.RelapseByParticle);

        void EndRun(KaplanMeierByParticle[] kinds)
        {
            foreach (var kind in kinds)
                if (known) kind.EndRun(runParticles[run]);
                else kind.DiscardRun(); // a run outside this group's runs
        }
    }

    /// <summary>
    /// The variance across the posterior of the Kaplan-Meier failure by <paramref name="horizon"/> years after
    /// episodes of a kind (<see cref="KaplanMeierByParticle"/>); NaN without a posterior or where it cannot be told.
    /// </summary>
    public double RelapseParameterVariance(bool civil, int horizon, EraDigest? era = null) =>
        runParticles is null ? double.NaN : (era?.RelapseByParticle ?? relapseByParticle)[civil ? 1 : 0].ParameterVariance(horizon, runParticles);

    /// <summary>Number of ended episodes of a kind, optionally only those with or without peacekeepers.</summary>
    public long Spells(bool civil, bool? peacekeeping = null) => spells.Count(civil, peacekeeping);
}
