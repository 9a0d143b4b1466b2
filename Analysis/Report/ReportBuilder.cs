using Analysis.Files;
using Analysis.Results;
using Analysis.Plots;
using Analysis.Summary;

namespace Analysis.Report;

/// <summary>
/// Draws plots/ (PNG and SVG of every figure whose data exists) and report.html of a results
/// folder, from its digest and summary; the post-run pipeline (Experiments) calls it last.
/// </summary>
public static class ReportBuilder
{
    /// <summary>The figure builders in report order; each yields nothing when its data is absent.</summary>
    private static readonly Func<ResultsFolder, IEnumerable<Figure>>[] Builders =
    [
        MetricFigures.Build, CalibrationFigure.Build, HistoryFigures.Build, ActivityFigures.Build, RelapseFigures.Build, CollapseFigure.Build, ConvergenceFigures.Build,
        SweepFigures.Build,
    ];

    /// <summary>
    /// The figures and page of a folder whose digest and summary were just computed by the post-run pipeline.
    /// Deletes nothing: the caller removes figures of an earlier report it knows it drew, and hears of every
    /// figure file through <paramref name="written"/> before any is written (they are then drawn on every core).
    /// </summary>
    public static ReportOutcome Build(string resultsFolder, ResultsDigest digest, IReadOnlyList<Metric> metrics, Action<string>? written = null)
    {
        var results = ResultsFolder.Read(resultsFolder, digest, metrics);
        string plots = Path.Combine(resultsFolder, "plots");

        // Laying a figure out is quick; drawing it (PNG and SVG) is the report's cost, so the figures are drawn on every
        // core, each into its own files (a figure's bytes do not depend on what else is drawn: FigureFile). Every file is
        // listed before any is written, so Sim can always tell its files from others.
        var figures = Builders.SelectMany(build => build(results)).ToList();
        foreach (var figure in figures)
        {
            written?.Invoke(Path.Combine(plots, figure.Name + ".png"));
            written?.Invoke(Path.Combine(plots, figure.Name + ".svg"));
        }
        var drawn = new (string Png, string Svg)[figures.Count];
        Parallel.For(0, figures.Count, k =>
        {
            drawn[k] = FigureFile.Save(figures[k], plots);
            FaultPoint.Hit("report.figure");
        });
        var saved = figures.Select((figure, k) => (figure, drawn[k].Png)).ToList();
        var files = drawn.SelectMany(d => new[] { d.Png, d.Svg }).ToList();

        string report = Path.Combine(resultsFolder, "report.html");
        AtomicFile.WriteAllText(report, HtmlPage.Render(results, saved));
        return new ReportOutcome(report, files, metrics);
    }
}
