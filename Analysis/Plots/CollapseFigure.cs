using Analysis.Report;
using Analysis.Results;
using ScottPlot;

namespace Analysis.Plots;

/// <summary>
/// When regimes collapse: for each regime that collapsed in any run, the share of runs in which it has
/// collapsed by each year (from runs.csv's regime_collapse_year, empty when the regime survived). A
/// cumulative share rather than a histogram, so that a rare collapse (the UN's) shows beside a common one.
/// </summary>
internal static class CollapseFigure
{
    public const string Column = "regime_collapse_year";

    public static IEnumerable<Figure> Build(ResultsFolder results)
    {
        var collapsing = results.Regimes
            .Select((r, i) => (Regime: r, Index: i, Years: results.RunColumn(r, Column) ?? []))
            .Select(x => (x.Regime, x.Index, Total: x.Years.Length, Years: x.Years.Where(y => !double.IsNaN(y)).Order().ToArray()))
            .Where(x => x.Years.Length > 0).ToArray();
        if (collapsing.Length == 0) yield break;
        // The axis spans the reported years: a calendar run's 1816-2015, not 0 to 2015 (nor a burn-in's first years).
        // (Regimes are the groups of point 0, so the first has one.)
        var reported = results.Group(results.Regimes[0])!;
        double start = reported.FirstYear, end = reported.LastYear + 1;
        bool calendar = results.CalendarYears;
        var plot = PlotFrame.Create("When do security regimes collapse?",
            $"Share of runs in which the regime has collapsed, by year; {PlotFrame.RunsNote(results.RunsPerRegime(), results.Regimes.Count)}",
            "Simulated year", "Runs collapsed by then (%)");
        var readings = new List<string>();
        int drawn = 0;
        foreach (var (regime, index, total, years) in collapsing)
        {
            var xs = new List<double> { start };
            var ys = new List<double> { 0 };
            for (int k = 0; k < years.Length; k++)
            {
                xs.Add(years[k]); ys.Add(100.0 * k / total);
                xs.Add(years[k]); ys.Add(100.0 * (k + 1) / total);
            }
            xs.Add(end); ys.Add(100.0 * years.Length / total);
            var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray(), RegimeStyle.ColorOf(regime, index));
            // Schedules that share their first institutions collapse alike until they part (common random numbers).
            line.LineWidth = calendar ? PlotFrame.LayeredWidth(drawn++, collapsing.Length) : 2;
            line.LegendText = $"{RegimeStyle.Label(regime)}: {years.Length:N0} of {total:N0} runs";
            readings.Add($"{RegimeStyle.Label(regime)} collapsed in {years.Length:N0} of {total:N0} runs "
                         + $"({100.0 * years.Length / total:F1}%; median year of those that did {Quantile(years, 0.5):F0})");
        }
        PlotFrame.YearAxis(plot, calendar);
        plot.Axes.SetLimitsX(start, end);
        plot.Axes.SetLimitsY(0, 100);
        plot.ShowLegend(Alignment.UpperLeft);
        yield return new Figure("regime_collapse_years", "Regime collapse years",
            "The share of runs in which each regime had broken down by each year" + (!calendar || collapsing.Length < 2 ? "" : " (lines drawn first are wider, "
            + "so one that another covers shows at its edges)") + "; a regime that never collapsed in any run "
            + "(such as none) is not shown. " + string.Join("; ", readings) + ".", plot);
    }

    private static double Quantile(double[] sorted, double p) => Statistics.Quantiles.R7(sorted, p);
}
