using Analysis.Results;
using Analysis.Statistics;
using Analysis.Summary;
using Experiments.Designs;

namespace Experiments.Output;

/// <summary>
/// sensitivity.csv for a Sobol design: first- and total-order Sobol indices of the headline metrics
/// of each regime with respect to each design parameter, from the metric's estimate at every point
/// of Saltelli's layout (A, B, AB_i), with bootstrap intervals.
/// </summary>
internal static class SensitivityWriter
{
    private static readonly string[] Outcomes =
    [
        MetricNames.WarOnsetsPer100StateYears, MetricNames.CivilOnsetsPer100StateYears, MetricNames.Relapse10YearsCivil,
        MetricNames.WarsPreventedShare,
    ];

    private static readonly string[] Header = ["regime", "metric", "parameter", "order", "estimate", "ci_low", "ci_high", "n"];

    public static void Write(string folder, Design design, IReadOnlyList<string> regimes, IReadOnlyList<Metric> metrics)
    {
        string path = Path.Combine(folder, "sensitivity.csv");
        if (design.Kind != DesignKind.Sobol)
        {
            File.Delete(path);
            return;
        }
        int d = design.Parameters.Length;
        var (a, b, ab) = SobolLayout.Indices(design.Samples, d);
        var byKey = metrics.ToDictionary(m => (m.Point, m.Regime, m.Name));
        CsvRows.WriteFile(path, Header, csv =>
        {
            foreach (var regime in regimes)
                foreach (var outcome in Outcomes)
                {
                    double[]? Values(int[] points)
                    {
                        var values = new double[points.Length];
                        for (int i = 0; i < points.Length; i++)
                        {
                            if (!byKey.TryGetValue((points[i], regime, outcome), out var m) || double.IsNaN(m.Value.Estimate)) return null;
                            values[i] = m.Value.Estimate;
                        }
                        return values;
                    }
                    var fa = Values(a);
                    var fb = Values(b);
                    var fab = ab.Select(Values).ToArray();
                    if (fa is null || fb is null || fab.Any(f => f is null)) continue;
                    var indices = Sobol.Estimate(fa, fb, fab.Select(f => (IReadOnlyList<double>)f!).ToArray(), seed: design.Seed);
                    for (int i = 0; i < d; i++)
                    {
                        string parameter = design.Parameters[i].Path;
                        foreach (var (order, value) in new[] { ("first", indices.First[i]), ("total", indices.Total[i]) })
                            csv.Add(regime).Add(outcome).Add(parameter).Add(order).Add(value.Estimate).Add(value.Low).Add(value.High)
                                .Add(design.Samples).End();
                    }
                }
        });
    }
}
