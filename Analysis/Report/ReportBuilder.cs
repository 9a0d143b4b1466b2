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

    /// <summary>The figures and page of a folder whose digest and summary were just computed by the post-run pipeline.</summary>
    public static ReportOutcome Build(string resultsFolder, ResultsDigest digest, IReadOnlyList<Metric> metrics)
    {
        var results = ResultsFolder.Read(resultsFolder, digest, metrics);
        string plots = Path.Combine(resultsFolder, "plots");

        // Figures of an earlier report whose data has gone would otherwise linger beside the new ones.
        if (Directory.Exists(plots))
            foreach (var stale in Directory.EnumerateFiles(plots).Where(f => f.EndsWith(".png", StringComparison.Ordinal) || f.EndsWith(".svg", StringComparison.Ordinal)))
                File.Delete(stale);

        var saved = new List<(Figure, string)>();
        var files = new List<string>();
        foreach (var build in Builders)
            foreach (var figure in build(results))
            {
                var (png, svg) = FigureFile.Save(figure, plots);
                saved.Add((figure, png));
                files.Add(png);
                files.Add(svg);
            }

        string report = Path.Combine(resultsFolder, "report.html");
        AtomicFile.WriteAllText(report, HtmlPage.Render(results, saved));
        return new ReportOutcome(report, files, metrics);
    }
}
