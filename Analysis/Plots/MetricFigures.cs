using Analysis.Summary;
using Analysis.Report;
using Analysis.Statistics;
using ScottPlot;

namespace Analysis.Plots;

/// <summary>Figures drawn from summary metrics: wars prevented per regime and crises prevented per mechanism.</summary>
internal static class MetricFigures
{
    public const string WarsPreventedShare = MetricNames.WarsPreventedShare;
    public const string CrisesPreventedByPrefix = MetricNames.CrisesPreventedByPrefix;

    public static IEnumerable<Figure> Build(ResultsFolder results)
    {
        string runs = PlotFrame.RunsNote(results.RunsPerRegime(), results.Regimes.Count);
        var regimes = results.Regimes.Where(r => results.Find(r, WarsPreventedShare) is not null).ToArray();
        if (regimes.Length > 0)
        {
            var plot = PlotFrame.Create("Which regime prevents most wars?",
                $"Baseline wars that do not happen, 95% paired-bootstrap CI; {runs}",
                "Security regime", "Wars prevented (% of the balance-of-power baseline)");
            var values = regimes.Select(r => (Interval?)results.Find(r, WarsPreventedShare)!.Value).ToArray();
            IntervalChart.Draw(plot, regimes.Select(RegimeStyle.Label).ToArray(),
                [new IntervalChart.Series("", RegimeStyle.ColorOf(regimes[0], 0), values,
                    regimes.Select(r => RegimeStyle.ColorOf(r, results.Regimes.ToList().IndexOf(r))).ToArray())], scale: 100);
            var zero = plot.Add.HorizontalLine(0);
            zero.Color = Colors.Black;
            zero.LineWidth = 1;
            var best = regimes.Zip(values).MaxBy(p => p.Second!.Value.Estimate);
            yield return new Figure("wars_prevented", "Wars prevented by regime",
                "Each regime runs the same histories as the balance of power (common random numbers); the bar is the share of the baseline's "
                + $"wars that no longer start, the whisker its 95% interval. Most: {RegimeStyle.Label(best.First)}, "
                + $"{100 * best.Second!.Value.Estimate:F1}% ({100 * best.Second.Value.Low:F1}-{100 * best.Second.Value.High:F1}%).", plot);
        }

        var mechanisms = results.Metrics.Where(m => m.Point == 0 && m.Name.StartsWith(CrisesPreventedByPrefix, StringComparison.Ordinal))
            .Select(m => m.Name).Distinct().ToArray();
        if (mechanisms.Length > 0)
        {
            var withData = results.Regimes.Where(r => mechanisms.Any(m => results.Find(r, m) is not null)).ToArray();
            var plot = PlotFrame.Create("Which mechanism defuses crises?",
                $"Share of all crises defused, by the mechanism credited, 95% CI; {runs}",
                "Mechanism", "Crises prevented (% of all crises)");
            // Each regime in the colour it has in every other figure: by its place among all the regimes, not among those drawn here.
            var series = withData.Select(r => new IntervalChart.Series(RegimeStyle.Label(r), RegimeStyle.ColorOf(r, results.Regimes.ToList().IndexOf(r)),
                mechanisms.Select(m => results.Find(r, m) is { } metric ? (Interval?)metric.Value : null).ToArray())).ToArray();
            IntervalChart.Draw(plot, mechanisms.Select(m => PlotFrame.Wrap(Humanise(m[CrisesPreventedByPrefix.Length..]))).ToArray(), series, scale: 100);
            plot.Axes.Margins(bottom: 0);
            if (series.Length > 1) plot.ShowLegend(Alignment.UpperRight);
            yield return new Figure("crises_prevented_by_mechanism", "Crises prevented by mechanism",
                "Every crisis a regime defuses is credited to one mechanism; bars are the share of all crises each mechanism prevented, "
                + "whiskers the 95% interval.", plot);
        }
    }

    public static string Humanise(string snake) => snake.Length == 0 ? snake : char.ToUpperInvariant(snake[0]) + snake[1..].Replace('_', ' ');
}
