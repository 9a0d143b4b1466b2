using System.Text;
using Analysis.Plots;

namespace Analysis.Report;

/// <summary>
/// The summary section of a sweep's page (a design of more than one point): a table per headline
/// outcome, one row per design point with its parameter values and each regime's estimate and 95%
/// interval. Every metric of every point stays in summary.csv; listing them all on the page gave
/// an analyst 49,000 rows (16 MB) for the 384 points of examples/regime_sensitivity.yaml.
/// </summary>
internal static class SweepTables
{
    /// <summary>Rows a table shows at most; a larger design's points are all in summary.csv and the figures.</summary>
    internal const int MaxRows = 1000;

    /// <summary>True for a folder of a design with more than one point (points.csv), the folders whose figures are the sweep's.</summary>
    public static bool Applies(ResultsFolder results) => results.Points is { Rows.Count: > 1 };

    /// <summary>The regimes of every point's metrics, in file order (a shard may not hold design point 0, whose regimes the folder lists).</summary>
    public static IReadOnlyList<string> Regimes(ResultsFolder results) => results.Metrics.Select(m => m.Regime).Distinct().ToArray();

    /// <summary>
    /// The regimes with an estimate of <paramref name="metric"/> at some point, in file order: from every point's
    /// metrics, not point 0's (a shard may not hold it), and without the baseline's empty share of wars prevented.
    /// </summary>
    public static IReadOnlyList<string> RegimesWith(ResultsFolder results, string metric) =>
        results.Metrics.Where(m => m.Name == metric && !double.IsNaN(m.Value.Estimate)).Select(m => m.Regime).Distinct().ToArray();

    public static string Render(ResultsFolder results)
    {
        var points = results.Points!;
        var parameters = points.Header.Skip(1).ToArray();
        var regimes = Regimes(results);
        int metrics = results.Metrics.Select(m => m.Name).Distinct().Count();
        int shown = Math.Min(points.Rows.Count, MaxRows);

        var html = new StringBuilder("<h2>Summary</h2>\n");
        html.Append($"<p>The {points.Rows.Count:N0} design points of this sweep, each under {regimes.Count} regime{(regimes.Count == 1 ? "" : "s")}: ")
            .Append($"<code>summary.csv</code> holds every one of the {metrics} metrics of each point and regime with its 95% confidence interval and n "
                    + $"({results.Metrics.Count:N0} rows), and <code>points.csv</code> the parameter values of each point. ")
            .Append("Here the headline outcomes at each point: estimate and 95% interval by regime")
            .Append(results.Digest.HasPosterior ? " (parameter uncertainty included: the runs drew their parameters from a posterior)" : "")
            .Append(shown < points.Rows.Count ? $"; the first {shown:N0} points only.</p>\n" : ".</p>\n");

        foreach (var (metric, label, scale) in SweepFigures.Outcomes)
        {
            var withValues = RegimesWith(results, metric);
            if (withValues.Count == 0) continue;
            html.Append($"<h3>{HtmlPage.E(label)}</h3>\n<table>\n<thead><tr><th>point</th>");
            foreach (var p in parameters) html.Append($"<th title=\"{HtmlPage.E(p)}\"><code>{HtmlPage.E(SweepFigures.Short(p))}</code></th>");
            foreach (var r in withValues) html.Append($"<th>{HtmlPage.E(RegimeStyle.Label(r))}</th>");
            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in points.Rows.Take(shown))
            {
                int point = int.Parse(row[0], System.Globalization.CultureInfo.InvariantCulture);
                html.Append($"<tr><td class=\"num\">{point}</td>");
                for (int j = 1; j < row.Length; j++) html.Append($"<td class=\"num\">{HtmlPage.G(points.Number(row[j]))}</td>");
                foreach (var r in withValues) html.Append($"<td class=\"num\">{Cell(results.Find(point, r, metric), scale)}</td>");
                html.Append("</tr>\n");
            }
            html.Append("</tbody>\n</table>\n");
        }
        return html.ToString();
    }

    /// <summary>"estimate [low, high]", or blank where the point has no such metric (no baseline regime, say).</summary>
    private static string Cell(Summary.Metric? m, double scale) =>
        m is null || double.IsNaN(m.Value.Estimate) ? ""
        : double.IsNaN(m.Value.Low) ? HtmlPage.G(m.Value.Estimate * scale)
        : $"{HtmlPage.G(m.Value.Estimate * scale)} [{HtmlPage.G(m.Value.Low * scale)}, {HtmlPage.G(m.Value.High * scale)}]";
}
