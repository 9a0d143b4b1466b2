using ScottPlot;

namespace Analysis.Plots;

/// <summary>The common look of every figure: embedded font, title with a subtitle line, labelled axes.</summary>
internal static class PlotFrame
{
    public static Plot Create(string title, string subtitle, string xLabel, string yLabel)
    {
        PlotFont.EnsureRegistered();
        var plot = new Plot();
        plot.Title($"{title}\n{subtitle}", size: 17);
        plot.Axes.Title.Label.FontName = PlotFont.Family;
        plot.XLabel(xLabel, size: 14);
        plot.YLabel(yLabel, size: 14);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 12;
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        plot.Grid.MajorLineColor = Color.FromHex("#E5E5E5");
        plot.Legend.FontSize = 12;
        plot.Legend.FontName = PlotFont.Family;
        return plot;
    }

    /// <summary>
    /// Years along the bottom axis: labelled "Year" for calendar years and "Simulated year" for a world without a
    /// calendar (its years count from 0, or from the end of its burn-in), without a thousands separator (1820, not 1,820).
    /// </summary>
    public static void YearAxis(Plot plot, bool calendar, string? label = null)
    {
        plot.XLabel(label ?? (calendar ? "Year" : "Simulated year"), size: 14);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("0", System.Globalization.CultureInfo.InvariantCulture) };
    }

    /// <summary>
    /// A category label on two lines when it is longer than <paramref name="width"/> characters, broken at the space
    /// nearest its middle: seven mechanisms' names side by side ran into each other ("Collective security pledgeGood offices").
    /// </summary>
    public static string Wrap(string label, int width = 14)
    {
        if (label.Length <= width) return label;
        int middle = label.Length / 2, best = -1;
        for (int i = 0; i < label.Length; i++)
            if (label[i] == ' ' && (best < 0 || Math.Abs(i - middle) < Math.Abs(best - middle))) best = i;
        return best < 0 ? label : label[..best] + "\n" + label[(best + 1)..];
    }

    /// <summary>
    /// The width of the <paramref name="index"/>-th of <paramref name="count"/> step lines: the first drawn widest, so
    /// where regimes run alike (common random numbers make whole stretches equal) each line shows at the edges of the
    /// ones drawn over it.
    /// </summary>
    public static float LayeredWidth(int index, int count) => 2 + 1.2f * (count - 1 - index);

    /// <summary>"300 runs" or "300 runs per regime".</summary>
    public static string RunsNote(int runs, int regimes) =>
        regimes > 1 ? $"{runs:N0} runs per regime" : $"{runs:N0} runs";

    /// <summary>Category labels under the x axis at 0, 1, 2, ...</summary>
    public static void Categories(Plot plot, IReadOnlyList<string> labels)
    {
        var positions = Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, labels.ToArray());
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
    }

    /// <summary>A step function drawn as horizontal treads and vertical risers: (xᵢ, yᵢ) holds until xᵢ₊₁.</summary>
    public static (double[] Xs, double[] Ys) Steps(IReadOnlyList<double> xs, IReadOnlyList<double> ys, double end)
    {
        var sx = new List<double>();
        var sy = new List<double>();
        for (int i = 0; i < xs.Count; i++)
        {
            double next = i + 1 < xs.Count ? xs[i + 1] : end;
            sx.Add(xs[i]);
            sy.Add(ys[i]);
            sx.Add(next);
            sy.Add(ys[i]);
        }
        return (sx.ToArray(), sy.ToArray());
    }
}
