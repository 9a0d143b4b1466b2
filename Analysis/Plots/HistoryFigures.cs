using System.Globalization;
using Analysis.Calibration;
using Analysis.Report;
using Analysis.Statistics;
using Analysis.Summary;
using ScottPlot;

namespace Analysis.Plots;

/// <summary>Figures of a calendar run: war onsets per decade against the record, and wars prevented per era by each schedule.</summary>
internal static class HistoryFigures
{
    /// <summary>The record's era counts of inter-state war onsets (sf02-sf05).</summary>
    private const string RecordWarOnsets = "COW inter-state war onsets";

    /// <summary>More than two overlapping bands read as one grey smear: later regimes get their median line only.</summary>
    private const int Banded = 2;

    public static IEnumerable<Figure> Build(ResultsFolder results)
    {
        if (OnsetsByDecade(results) is { } onsets) yield return onsets;
        if (PreventedByEra(results) is { } prevented) yield return prevented;
    }

    private static Figure? OnsetsByDecade(ResultsFolder results)
    {
        var groups = results.Regimes.Select(r => results.Group(r)!).Where(g => g.FirstYear != 0 && g.Decades > 0 && g.Runs > 0).ToArray();
        if (groups.Length == 0) return null;
        var plot = PlotFrame.Create("How many wars start in each decade?",
            "Line: median run; band: 10-90% of runs; dashed: the record; " + PlotFrame.RunsNote(results.RunsPerRegime(), results.Regimes.Count),
            $"Year (ten-year spans from {groups.Min(g => g.FirstYear)})", "Inter-state war onsets per ten years");
        var readings = new List<string>();
        int drawn = 0;
        double first = groups.Min(g => g.FirstYear), last = groups.Max(g => g.LastYear + 1);
        for (int i = 0; i < results.Regimes.Count; i++)
        {
            var group = results.Group(results.Regimes[i]);
            if (group is null || !groups.Contains(group)) continue;
            var starts = Enumerable.Range(0, group.Decades).Select(d => (double)(group.FirstYear + 10 * d)).ToArray();
            var sorted = Enumerable.Range(0, group.Decades).Select(d => group.InterstateOnsetsInDecade(d).Order().ToArray()).ToArray();
            // A last decade shorter than ten years is scaled up to ten, so it reads on the same per-decade scale.
            var scale = Enumerable.Range(0, group.Decades).Select(d => 10.0 / Math.Min(10, group.Years - 10 * d)).ToArray();
            double[] At(double p) => sorted.Select((s, d) => scale[d] * Quantiles.R7(s, p)).ToArray();
            var (sx, median) = PlotFrame.Steps(starts, At(0.5), group.LastYear + 1);
            var (_, low) = PlotFrame.Steps(starts, At(0.1), group.LastYear + 1);
            var (_, high) = PlotFrame.Steps(starts, At(0.9), group.LastYear + 1);
            var color = RegimeStyle.ColorOf(group.Regime, i);
            if (drawn++ < Banded)
            {
                var band = plot.Add.FillY(sx, low, high);
                band.FillStyle.Color = color.WithAlpha(groups.Length == 1 ? 0.2 : 0.1);
                band.LineStyle.Width = 0;
            }
            var line = plot.Add.ScatterLine(sx, median, color);
            line.LineWidth = PlotFrame.LayeredWidth(drawn - 1, groups.Length);
            line.LegendText = RegimeStyle.Label(group.Regime);
            double total = Enumerable.Range(0, group.Decades).Sum(d => group.InterstateOnsetsInDecade(d).Average());
            readings.Add($"{RegimeStyle.Label(group.Regime)}: {total:F1} wars in {group.Years} years on average");
        }

        var record = RecordTargets.All.Where(t => t.Quantity == RecordWarOnsets && Target.Years(t.Period) is not null && t.Number is not null).ToArray();
        bool labelled = false;
        foreach (var t in record)
        {
            var (from, to) = Target.Years(t.Period)!.Value;
            if (to < first || from >= last) continue;
            double perDecade = 10 * t.Number!.Value / (to - from + 1);
            var step = plot.Add.ScatterLine(new double[] { from, to + 1 }, new double[] { perDecade, perDecade }, Colors.Black);
            step.LineWidth = 2.5f;
            step.LinePattern = LinePattern.Dashed;
            step.LegendText = labelled ? "" : "record (COW, era average)";
            labelled = true;
        }
        PlotFrame.YearAxis(plot, calendar: true, $"Year (ten-year spans from {groups.Min(g => g.FirstYear)})");
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsX(first, last);
        plot.Axes.SetLimitsY(0, plot.Axes.GetLimits().Top);
        plot.ShowLegend(Alignment.UpperLeft);
        string recordText = record.Length == 0 ? "" : " The dashed steps are the record's inter-state war onsets (COW) per era spread evenly over its decades: "
            + string.Join("; ", record.Select(t => $"{t.Period}: {t.Value} wars ({t.Id}{(t.IsTest ? ", test" : "")})")) + ".";
        return new Figure("war_onsets_by_decade", "War onsets per decade against the record",
            "Inter-state wars begun in each ten-year span of the calendar, per run: the line is the median run"
            + (groups.Length > 1 ? " (lines drawn first are wider, so one that another covers shows at its edges)" : "") + ", the band holds 80% of runs"
            + (groups.Length > Banded ? $" (drawn for the first {Banded} regimes only, so the bands stay readable)." : ".")
            + recordText + " " + string.Join("; ", readings) + ".", plot);
    }

