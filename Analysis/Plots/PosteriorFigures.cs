using Analysis.Calibration;
using ScottPlot;

namespace Analysis.Plots;

/// <summary>
/// Figures of a calibration: each parameter's weighted posterior histogram across its prior range, the
/// posterior's scatter for each pair of parameters, and each target's posterior predictive interval on
/// the scale of its tolerance (the band is −1 to 1), train and test apart.
/// </summary>
public static class PosteriorFigures
{
    private const int Bins = 20;

    public static IEnumerable<Figure> Build(CalibrationFit fit)
    {
        foreach (var p in fit.Parameters) yield return Marginal(fit, p);
        for (int a = 0; a < fit.Parameters.Count; a++)
            for (int b = a + 1; b < fit.Parameters.Count; b++)
                yield return Pair(fit, fit.Parameters[a], fit.Parameters[b]);
        yield return Targets(fit);
    }

    private static string Axis(PosteriorMarginal p) => p.LogScale ? $"ln {p.Path}" : p.Path;

    private static string Short(PosteriorMarginal p) => p.Path.StartsWith("model.", StringComparison.Ordinal) ? p.Path["model.".Length..] : p.Path;

    private static Figure Marginal(CalibrationFit fit, PosteriorMarginal p)
    {
        double lo = p.Working(p.Min), hi = p.Working(p.Max), width = (hi - lo) / Bins;
        var mass = new double[Bins];
        for (int i = 0; i < p.Values.Count; i++)
            mass[Math.Clamp((int)((p.Working(p.Values[i]) - lo) / width), 0, Bins - 1)] += fit.Weights[i];
        var plot = PlotFrame.Create($"Posterior of {Short(p)}", $"{p.Values.Count} weighted particles; dashed: the prior",
            Axis(p), "Share of posterior weight");
        for (int k = 0; k < Bins; k++)
        {
            var bar = plot.Add.Rectangle(lo + k * width, lo + (k + 1) * width, 0, mass[k]);
            bar.FillStyle.Color = Color.FromHex("#0072B2").WithAlpha(0.75);
            bar.LineStyle.Width = 0;
        }
        var prior = plot.Add.HorizontalLine(1.0 / Bins);
        prior.LinePattern = LinePattern.Dashed;
        prior.Color = Colors.Black;
        prior.LineWidth = 1;
        plot.Axes.SetLimits(lo, hi, 0, Math.Max(2.0 / Bins, mass.Max() * 1.1));
        string name = "posterior_" + Safe(p.Path);
        return new Figure(name, $"Posterior of {p.Path}",
            $"Weighted histogram of the final population over the prior's range [{Band.Format(p.Min)}, {Band.Format(p.Max)}]; the dashed line is the prior's share per bin. "
            + $"Posterior sd / prior sd (on the {(p.LogScale ? "log" : "natural")} scale): {fit.PosteriorSd(p) / p.PriorSd:F2}.", plot, 640, 380);
    }

    private static Figure Pair(CalibrationFit fit, PosteriorMarginal x, PosteriorMarginal y)
    {
        var plot = PlotFrame.Create($"{Short(x)} and {Short(y)}", "One dot per particle; size grows with its weight", Axis(x), Axis(y));
        double top = fit.Weights.Max();
        for (int i = 0; i < x.Values.Count; i++)
        {
            var dot = plot.Add.Marker(x.Working(x.Values[i]), y.Working(y.Values[i]));
            dot.Size = (float)(3 + 9 * Math.Sqrt(fit.Weights[i] / top));
            dot.Color = Color.FromHex("#0072B2").WithAlpha(0.6);
        }
        plot.Axes.SetLimits(x.Working(x.Min), x.Working(x.Max), y.Working(y.Min), y.Working(y.Max));
        return new Figure($"pair_{Safe(x.Path)}__{Safe(y.Path)}", $"Posterior of {x.Path} against {y.Path}",
            "The final population, axes spanning the priors: a ridge means the targets inform a combination of the two rather than each.", plot, 520, 460);
    }

    private static Figure Targets(CalibrationFit fit)
    {
        var plot = PlotFrame.Create("Targets: posterior predictive against the record",
            $"Grey: inside the band; dot: median, whisker: 5-95% over particles ({fit.RunsPerParticle} runs each); * test",
            "", "(simulated − record) / band half-width");
        var band = plot.Add.Rectangle(-0.5, fit.Targets.Count - 0.5, -1, 1);
        band.FillStyle.Color = Color.FromHex("#DDDDDD");
        band.LineStyle.Width = 0;
        for (int i = 0; i < fit.Targets.Count; i++)
        {
            var t = fit.Targets[i];
            var color = Color.FromHex(t.Record.Target.IsTest ? "#D55E00" : "#0072B2");
            double Signed(double v) => double.IsNaN(v) ? double.NaN : Math.Sign(v - TargetDistance.Centre(t.Record)) * Math.Min(TargetDistance.Of(t.Record, v), 12);
            double m = Signed(t.Median), lo = Signed(t.Low), hi = Signed(t.High);
            if (double.IsNaN(m)) continue;
            var line = plot.Add.Line(i, Math.Min(lo, hi), i, Math.Max(lo, hi));
            line.Color = color;
            line.LineWidth = 2;
            var dot = plot.Add.Marker(i, m);
            dot.Color = color;
            dot.Size = 8;
        }
        PlotFrame.Categories(plot, [.. fit.Targets.Select(t => t.Record.Label + (t.Record.Target.IsTest ? "*" : ""))]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 90;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 140; // room for the rotated labels ("sf51 (without PKO)")
        plot.Axes.SetLimits(-0.7, fit.Targets.Count - 0.3, -12.5, 12.5);
        return new Figure("calibration_targets", "Targets against the posterior predictive",
            "Blue: train targets (fitted); orange, starred: test targets (use=test, never in the distance), out-of-sample predictions. "
            + "Values beyond 12 half-widths are drawn at 12.", plot, 1100, 560);
    }

    private static string Safe(string path) => path.Replace("model.", "", StringComparison.Ordinal).Replace('.', '_');
}
