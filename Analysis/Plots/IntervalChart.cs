using Analysis.Statistics;
using ScottPlot;

namespace Analysis.Plots;

/// <summary>
/// Estimates with 95% intervals as bars with whiskers: categories along x, one coloured series per
/// regime side by side within a category. Used for every "metric with CI" figure.
/// </summary>
internal static class IntervalChart
{
    /// <param name="CategoryColors">Colours per category, when the categories themselves are regimes; else every bar takes <paramref name="Color"/>.</param>
    public sealed record Series(string Label, Color Color, IReadOnlyList<Interval?> Values, IReadOnlyList<Color>? CategoryColors = null);

    /// <param name="dots">Draw each estimate as a dot instead of a bar: for ratios, where a bar's length from 0 means nothing.</param>
    public static void Draw(Plot plot, IReadOnlyList<string> categories, IReadOnlyList<Series> series, double scale = 1.0, bool dots = false)
    {
        // A group never spreads wider than 0.8 of a category, and a single bar no wider than 0.45: wide slabs read as heavy.
        double group = Math.Min(0.8, 0.45 * series.Count);
        double width = group / series.Count;
        for (int s = 0; s < series.Count; s++)
        {
            var bars = new List<Bar>();
            for (int c = 0; c < categories.Count; c++)
            {
                if (series[s].Values[c] is not { } v || double.IsNaN(v.Estimate)) continue;
                double x = c - group / 2 + width * (s + 0.5);
                var color = series[s].CategoryColors?[c] ?? series[s].Color;
                if (dots)
                {
                    var dot = plot.Add.Marker(x, v.Estimate * scale, MarkerShape.FilledCircle, 11, color);
                    dot.LegendText = "";
                }
                else bars.Add(new Bar { Position = x, Value = v.Estimate * scale, Size = width * 0.85, FillColor = color.WithAlpha(0.75), LineWidth = 0 });
                if (!double.IsNaN(v.Low) && !double.IsNaN(v.High)) Whisker(plot, x, v.Low * scale, v.High * scale, Math.Min(width * 0.2, 0.06));
            }
            if (bars.Count == 0) continue;
            var barPlot = plot.Add.Bars(bars);
            barPlot.LegendText = series.Count > 1 ? series[s].Label : "";
        }
        PlotFrame.Categories(plot, categories);
        plot.Axes.SetLimitsX(-0.6, categories.Count - 0.4);
    }

    private static void Whisker(Plot plot, double x, double low, double high, double cap)
    {
        var color = Color.FromHex("#222222");
        foreach (var line in new[]
                 {
                     plot.Add.Line(x, low, x, high), plot.Add.Line(x - cap, low, x + cap, low), plot.Add.Line(x - cap, high, x + cap, high),
                 })
        {
            line.LineWidth = 1.5f;
            line.Color = color;
        }
    }
}
