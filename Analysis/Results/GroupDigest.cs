using Analysis.Statistics;

namespace Analysis.Results;

/// <summary>
/// What the statistics need of one (point, regime): the per-run values of the runs.csv columns,
/// and the peace spells after its episodes as whole-year counts (relapse observed or censored),
/// by kind and by whether peacekeepers deployed.
/// </summary>
public sealed class GroupDigest(int point, string regime, int years)
{
    private readonly Dictionary<string, RunColumn> columns = new(StringComparer.Ordinal);
    // [kind: 0 interstate, 1 civil][pko: 0 no, 1 yes] -> (events by year, censored by year)
    private readonly long[][][] events = Spells(years), censored = Spells(years);

    public int Point { get; } = point;
    public string Regime { get; } = regime;
    public int Years { get; } = years;
    public int Runs { get; internal set; }

    private static long[][][] Spells(int years) =>
        [[new long[years + 1], new long[years + 1]], [new long[years + 1], new long[years + 1]]];

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

    internal void AddSpell(bool civil, bool peacekeeping, int years, bool relapsed)
    {
        int t = Math.Clamp(years, 0, Years);
        (relapsed ? events : censored)[civil ? 1 : 0][peacekeeping ? 1 : 0][t]++;
    }

    /// <summary>Kaplan-Meier curve of relapse after episodes of a kind; <paramref name="peacekeeping"/> null for all of them.</summary>
    public KaplanMeierCurve Relapse(bool civil, bool? peacekeeping = null)
    {
        int k = civil ? 1 : 0;
        var e = new long[Years + 1];
        var c = new long[Years + 1];
        for (int p = 0; p < 2; p++)
        {
            if (peacekeeping is { } only && only != (p == 1)) continue;
            for (int t = 0; t <= Years; t++)
            {
                e[t] += events[k][p][t];
                c[t] += censored[k][p][t];
            }
        }
        return KaplanMeier.FitCounts(e, c);
    }

    /// <summary>Number of ended episodes of a kind, optionally only those with or without peacekeepers.</summary>
    public long Spells(bool civil, bool? peacekeeping = null)
    {
        long n = 0;
        for (int p = 0; p < 2; p++)
            if (peacekeeping is not { } only || only == (p == 1))
                n += events[civil ? 1 : 0][p].Sum() + censored[civil ? 1 : 0][p].Sum();
        return n;
    }
}
