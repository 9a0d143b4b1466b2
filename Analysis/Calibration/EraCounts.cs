using Analysis.Results;
using Analysis.Statistics;
using Analysis.Summary;

namespace Analysis.Calibration;

/// <summary>
/// Quantities some targets need that summary.csv does not hold, computed from the digest's eras
/// (eras.csv) as means over runs with a 95% interval: the report's own metrics, never written to summary.csv.
/// </summary>
public static class EraCounts
{
    /// <summary><c>system_size@era</c>: member states per year of the era (state-years / years).</summary>
    public const string SystemSize = "system_size";
    /// <summary><c>civil_onsets@era</c>: civil conflicts begun in the era, per run.</summary>
    public const string CivilOnsets = "civil_onsets";
    /// <summary>Uniting-for-Peace sessions in the eras that start in 1946 or later, per run.</summary>
    public const string UnitingForPeaceSince1946 = "ufp_sessions_since_1946";

    public static IReadOnlyList<Metric> From(ResultsDigest digest)
    {
        var metrics = new List<Metric>();
        foreach (var group in digest.Groups)
        {
            if (group.Eras.Count == 0) continue;
            void Add(string name, double[] perRun) => metrics.Add(new Metric(group.Point, group.Regime, name, MeanEstimator.Estimate(perRun), perRun.Length));
            foreach (var era in group.Eras)
            {
                if (Column(era, "state_years") is { } stateYears && Column(era, "years") is { } years)
                    Add(MetricNames.InEra(SystemSize, era.Name), stateYears.Zip(years, (s, y) => y > 0 ? s / y : double.NaN).ToArray());
                if (Column(era, "civil_wars") is { } civil) Add(MetricNames.InEra(CivilOnsets, era.Name), civil);
            }
            var postwar = group.Eras.Where(e => e.Era.FirstYear >= 1946).Select(e => Column(e, "ufp_sessions")).ToArray();
            if (postwar.Length > 0 && postwar.All(c => c is not null) && HasACouncil(group))
                Add(UnitingForPeaceSince1946, Enumerable.Range(0, group.Runs).Select(r => postwar.Sum(c => c![r])).ToArray());
        }
        return metrics;
    }

    /// <summary>
    /// Whether the regime had a Security Council in any run: a vote taken (a resolution or a veto) or a session called.
    /// One without has no Uniting for Peace to count, so no value, as other targets of mechanisms a regime lacks (sf61
    /// read "0 [0, 0] outside" for regime none).
    /// </summary>
    private static bool HasACouncil(GroupDigest group) =>
        new[] { "resolutions", "vetoes", "ufp_sessions" }.Any(name => group.TryColumn(name) is not { } runs || runs.Any(v => v > 0));

    private static double[]? Column(EraDigest era, string name)
    {
        try
        {
            return era.Column(name);
        }
        catch (InvalidDataException)
        {
            return null; // an older eras.csv without this counter
        }
    }
}