    private static Figure? PreventedByEra(ResultsFolder results)
    {
        var eras = results.Eras;
        var regimes = results.Regimes.Where(r => eras.Any(e => results.Find(r, MetricNames.InEra(MetricNames.WarsPreventedShare, e)) is not null)).ToArray();
        if (eras.Count == 0 || results.Regimes.Count < 2 || regimes.Length == 0) return null;
        string who = regimes.Length == 1 ? RegimeStyle.Label(regimes[0]) + ": b" : "B";
        var plot = PlotFrame.Create("In which era does each schedule prevent wars?",
            $"{who}aseline wars that do not happen, by era, 95% paired-bootstrap CI; {PlotFrame.RunsNote(results.RunsPerRegime(), results.Regimes.Count)}",
            "Era", "Wars prevented (% of the balance-of-power baseline)");
        var series = regimes.Select(r => new IntervalChart.Series(RegimeStyle.Label(r), RegimeStyle.ColorOf(r, results.Regimes.ToList().IndexOf(r)),
            eras.Select(e => results.Find(r, MetricNames.InEra(MetricNames.WarsPreventedShare, e)) is { } m ? (Interval?)m.Value : null).ToArray())).ToArray();
        IntervalChart.Draw(plot, eras, series, scale: 100);
        // Headroom above the highest whisker for the legend.
        var shown = series.SelectMany(x => x.Values).OfType<Interval>().Where(v => !double.IsNaN(v.High)).ToArray();
        if (shown.Length > 0)
            plot.Axes.SetLimitsY(100 * Math.Min(0, shown.Min(v => v.Low)) - 5, 100 * Math.Max(0, shown.Max(v => v.High)) * (series.Length > 1 ? 1.35 : 1.1) + 5);
        var zero = plot.Add.HorizontalLine(0);
        zero.Color = Colors.Black;
        zero.LineWidth = 1;
        if (series.Length > 1) plot.ShowLegend(Alignment.UpperRight);
        var readings = regimes.Select(r => (Regime: r, Best: eras.Select(e => (Era: e, M: results.Find(r, MetricNames.InEra(MetricNames.WarsPreventedShare, e))))
                .Where(p => p.M is not null && !double.IsNaN(p.M.Value.Estimate)).MaxBy(p => p.M!.Value.Estimate)))
            .Where(p => p.Best.M is not null)
            .Select(p => $"{RegimeStyle.Label(p.Regime)} prevents most in {p.Best.Era}: {P(p.Best.M!.Value.Estimate)} ({P(p.Best.M.Value.Low)} to {P(p.Best.M.Value.High)})");
        return new Figure("wars_prevented_by_era", "Wars prevented by era",
            "Each regime or schedule runs the same histories as the balance of power (common random numbers); a bar is the share of the "
            + "baseline's wars in that era that no longer start, the whisker its 95% interval. " + string.Join("; ", readings) + ".", plot);
    }

    private static string P(double v) => (100 * v).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
