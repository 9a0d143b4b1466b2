using Analysis.Report;
using Analysis.Summary;
using ScottPlot;

namespace Analysis.Plots;

/// <summary>The baseline against the historical record: each calibration metric as a share of its historical value.</summary>
internal static class CalibrationFigure
{
    /// <summary>The targets of docs/MODEL.md section 8: historical value and the band the model must stay in.</summary>
    public static readonly (string Metric, string Label, double Value, double Low, double High)[] Targets =
    [
        (MetricNames.WarOnsetsPer100StateYears, "War onsets\nper 100 state-years", 1.089, 0.8, 1.4),
        (MetricNames.CrisisEscalationShare, "Crises that\nbecome wars", 0.104, 0.07, 0.14),
        (MetricNames.CivilOnsetsPer100StateYears, "Civil-war onsets\nper 100 state-years", 4.7, 3.0, 6.5),
        (MetricNames.Relapse10YearsCivil, "Civil relapse\nwithin 10 years", 0.499, 0.40, 0.60),
    ];

    public static IEnumerable<Figure> Build(ResultsFolder results)
    {
        const string baseline = MetricNames.BaselineRegime;
        // A run with the era 1816-1914 is held to the record over those years, not over all its years (a calendar
        // run's 1816-2015, whose later eras fought less per state); a calendar run without that era has no figure,
        // and an abstract world (the default's, calibrated to 1816-1914) is held to it over all its years.
        bool era = results.Eras.Contains(RecordEra);
        if (!era && results.CalendarYears) yield break;
        var found = Targets.Select(t => (Target: t, Metric: results.Find(baseline, era ? t.Metric + "@" + RecordEra : t.Metric)))
            .Where(p => p.Metric is not null).ToArray();
        if (found.Length == 0) yield break;
        var plot = PlotFrame.Create("Does the baseline reproduce the 1816-1914 record?",
            $"Dots: simulated, 95% CI; grey: accepted band; {results.Group(baseline)?.Runs ?? 0:N0} runs",
            "Calibration target", "Simulated / historical (%)");
        for (int i = 0; i < found.Length; i++)
        {
            var t = found[i].Target;
            var box = plot.Add.Rectangle(i - 0.4, i + 0.4, 100 * t.Low / t.Value, 100 * t.High / t.Value);
            box.FillStyle.Color = Color.FromHex("#DDDDDD");
            box.LineStyle.Width = 0;
        }
        var values = found.Select(p => (Statistics.Interval?)new Statistics.Interval(p.Metric!.Value.Estimate / p.Target.Value,
            p.Metric.Value.Low / p.Target.Value, p.Metric.Value.High / p.Target.Value)).ToArray();
        IntervalChart.Draw(plot, found.Select(p => p.Target.Label).ToArray(),
            [new IntervalChart.Series("", RegimeStyle.ColorOf(baseline, 0), values)], scale: 100, dots: true);
        var hundred = plot.Add.HorizontalLine(100);
        hundred.LinePattern = LinePattern.Dashed;
        hundred.Color = Colors.Black;
        hundred.LineWidth = 1;
        plot.Axes.SetLimitsY(50, 150);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 12;
        yield return new Figure("calibration", "Calibration of the baseline",
            "Each dot is a simulated quantity" + (era ? $" over the calendar years {RecordEra}" : "")
            + " divided by its historical value (100% = exact match), with its 95% interval; the grey box is "
            + "the band the calibration accepts. Historical values: "
            + string.Join("; ", found.Select(p => $"{p.Target.Label.Replace('\n', ' ')} {Format(p.Target.Value, p.Target.Value)} (simulated {Format(p.Metric!.Value.Estimate, p.Target.Value)})"))
            + " (sources in docs/MODEL.md, section 8).", plot);
    }

    /// <summary>The years of the record the targets describe, as a calendar run's era is named.</summary>
    private const string RecordEra = "1816-1914";

    /// <summary>A value as its target is written: a share (target below 1) in percent, a rate to two decimals.</summary>
    private static string Format(double v, double target) => target < 1 ? $"{100 * v:F1}%" : v.ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
}
