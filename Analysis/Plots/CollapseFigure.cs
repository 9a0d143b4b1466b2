using Analysis.Report;
using Analysis.Results;
using ScottPlot;

namespace Analysis.Plots;

/// <summary>When regimes collapse: a histogram of runs.csv's regime_collapse_year (empty when the regime survived).</summary>
internal static class CollapseFigure
{
    public const string Column = "regime_collapse_year";
    private const int BinYears = 10;

    public static IEnumerable<Figure> Build(ResultsFolder results)
    {
        int horizon = (int)results.Regimes.SelectMany(r => results.RunColumn(r, "years") ?? []).DefaultIfEmpty(0).Max();
        var collapsing = results.Regimes
            .Select((r, i) => (Regime: r, Index: i, Years: results.RunColumn(r, Column) ?? []))
            .Select(x => (x.Regime, x.Index, Total: x.Years.Length, Years: x.Years.Where(y => !double.IsNaN(y)).ToArray()))
            .Where(x => x.Years.Length > 0).ToArray();
        if (collapsing.Length == 0) yield break;
        var plot = PlotFrame.Create("When do security regimes collapse?",
            $"Runs whose regime collapsed, by {BinYears}-year period; {PlotFrame.RunsNote(results.RunsPerRegime(), results.Regimes.Count)}",
            "Simulated year of the collapse", "Runs (count)");
        int bins = Math.Max(1, (horizon + BinYears - 1) / BinYears);
        double width = (double)BinYears / collapsing.Length;
        var readings = new List<string>();
        for (int s = 0; s < collapsing.Length; s++)
        {
            var (regime, index, total, years) = collapsing[s];
            var counts = new int[bins];
            foreach (double y in years) counts[Math.Clamp((int)(y / BinYears), 0, bins - 1)]++;
            var bars = plot.Add.Bars(Enumerable.Range(0, bins).Select(b => new Bar
            {
                Position = b * BinYears + width * (s + 0.5), Value = counts[b], Size = width * 0.9,
                FillColor = RegimeStyle.ColorOf(regime, index).WithAlpha(0.8), LineWidth = 0,
            }).ToList());
            bars.LegendText = $"{RegimeStyle.Label(regime)}: {years.Length:N0} of {total:N0} runs";
            readings.Add($"{RegimeStyle.Label(regime)} collapsed in {years.Length:N0} of {total:N0} runs (median year {Median(years):F0})");
        }
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Alignment.UpperRight);
        yield return new Figure("regime_collapse_years", "Regime collapse years",
            "Runs in which the regime broke down, by the year it happened; runs where it survived to the horizon are not shown. "
            + string.Join("; ", readings) + ".", plot);
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return Statistics.Quantiles.R7(sorted, 0.5);
    }
}
