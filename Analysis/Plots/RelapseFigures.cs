using Analysis.Report;
using Analysis.Statistics;
using Analysis.Summary;
using ScottPlot;

namespace Analysis.Plots;

/// <summary>Kaplan-Meier curves of the peace after a conflict ends, per regime, civil and inter-state.</summary>
internal static class RelapseFigures
{
    // Most renewals come within a few decades; beyond 50 years the curves are flat and the risk sets small.
    private const int ShownYears = 50;

    public static IEnumerable<Figure> Build(ResultsFolder results)
    {
        int years = (int)results.Regimes.SelectMany(r => results.RunColumn(r, "years") ?? []).DefaultIfEmpty(0).Max();
        foreach (bool civil in new[] { true, false })
        {
            string kind = civil ? "civil conflict" : "inter-state war";
            var plot = PlotFrame.Create(
                civil ? "How long does peace last after a civil conflict?" : "How long does peace last after an inter-state war?",
                $"Kaplan-Meier estimate, band: 95% Greenwood CI; {PlotFrame.RunsNote(results.RunsPerRegime(), results.Regimes.Count)}",
                $"Years since the {kind} ended", $"Share not yet renewed (%)");
            long spells = 0;
            double widestBand = 0;
            var readings = new List<string>();
            for (int i = 0; i < results.Regimes.Count; i++)
            {
                string regime = results.Regimes[i];
                if (results.Group(regime) is not { } group) continue;
                var curve = group.Relapse(civil);
                if (curve.Count == 0) continue;
                spells += curve.Count;
                int end = Math.Min(ShownYears, years);
                var ts = Enumerable.Range(0, end + 1).Select(t => (double)t).ToArray();
                var at = ts.Select(t => curve.SurvivalAt(t)).ToArray();
                var (sx, est) = PlotFrame.Steps(ts, at.Select(a => 100 * a.Estimate).ToArray(), end);
                var (_, low) = PlotFrame.Steps(ts, at.Select(a => 100 * a.Low).ToArray(), end);
                var (_, high) = PlotFrame.Steps(ts, at.Select(a => 100 * a.High).ToArray(), end);
                widestBand = Math.Max(widestBand, at.Max(a => a.High - a.Low));
                var color = RegimeStyle.ColorOf(regime, i);
                var band = plot.Add.FillY(sx, low, high);
                band.FillStyle.Color = color.WithAlpha(0.25);
                band.LineStyle.Width = 0;
                var line = plot.Add.ScatterLine(sx, est, color);
                line.LineWidth = 2.5f;
                line.LegendText = $"{RegimeStyle.Label(regime)} ({curve.Count:N0} ended {kind}s)";
                var ten = curve.FailureBy(10);
                readings.Add($"{RegimeStyle.Label(regime)}: {100 * ten.Estimate:F1}% renewed within 10 years (band {100 * ten.Low:F1}-{100 * ten.High:F1}%)");
            }
            if (spells == 0) continue;
            var mark = plot.Add.VerticalLine(10);
            mark.LinePattern = LinePattern.Dashed;
            mark.Color = Color.FromHex("#888888");
            mark.LineWidth = 1;
            mark.LegendText = "10 years (the relapse_10y metric)";
            plot.Axes.SetLimits(0, Math.Min(ShownYears, years), 0, 101);
            plot.ShowLegend(Alignment.UpperRight);
            string stem = civil ? "relapse_civil" : "relapse_interstate";
            yield return new Figure(stem, plot.Axes.Title.Label.Text.Split('\n')[0],
                $"Each ended {kind} starts a spell of peace that ends when the conflict is renewed (same state for civil conflicts, "
                + $"former enemies for wars) or is censored at the horizon. The curve is the share of spells still at peace. "
                + string.Join("; ", readings) + "."
                + (widestBand < 0.01 ? " With this many spells the band is hardly wider than the line." : "")
                + " The band is the pooled curve's 95% interval, spells counted as independent: Monte Carlo noise alone. Regimes are "
                + "compared by summary.csv's relapse intervals, which also hold the parameters' uncertainty where runs draw them.", plot);
        }
    }
}
