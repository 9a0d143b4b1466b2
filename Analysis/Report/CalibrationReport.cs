using System.Globalization;
using System.Net;
using System.Text;
using Analysis.Calibration;
using Analysis.Files;
using Analysis.Plots;

namespace Analysis.Report;

/// <summary>
/// calibration.html: the fit report of <c>sim calibrate</c>, one self-contained page like report.html:
/// each target with its posterior predictive interval, record and band, train and test marked (test
/// targets as out-of-sample predictions); which parameters the targets identify; the generations; the
/// marginal and pairwise figures of the posterior.
/// </summary>
public static class CalibrationReport
{
    public const string FileName = "calibration.html";

    public static void Write(string folder, CalibrationFit fit, string configText)
    {
        var figures = PosteriorFigures.Build(fit).Select(f => (Figure: f, Png: FigureFile.Save(f, Path.Combine(folder, "plots")).Png)).ToArray();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append($"<title>Sim calibration: {E(fit.Name)}</title>\n<style>\n{HtmlPage.Style}</style>\n</head>\n<body>\n<main>\n")
            .Append($"<h1>Calibration: {E(fit.Name)}</h1>\n<p class=\"meta\">ABC-SMC of the arm <code>{E(fit.Arm)}</code>, seed {fit.Seed}, "
                    + $"{fit.Weights.Count} particles, {fit.RunsPerParticle} runs per particle, {fit.Generations.Count} generations.</p>\n");

        var train = fit.Targets.Where(t => !t.Record.Target.IsTest).ToArray();
        var outside = train.Where(t => t.Inside != true).Select(t => t.Record.Label).ToArray();
        var test = fit.Targets.Where(t => t.Record.Target.IsTest).ToArray();
        html.Append("<div class=\"lead\">\n")
            .Append($"<p>{train.Length - outside.Length} of {train.Length} train targets have their posterior predictive median inside the tolerance band"
                    + (outside.Length > 0 ? $"; outside: {E(string.Join(", ", outside))}." : ".") + "</p>\n")
            .Append($"<p>Out of sample (test targets, never in the distance): {test.Count(t => t.Inside == true)} of {test.Length} predicted inside the band"
                    + (test.Length > 0 ? $" ({E(string.Join(", ", test.Select(t => $"{t.Record.Label} {(t.Inside == true ? "inside" : "outside")}")))})." : ".") + "</p>\n")
            .Append("</div>\n");

        html.Append("<h2>Targets</h2>\n<table>\n<thead><tr><th>target</th><th>quantity</th><th>period</th><th>use</th><th>record</th><th>band</th><th>posterior predictive median [5%, 95%]</th><th>inside</th><th>why outside (a known limit of the model)</th></tr></thead>\n<tbody>\n");
        foreach (var t in fit.Targets)
        {
            string use = t.Record.Target.IsTest ? "test: out-of-sample prediction" : "train";
            html.Append($"<tr><td class=\"nowrap\">{E(t.Record.Label)}</td><td>{E(t.Record.Target.Quantity)}</td><td class=\"nowrap\">{E(t.Record.Period)}</td><td>{E(use)}</td>")
                .Append($"<td class=\"num\">{E(t.Record.RecordValue)}</td><td class=\"num\">{E(t.Record.Band.ToString())}</td>")
                .Append($"<td class=\"num\">{Band.Format(t.Median)} [{Band.Format(t.Low)}, {Band.Format(t.High)}]</td><td>{(t.Inside is { } i ? (i ? "yes" : "no") : "not measured")}</td>")
                .Append($"<td>{(t.Inside == false ? E(ModelLimits.For(t.Record.Target.Id) ?? "no known reason") : "")}</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");

        html.Append("<h2>Parameters</h2>\n<p>Identified: posterior sd below ")
            .Append(CalibrationFit.IdentifiedRatio.ToString(CultureInfo.InvariantCulture))
            .Append(" of the prior sd on the prior's scale (log for log-uniform priors). A parameter not identified is one the targets do not pin down: its posterior is about its prior.</p>\n")
            .Append("<table>\n<thead><tr><th>parameter</th><th>prior</th><th>posterior median [5%, 95%]</th><th>posterior sd / prior sd</th><th>identified</th></tr></thead>\n<tbody>\n");
        foreach (var p in fit.Parameters)
        {
            double ratio = fit.PosteriorSd(p) / p.PriorSd;
            html.Append($"<tr><td><code>{E(p.Path)}</code></td><td class=\"nowrap\">{(p.LogScale ? "log-uniform" : "uniform")} [{Band.Format(p.Min)}, {Band.Format(p.Max)}]</td>")
                .Append($"<td class=\"num\">{Band.Format(Statistics.WeightedSample.Quantile(p.Values, fit.Weights, 0.5))} [{Band.Format(Statistics.WeightedSample.Quantile(p.Values, fit.Weights, 0.05))}, {Band.Format(Statistics.WeightedSample.Quantile(p.Values, fit.Weights, 0.95))}]</td>")
                .Append($"<td class=\"num\">{ratio:F2}</td><td>{(ratio < CalibrationFit.IdentifiedRatio ? "yes" : "no")}</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");

        html.Append("<h2>Generations</h2>\n<table>\n<thead><tr><th>generation</th><th>tolerance ε (RMS distance)</th><th>accepted</th><th>proposals</th><th>effective sample size</th></tr></thead>\n<tbody>\n");
        foreach (var g in fit.Generations)
            html.Append($"<tr><td class=\"num\">{g.Generation}</td><td class=\"num\">{g.Epsilon:G4}</td><td class=\"num\">{g.Accepted}</td><td class=\"num\">{g.Proposals}</td><td class=\"num\">{g.EffectiveSampleSize:F1}</td></tr>\n");
        html.Append("</tbody>\n</table>\n");

        html.Append("<h2>Figures</h2>\n");
        foreach (var (figure, png) in figures)
            html.Append($"<figure id=\"{E(figure.Name)}\">\n<img src=\"data:image/png;base64,{Convert.ToBase64String(File.ReadAllBytes(png))}\" width=\"{figure.Width}\" height=\"{figure.Height}\" alt=\"{E(figure.Title)}\">\n")
                .Append($"<figcaption><b>{E(figure.TitleSentence)}</b> {E(figure.Caption)}</figcaption>\n</figure>\n");
        html.Append($"<h2>Config</h2>\n<pre>{E(configText)}</pre>\n</main>\n</body>\n</html>\n");
        AtomicFile.WriteAllText(Path.Combine(folder, FileName), html.ToString());
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
