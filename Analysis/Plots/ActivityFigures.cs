using Analysis.Report;
using Analysis.Results;
using ScottPlot;

namespace Analysis.Plots;

/// <summary>Wars and civil conflicts under way in each simulated year: the mean over runs with the 10-90% band.</summary>
internal static class ActivityFigures
{
    public static IEnumerable<Figure> Build(ResultsFolder results)
    {
        if (results.Yearly is not { } yearly) yield break;
        foreach (var (quantity, noun, stem) in new[]
                 {
                     ("active_wars", "inter-state wars", "active_wars"),
                     ("active_civil_conflicts", "civil conflicts", "active_civil_conflicts"),
                 })
        {
            if (!yearly.Header.Contains(quantity + "_mean") || !yearly.Header.Contains(quantity + "_p10") || !yearly.Header.Contains(quantity + "_p90"))
                continue;
            int cRegime = yearly.Column("regime"), cPoint = yearly.Column("point"), cYear = yearly.Column("year");
            int cMean = yearly.Column(quantity + "_mean"), cLow = yearly.Column(quantity + "_p10"), cHigh = yearly.Column(quantity + "_p90");
            var plot = PlotFrame.Create($"How many {noun} are under way each year?",
                $"Line: mean over runs; band: 10-90% of runs; {PlotFrame.RunsNote(results.RunsPerRegime(), results.Regimes.Count)}",
                "Simulated year", $"{char.ToUpperInvariant(noun[0])}{noun[1..]} under way (count)");
            var readings = new List<string>();
            double firstYear = double.PositiveInfinity, lastYear = 0;
            for (int i = 0; i < results.Regimes.Count; i++)
            {
                string regime = results.Regimes[i];
                var rows = yearly.Rows.Where(r => r[cRegime] == regime && r[cPoint] == "0").ToArray();
                if (rows.Length == 0) continue;
                double[] Col(int c) => rows.Select(r => yearly.Number(r[c])).ToArray();
                var years = Col(cYear);
                firstYear = Math.Min(firstYear, years[0]);
                lastYear = Math.Max(lastYear, years[^1]);
                var mean = Col(cMean);
                var color = RegimeStyle.ColorOf(regime, i);
                var band = plot.Add.FillY(years, Col(cLow), Col(cHigh));
                band.FillStyle.Color = color.WithAlpha(results.Regimes.Count == 1 ? 0.13 : 0.07);
                band.LineStyle.Width = 0;
                band.LegendText = results.Regimes.Count == 1 ? "10-90% of runs" : "";
                var line = plot.Add.ScatterLine(years, mean, color);
                line.LineWidth = 2;
                line.LegendText = results.Regimes.Count == 1 ? "Mean over runs" : RegimeStyle.Label(regime);
                double late = mean.Skip(mean.Length / 2).Average();
                readings.Add($"{RegimeStyle.Label(regime)}: {late:F2} on average per year over the second half of the simulated years");
            }
            if (readings.Count == 0) continue;
            // The axis spans the reported years: a calendar run's 1816-2015, not 0 to 2015.
            PlotFrame.YearAxis(plot, results.CalendarYears);
            plot.Axes.AutoScale();
            plot.Axes.SetLimitsX(firstYear, lastYear);
            plot.Axes.SetLimitsY(0, plot.Axes.GetLimits().Top);
            plot.ShowLegend(Alignment.UpperLeft);
            yield return new Figure(stem, $"{char.ToUpperInvariant(noun[0])}{noun[1..]} under way over time",
                $"The number of {noun} going on in each year of the simulated history. The band shows how much histories differ: "
                + $"in 80% of runs the count lies inside it. " + string.Join("; ", readings) + ".", plot);
        }
    }
}
