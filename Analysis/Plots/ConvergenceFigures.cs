using Analysis.Report;
using Analysis.Statistics;
using Analysis.Summary;
using ScottPlot;

// Log axes only: their positions are pixels, never a certified number, so the C library may place them.
#pragma warning disable RS0030

namespace Analysis.Plots;

/// <summary>
/// Are there enough runs? The war-onset rate and its 95% interval recomputed from the first n runs
/// at log-spaced n, per regime: the estimate should settle and the half-width fall like 1/√n.
/// </summary>
internal static class ConvergenceFigures
{
    public static IEnumerable<Figure> Build(ResultsFolder results)
    {
        var traces = new List<(string Regime, int Index, ConvergencePoint[] Points)>();
        for (int i = 0; i < results.Regimes.Count; i++)
        {
            string regime = results.Regimes[i];
            var wars = results.RunColumn(regime, "interstate_wars");
            var stateYears = results.RunColumn(regime, "state_years");
            if (wars is null || stateYears is null || wars.Length < 4) continue;
            var per100 = wars.Select(w => 100 * w).ToArray();
            var counts = Convergence.LogSpacedCounts(Math.Min(10, wars.Length), wars.Length, 10);
            traces.Add((regime, i, Convergence.Trace(counts, n => RatioEstimator.Estimate(per100.AsSpan(0, n), stateYears.AsSpan(0, n)))));
        }
        if (traces.Count == 0) yield break;
        string runs = PlotFrame.RunsNote(results.RunsPerRegime(), results.Regimes.Count);
        var allCounts = traces.SelectMany(t => t.Points.Select(p => p.N)).Distinct().Order().ToArray();

        var estimate = PlotFrame.Create("Does the war-onset rate settle as runs accumulate?",
            $"Estimate from the first n runs, band: 95% CI; {runs}", "Runs used, n (log scale)", "War onsets per 100 state-years");
        foreach (var (regime, index, points) in traces)
        {
            var xs = points.Select(p => Math.Log10(p.N)).ToArray();
            var color = RegimeStyle.ColorOf(regime, index);
            var band = estimate.Add.FillY(xs, points.Select(p => p.Value.Low).ToArray(), points.Select(p => p.Value.High).ToArray());
            band.FillStyle.Color = color.WithAlpha(0.2);
            band.LineStyle.Width = 0;
            var line = estimate.Add.Scatter(xs, points.Select(p => p.Value.Estimate).ToArray(), color);
            line.LineWidth = 2;
            line.MarkerSize = 6;
            line.LegendText = traces.Count > 1 ? RegimeStyle.Label(regime) : "Estimate (band: 95% interval)";
        }
        LogTicks(estimate, allCounts);
        estimate.ShowLegend(Alignment.UpperRight);
        var final = traces.Select(t => $"{RegimeStyle.Label(t.Regime)}: {t.Points[^1].Value.Estimate:F3} ± {t.Points[^1].HalfWidth:F3} with {t.Points[^1].N:N0} runs");
        yield return new Figure("convergence_estimate", "Convergence of the war-onset rate",
            $"The rate {MetricNames.WarOnsetsPer100StateYears} recomputed from the first n runs. " + string.Join("; ", final) + ". "
            + "The ± and the band are Monte Carlo error alone (the runs' spread around their mean), which more runs shrink; "
            + "where runs draw parameters from a posterior, summary.csv's interval also holds the parameters' uncertainty, which no number of runs shrinks.", estimate);

        var width = PlotFrame.Create("How fast does the uncertainty shrink?",
            $"95% CI half-width of the war-onset rate; dashed line: 1/√n; {runs}",
            "Runs used, n (log scale)", "95% CI half-width (per 100 state-years, log scale)");
        ScottPlot.Plottables.Scatter? reference = null;
        foreach (var (regime, index, points) in traces)
        {
            var usable = points.Where(p => p.HalfWidth > 0).ToArray();
            if (usable.Length == 0) continue;
            var line = width.Add.Scatter(usable.Select(p => Math.Log10(p.N)).ToArray(), usable.Select(p => Math.Log10(p.HalfWidth)).ToArray(),
                RegimeStyle.ColorOf(regime, index));
            line.LineWidth = 2;
            line.MarkerSize = 6;
            line.LegendText = $"{RegimeStyle.Label(regime)} (slope {Convergence.HalfWidthSlope(points):F2})";
            // One reference line is enough to read the slope against; one per regime would only clutter.
            if (reference is not null) continue;
            var last = usable[^1];
            reference = width.Add.ScatterLine(
                new[] { Math.Log10(usable[0].N), Math.Log10(last.N) },
                new[] { Math.Log10(last.HalfWidth * Math.Sqrt((double)last.N / usable[0].N)), Math.Log10(last.HalfWidth) });
            reference.Color = Colors.Black.WithAlpha(0.5);
            reference.LinePattern = LinePattern.Dashed;
            reference.LineWidth = 1;
        }
        LogTicks(width, allCounts);
        LogTicksY(width);
        width.ShowLegend(Alignment.UpperRight);
        yield return new Figure("convergence_halfwidth", "Shrinking uncertainty",
            "The interval half-width against the number of runs on log-log axes. A slope near −0.5 (the dashed 1/√n line) means "
            + "the Monte Carlo error behaves as theory says; quadrupling the runs halves it (not the parameters' uncertainty, "
            + "which a posterior adds to summary.csv's intervals).", width);
    }

    private static void LogTicks(Plot plot, IReadOnlyList<int> counts)
    {
        var nice = new[] { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000 }
            .Where(n => n >= counts[0] && n <= counts[^1]).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            nice.Select(n => Math.Log10(n)).ToArray(), nice.Select(n => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)).ToArray());
    }

    private static void LogTicksY(Plot plot)
    {
        var ticks = new List<double>();
        for (int e = -6; e <= 6; e++)
            foreach (double m in new[] { 1.0, 2.0, 5.0 })
                ticks.Add(m * Math.Pow(10, e));
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            ticks.Select(Math.Log10).ToArray(), ticks.Select(t => t.ToString("G3", System.Globalization.CultureInfo.InvariantCulture)).ToArray());
    }
}
#pragma warning restore RS0030
