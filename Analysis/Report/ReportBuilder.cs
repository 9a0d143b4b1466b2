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
    /// Deletes nothing: the caller removes figures of an earlier report it knows it drew, and hears of each
    /// figure file written through <paramref name="written"/>.
    /// </summary>
    public static ReportOutcome Build(string resultsFolder, ResultsDigest digest, IReadOnlyList<Metric> metrics, Action<string>? written = null)
    {
        var results = ResultsFolder.Read(resultsFolder, digest, metrics);
        string plots = Path.Combine(resultsFolder, "plots");

        var saved = new List<(Figure, string)>();
        var files = new List<string>();
        foreach (var build in Builders)
            foreach (var figure in build(results))
            {
                written?.Invoke(Path.Combine(plots, figure.Name + ".png"));
                written?.Invoke(Path.Combine(plots, figure.Name + ".svg"));
                var (png, svg) = FigureFile.Save(figure, plots);
                FaultPoint.Hit("report.figure");
                saved.Add((figure, png));
                files.Add(png);
                files.Add(svg);
            }

        string report = Path.Combine(resultsFolder, "report.html");
        AtomicFile.WriteAllText(report, HtmlPage.Render(results, saved));
        return new ReportOutcome(report, files, metrics);
    }
}
