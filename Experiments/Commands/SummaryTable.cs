using System.Globalization;
using Analysis.Summary;

namespace Experiments.Commands;

/// <summary>Prints the headline metrics of a run to the terminal: one row per regime (and design point), estimates with 95% intervals.</summary>
internal static class SummaryTable
{
    private static readonly (string Metric, string Header, bool Percent)[] Headline =
    [
        (MetricNames.WarOnsetsPer100StateYears, "wars/100 state-yrs", false),
        (MetricNames.CrisisEscalationShare, "crises -> war", true),
        (MetricNames.Relapse10YearsCivil, "civil relapse 10y", true),
        (MetricNames.Relapse10YearsInterstate, "war relapse 10y", true),
        (MetricNames.WarsPreventedShare, "wars prevented", true),
    ];

    /// <summary>
    /// Prints the table. <paramref name="posterior"/>: the runs drew their parameters from a posterior, so every
    /// interval includes parameter uncertainty, and each cell says which share of it comes from there ("p 38%";
    /// "p n/a" where it cannot be told, as for rate ratios).
    /// </summary>
    public static void Print(IReadOnlyList<Metric> metrics, bool posterior = false)
    {
        var groups = metrics.Select(m => (m.Point, m.Regime)).Distinct().ToList();
        bool points = groups.Select(g => g.Point).Distinct().Count() > 1;
        if (points && groups.Count > 12)
        {
            Console.WriteLine($"{groups.Count} (point, regime) groups: see summary.csv");
            groups = groups.Take(12).ToList();
        }
        int width = posterior ? 32 : 24;
        // Regime names up to 15 characters keep the table as it always was; longer ones widen the column.
        int nameWidth = Math.Max(16, groups.Select(g => g.Regime.Length + 1).DefaultIfEmpty(0).Max());
        Console.WriteLine(((points ? "point " : "") + "regime".PadRight(nameWidth) + string.Concat(Headline.Select(h => h.Header.PadRight(width)))).TrimEnd());
        foreach (var (point, regime) in groups)
        {
            var line = (points ? $"{point,-6}" : "") + regime.PadRight(nameWidth);
            foreach (var (metric, _, percent) in Headline)
            {
                var m = metrics.FirstOrDefault(x => x.Point == point && x.Regime == regime && x.Name == metric);
                line += (m is null ? "-" : Format(m, percent) + (posterior ? " " + Share(m) : "")).PadRight(width);
            }
            Console.WriteLine(line.TrimEnd());
        }
        if (posterior)
            Console.WriteLine("Runs drew their parameters from a posterior: intervals include parameter uncertainty and Monte Carlo noise; "
                              + "p = the share of each interval's variance from parameter uncertainty (summary.csv: parameter_share).");
    }

    private static string Share(Metric m) =>
        double.IsNaN(m.ParameterShare) ? "p n/a" : "p " + (100 * m.ParameterShare).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Format(Metric m, bool percent)
    {
        string F(double v) => percent ? (100 * v).ToString("0.0", CultureInfo.InvariantCulture) + "%" : v.ToString("0.000", CultureInfo.InvariantCulture);
        return $"{F(m.Value.Estimate)} [{F(m.Value.Low)}, {F(m.Value.High)}]";
    }
}
