using Analysis.Report;
using Analysis.Results;
using Analysis.Statistics;
using Analysis.Summary;
using ScottPlot;

namespace Analysis.Plots;

/// <summary>
/// Figures of a parameter sweep (a config's design): each headline outcome against each swept
/// parameter, one dot per design point with its 95% interval; and, for a Sobol design, the Sobol
/// indices of the outcomes with respect to each parameter.
/// </summary>
internal static class SweepFigures
{
    /// <summary>The headline outcomes of a sweep, drawn here and tabulated by the report (<see cref="Report.SweepTables"/>).</summary>
    internal static readonly (string Metric, string Label, double Scale)[] Outcomes =
    [
        (MetricNames.WarOnsetsPer100StateYears, "War onsets per 100 state-years", 1),
        (MetricNames.WarsPreventedShare, "Wars prevented (% of the baseline)", 100),
        (MetricNames.Relapse10YearsCivil, "Civil relapse within 10 years (%)", 100),
    ];

    public static IEnumerable<Figure> Build(ResultsFolder results)
    {
        if (results.Points is not { Rows.Count: > 1 } points) yield break;
        var regimes = results.Metrics.Select(m => m.Regime).Distinct().ToArray();
        var parameters = points.Header.Skip(1).ToArray();
        foreach (var (metric, label, scale) in Outcomes)
            for (int j = 0; j < parameters.Length; j++)
            {
                var plot = PlotFrame.Create($"{label.Split(" (")[0]} across the sweep of {Short(parameters[j])}",
                    $"One dot per design point and regime, whisker: 95% CI; {points.Rows.Count} points", parameters[j], label);
                int drawn = 0;
                for (int r = 0; r < regimes.Length; r++)
                {
                    var color = RegimeStyle.ColorOf(regimes[r], r);
                    var xs = new List<double>();
                    var ys = new List<double>();
                    // The whiskers: the interval of each point that has one, below and above its estimate.
                    var (wx, wy, below, above) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
                    foreach (var row in points.Rows)
                    {
                        int point = int.Parse(row[0], System.Globalization.CultureInfo.InvariantCulture);
                        var m = results.Find(point, regimes[r], metric);
                        if (m is null || double.IsNaN(m.Value.Estimate)) continue;
                        double x = points.Number(row[j + 1]), y = m.Value.Estimate * scale;
                        xs.Add(x);
                        ys.Add(y);
                        if (double.IsNaN(m.Value.Low)) continue;
                        wx.Add(x);
                        wy.Add(y);
                        below.Add(y - m.Value.Low * scale);
                        above.Add(m.Value.High * scale - y);
                    }
                    if (xs.Count == 0) continue;
                    if (wx.Count > 0)
                    {
                        // One plottable for all of a regime's whiskers (a line each made a large sweep's figures slow to draw).
                        var whiskers = new ScottPlot.Plottables.ErrorBar(wx, wy, null, null, above, below) { CapSize = 0, LineWidth = 1 };
                        whiskers.Color = color.WithAlpha(0.6);
                        plot.Add.Plottable(whiskers);
                    }
                    var dots = plot.Add.ScatterPoints(xs.ToArray(), ys.ToArray(), color);
                    dots.MarkerSize = 7;
                    dots.LegendText = RegimeStyle.Label(regimes[r]);
                    drawn++;
                }
                if (drawn == 0) continue;
                plot.ShowLegend(Alignment.UpperRight);
                yield return new Figure($"sweep_{Stem(metric)}_{Stem(parameters[j])}", $"{label} against {parameters[j]}",
                    $"Each dot is the estimate at one design point (all its runs), the whisker its 95% interval; the spread along the axis "
                    + $"shows how {label.ToLowerInvariant()} responds to {parameters[j]} while the other swept parameters vary too.", plot);
            }

        if (parameters.Length == 2)
            foreach (var figure in Heatmaps(results, points, parameters, regimes)) yield return figure;

        if (results.Sensitivity is not { Rows.Count: > 0 } sensitivity) yield break;
        int cRegime = sensitivity.Column("regime"), cMetric = sensitivity.Column("metric"), cParameter = sensitivity.Column("parameter"),
            cOrder = sensitivity.Column("order"), cEstimate = sensitivity.Column("estimate"), cLow = sensitivity.Column("ci_low"), cHigh = sensitivity.Column("ci_high");
        foreach (var (metric, label, _) in Outcomes)
        {
            var rows = sensitivity.Rows.Where(r => r[cMetric] == metric && r[cOrder] == "total").ToArray();
            if (rows.Length == 0) continue;
            var withIndices = regimes.Where(g => rows.Any(r => r[cRegime] == g)).ToArray();
            var plot = PlotFrame.Create($"Which parameter drives {label.Split(" (")[0].ToLowerInvariant()}?",
                "Total-order Sobol index, 95% bootstrap CI",
                "Swept parameter", "Total-order Sobol index");
            var series = withIndices.Select((g, i) => new IntervalChart.Series(RegimeStyle.Label(g), RegimeStyle.ColorOf(g, Array.IndexOf(regimes, g)),
                parameters.Select(p => rows.FirstOrDefault(r => r[cRegime] == g && r[cParameter] == p) is { } row
                    ? (Interval?)new Interval(sensitivity.Number(row[cEstimate]), sensitivity.Number(row[cLow]), sensitivity.Number(row[cHigh])) : null).ToArray())).ToArray();
            IntervalChart.Draw(plot, parameters.Select(Short).ToArray(), series);
            if (series.Length > 1) plot.ShowLegend(Alignment.UpperRight);
            yield return new Figure($"sobol_{Stem(metric)}", $"Sobol indices of {label}",
                "Total-order Sobol indices (Jansen 1999) from the Saltelli design: the share of the variance of the outcome across design "
                + "points that involves each parameter, alone or in interaction. Design points have independent run seeds, so Monte Carlo "
                + "noise adds a floor to every index.", plot);
        }
    }

    /// <summary>
    /// A two-parameter grid as a heatmap per regime and outcome: one cell per design point, coloured
    /// by the estimate (viridis) and labelled with it, so values can be read without a colour scale.
    /// </summary>
    private static IEnumerable<Figure> Heatmaps(ResultsFolder results, ResultTable points, string[] parameters, string[] regimes)
    {
        var xs = points.Rows.Select(r => points.Number(r[1])).Distinct().Order().ToArray();
        var ys = points.Rows.Select(r => points.Number(r[2])).Distinct().Order().ToArray();
        if (xs.Length * ys.Length != points.Rows.Count || xs.Length < 2 || ys.Length < 2) yield break; // not a full grid
        var colormap = new ScottPlot.Colormaps.Viridis();
        foreach (var (metric, label, scale) in Outcomes)
            foreach (var regime in regimes)
            {
                var cells = points.Rows.Select(r => (X: points.Number(r[1]), Y: points.Number(r[2]),
                    Metric: results.Find(int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture), regime, metric))).ToArray();
                if (cells.Any(c => c.Metric is null)) continue;
                double min = cells.Min(c => c.Metric!.Value.Estimate), max = cells.Max(c => c.Metric!.Value.Estimate);
                var plot = PlotFrame.Create($"{label.Split(" (")[0]}: {RegimeStyle.Label(regime)}",
                    $"{label}, at each of the {points.Rows.Count} grid points (colour and label)", parameters[0], parameters[1]);
                foreach (var (x, y, m) in cells)
                {
                    int i = Array.IndexOf(xs, x), j = Array.IndexOf(ys, y);
                    double v = m!.Value.Estimate;
                    var cell = plot.Add.Rectangle(i - 0.5, i + 0.5, j - 0.5, j + 0.5);
                    cell.FillStyle.Color = colormap.GetColor(max > min ? (v - min) / (max - min) : 0.5);
                    cell.LineStyle.Width = 0;
                    var text = plot.Add.Text((v * scale).ToString("G3", System.Globalization.CultureInfo.InvariantCulture), i, j);
                    text.LabelFontColor = max > min && (v - min) / (max - min) > 0.6 ? Colors.Black : Colors.White;
                    text.LabelFontSize = 14;
                    text.LabelAlignment = Alignment.MiddleCenter;
                }
                plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                    xs.Select((x, i) => new Tick(i, x.ToString("G4", System.Globalization.CultureInfo.InvariantCulture))).ToArray());
                plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                    ys.Select((y, j) => new Tick(j, y.ToString("G4", System.Globalization.CultureInfo.InvariantCulture))).ToArray());
                plot.Axes.SetLimits(-0.5, xs.Length - 0.5, -0.5, ys.Length - 0.5);
                yield return new Figure($"heatmap_{Stem(metric)}_{regime}", $"{label} over the grid, {RegimeStyle.Label(regime)}",
                    $"Each cell is one point of the two-parameter grid; its colour (dark: low, yellow: high) and label give the estimate of "
                    + $"{label.ToLowerInvariant()} under {RegimeStyle.Label(regime)}; intervals are in summary.csv.", plot);
            }
    }

    /// <summary>The last two parts of a parameter path, e.g. un.veto_base.</summary>
    internal static string Short(string path) => string.Join('.', path.Split('.').TakeLast(2));

    private static string Stem(string name) => name.Replace("model.", "").Replace('.', '_');
}
