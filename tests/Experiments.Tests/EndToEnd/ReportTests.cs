using Analysis.Results;
using Analysis.Plots;
using Analysis.Report;
using Analysis.Statistics;
using Analysis.Summary;
using SkiaSharp;

namespace Experiments.Tests.EndToEnd;

public sealed class ReportTests
{
    private static readonly string[] BaselineFigures =
    [
        "calibration", "active_wars", "active_civil_conflicts", "relapse_civil", "relapse_interstate", "convergence_estimate", "convergence_halfwidth",
    ];

    private const string ReportConfig = """
        name: report
        seed: 31337
        runs: 40
        regimes: [none]
        model:
          years: 100
        """;

    private string results = "";

    [OneTimeSetUp]
    public void RunSmallExperiment()
    {
        string work = Path.Combine(SimCli.ScratchRoot, "report-fixture");
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        Directory.CreateDirectory(work);
        results = Path.Combine(work, "out");
        var run = SimCli.Run("run", SimCli.WriteConfig(work, ReportConfig), "--out", results, "--quiet");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
    }

    [Test]
    public void Run_SmallExperiment_PlotsTheSimulatedYearsFromZero()
    {
        // Act
        var (label, ticks) = BottomAxis(Path.Combine(results, "plots", "active_wars.svg"));

        // Assert
        Assert.That(label, Is.EqualTo("Simulated year"));
        Assert.That(ticks[0], Is.EqualTo("0"), string.Join(" ", ticks));
    }

    [Test]
    public void Run_AbstractWorldWithABurnInAndEras_KeepsItsCalibrationFigureAndSimulatedYears()
    {
        // Arrange: no calendar (start year 0), so reported years count from the burn-in's end (20), with two eras of them.
        string work = SimCli.TempFolder("report-abstract-burn-in");
        string config = SimCli.WriteConfig(work, SimCli.SmallConfig.Replace("  years: 120", "  years: 120\n  calendar:\n    burn_in_years: 20\n    eras: \"20-79, 80-139\"", StringComparison.Ordinal));
        Assume.That(File.ReadAllText(config), Does.Contain("burn_in_years: 20"));
        string output = Path.Combine(work, "out");

        // Act
        var run = SimCli.Run("run", config, "-n", "10", "--out", output, "--quiet");

        // Assert: the record's targets over all its years (it has no era 1816-1914), and the years called simulated ones.
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        string plots = Path.Combine(output, "plots");
        Assert.That(File.Exists(Path.Combine(plots, "calibration.png")), Is.True, "the calibration figure");
        var (label, ticks) = BottomAxis(Path.Combine(plots, "active_wars.svg"));
        Assert.That(label, Is.EqualTo("Simulated year"));
        Assert.That(ticks.Select(t => int.Parse(t, System.Globalization.CultureInfo.InvariantCulture)), Is.All.InRange(20, 140), string.Join(" ", ticks));
    }

    /// <summary>
    /// A figure's bottom axis as its SVG writes it: the label (the first text after the legend's) and the tick labels after it,
    /// up to the next text that is not a number.
    /// </summary>
    internal static (string Label, string[] Ticks) BottomAxis(string svg)
    {
        var texts = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(svg), "<text[^>]*>([^<]*)</text>").Select(m => m.Groups[1].Value.Trim()).ToArray();
        int label = Array.FindIndex(texts, t => t is "Year" or "Simulated year");
        Assert.That(label, Is.GreaterThanOrEqualTo(0), svg + ": no year axis among " + string.Join(" | ", texts));
        var ticks = texts.Skip(label + 1).TakeWhile(t => t.Length > 0 && t.All(c => char.IsAsciiDigit(c) || c is ',' or '.' or '-')).ToArray();
        return (texts[label], ticks);
    }

    [Test]
    public void Run_SmallExperiment_WritesEveryApplicableFigureAsNonTrivialPngAndSvg()
    {
        // Arrange / Act: the fixture's run wrote the report.
        string plots = Path.Combine(results, "plots");

        // Assert
        Assert.That(Directory.GetFiles(plots).Select(Path.GetFileName).Order(),
            Is.EqualTo(BaselineFigures.SelectMany(f => new[] { f + ".png", f + ".svg" }).Order()));
        using (Assert.EnterMultipleScope())
        {
            foreach (var name in BaselineFigures)
            {
                using var bitmap = SKBitmap.Decode(Path.Combine(plots, name + ".png"));
                Assert.That(bitmap.Width, Is.EqualTo(900), name);
                Assert.That(DistinctColours(bitmap), Is.GreaterThan(20), name);
                Assert.That(File.ReadAllText(Path.Combine(plots, name + ".svg")), Does.Contain("<svg").And.Contain("<text"), name);
            }
        }
    }

    [Test]
    public void Run_SmallExperiment_ReportIsSelfContainedAndShowsEveryFigure()
    {
        // Act
        string html = File.ReadAllText(Path.Combine(results, "report.html"));

        // Assert
        Assert.That(html, Does.Not.Contain("http://").And.Not.Contain("https://"));
        Assert.That(html, Does.Contain("wars start per 100 state-years"));
        Assert.That(html, Does.Contain("war_onsets_per_100_state_years").And.Contain("config.yaml").And.Contain("seed"));
        foreach (var name in BaselineFigures)
            Assert.That(html, Does.Contain($"<figure id=\"{name}\">\n<img src=\"data:image/png;base64,"), name);
        Assert.That(System.Text.RegularExpressions.Regex.Matches(html, "<img ").Count, Is.EqualTo(BaselineFigures.Length));
        // Each caption opens with its figure's title as a sentence: a question keeps its mark alone (not "?.").
        var titles = System.Text.RegularExpressions.Regex.Matches(html, "<figcaption><b>([^<]*)</b>").Select(m => m.Groups[1].Value).ToArray();
        Assert.That(titles, Has.Length.EqualTo(BaselineFigures.Length));
        Assert.That(titles, Is.All.Match("[^.?][.?]$"));
        Assert.That(titles, Has.Some.EndsWith("?"), "the relapse figures' titles are questions");
    }

    // The provenance said "with this version reproduces these results" of a folder whose manifest says the build was dirty.
    [TestCase(false)]
    [TestCase(true)]
    public void Report_OfAFolderRunByADirtyBuild_SaysOnlyThatCodeReproducesIt(bool dirty)
    {
        string work = SimCli.TempFolder("dirty");
        foreach (var f in new[] { "runs.csv", "episodes.csv.gz", "yearly.csv", "config.yaml", "manifest.json" })
            File.Copy(Path.Combine(results, f), Path.Combine(work, f));
        string manifest = Path.Combine(work, "manifest.json");
        File.WriteAllText(manifest, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(manifest), "\"dirty\": (true|false)", $"\"dirty\": {(dirty ? "true" : "false")}"));

        var report = SimCli.Run("report", work, "--quiet");

        Assert.That(report.ExitCode, Is.Zero, report.Error);
        string html = File.ReadAllText(Path.Combine(work, "report.html"));
        Assert.That(html, Does.Contain("<th>dirty</th>"));
        Assert.That(html.Contains("had uncommitted changes to its commit", StringComparison.Ordinal), Is.EqualTo(dirty));
    }

    [Test]
    public void Report_BuiltTwice_WritesByteIdenticalFiles()
    {
        // Arrange
        string work = SimCli.TempFolder("twice");
        foreach (var f in new[] { "runs.csv", "episodes.csv.gz", "yearly.csv", "config.yaml", "manifest.json" })
            File.Copy(Path.Combine(results, f), Path.Combine(work, f));

        // Act
        var code = SimCli.Run("report", work, "--quiet");
        var first = Snapshot(work);
        var again = SimCli.Run("report", work, "--quiet");
        var second = Snapshot(work);

        // Assert
        Assert.That(code.ExitCode, Is.Zero, code.Error);
        Assert.That(again.ExitCode, Is.Zero, again.Error);
        Assert.That(second.Keys, Is.EqualTo(first.Keys));
        foreach (var (file, bytes) in first)
            Assert.That(second[file], Is.EqualTo(bytes), file);
        Assert.That(File.ReadAllBytes(Path.Combine(work, "summary.csv")), Is.EqualTo(File.ReadAllBytes(Path.Combine(results, "summary.csv"))));
    }

    [Test]
    public void Report_SobolDesignWithSensitivityDeletedOrCorrupted_RegeneratesEveryDerivedFileByteIdentical()
    {
        // Arrange: a small Sobol design, run without its report.
        string work = SimCli.TempFolder("sobol-report");
        string config = SimCli.WriteConfig(work, """
            name: sobol-report
            seed: 8
            runs: 3
            regimes: [none, un]
            model:
              years: 40
            design:
              kind: sobol
              samples: 4
              seed: 2
              parameters:
                model.crises.base_hazard: {min: 0.003, max: 0.004}
                model.world.great_powers: {min: 3, max: 7}
            """);
        string output = Path.Combine(work, "out");
        var run = SimCli.Run("run", config, "--out", output, "--quiet", "--no-report");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var original = new[] { "summary.csv", "targets.csv", "sensitivity.csv", "manifest.json" }.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(output, f)));
        Assert.That(File.ReadAllLines(Path.Combine(output, "sensitivity.csv")), Has.Length.GreaterThan(1));

        foreach (var damage in new Action[]
                 {
                     () => File.Delete(Path.Combine(output, "sensitivity.csv")),
                     () => File.WriteAllText(Path.Combine(output, "sensitivity.csv"), "regime,metric\nun,stale\n"),
                 })
        {
            damage();
            File.WriteAllText(Path.Combine(output, "summary.csv"), "stale\n");
            File.Delete(Path.Combine(output, "targets.csv"));

            // Act
            var report = SimCli.Run("report", output, "--quiet");

            // Assert
            Assert.That(report.ExitCode, Is.Zero, report.Error);
            foreach (var (file, bytes) in original)
                Assert.That(File.ReadAllBytes(Path.Combine(output, file)), Is.EqualTo(bytes), file);
            Assert.That(File.Exists(Path.Combine(output, "report.html")), Is.True);
            Assert.That(File.Exists(Path.Combine(output, "runs.parquet")), Is.False, "parquet only when the config asks for it");
        }
    }

    [Test]
    public void Report_NonNumericCellInRuns_ExitsOneWithOneLineNamingFileLineAndColumn()
    {
        // Arrange
        string work = SimCli.TempFolder("bad-cell");
        foreach (var f in new[] { "runs.csv", "episodes.csv.gz" })
            File.Copy(Path.Combine(results, f), Path.Combine(work, f));
        var lines = File.ReadAllLines(Path.Combine(work, "runs.csv"));
        int column = Array.IndexOf(lines[0].Split(','), "interstate_wars");
        var cells = lines[3].Split(',');
        cells[column] = "many";
        lines[3] = string.Join(',', cells);
        File.WriteAllText(Path.Combine(work, "runs.csv"), string.Join('\n', lines) + "\n");

        // Act
        var result = SimCli.Run("report", work);

        // Assert
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(result.Error, Does.Contain("runs.csv:4").And.Contain("interstate_wars").And.Contain("'many'"));
    }

    [Test]
    public void Report_NotAResultsFolder_ExitsTwoWithOneLine()
    {
        // Arrange
        string empty = SimCli.TempFolder("empty");

        // Act
        var result = SimCli.Run("report", empty);

        // Assert
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(result.Error, Does.Contain("not a results folder"));
    }

    [Test]
    public void MetricFigures_RegimeMetricsPresent_DrawWarsPreventedAndMechanisms()
    {
        // Arrange: the regime metrics a later change adds to summary.csv, attached to this folder's real metrics.
        var metrics = SummaryBuilder.Build(ResultsDigest.Read(results)).ToList();
        metrics.Add(new Metric(0, "none", MetricFigures.WarsPreventedShare, new Interval(0.25, 0.2, 0.3), 40));
        metrics.Add(new Metric(0, "none", MetricFigures.CrisesPreventedByPrefix + "mediation", new Interval(0.1, 0.08, 0.12), 40));
        var folder = ResultsFolder.Read(results, ResultsDigest.Read(results), metrics);

        // Act
        var figures = MetricFigures.Build(folder).ToArray();

        // Assert
        Assert.That(figures.Select(f => f.Name), Is.EqualTo(new[] { "wars_prevented", "crises_prevented_by_mechanism" }));
        Assert.That(figures[0].Caption, Does.Contain("25.0%"));
        string plots = SimCli.TempFolder("metric-figures");
        foreach (var f in figures)
            Assert.That(new FileInfo(FigureFile.Save(f, plots).Png).Length, Is.GreaterThan(10_000), f.Name);
    }

    [Test]
    public void Headline_RegimesWithPreventedWars_NamesTheBestRegimeWithItsInterval()
    {
        // Arrange
        var metrics = SummaryBuilder.Build(ResultsDigest.Read(results)).ToList();
        metrics.Add(new Metric(0, "concert", MetricFigures.WarsPreventedShare, new Interval(0.12, 0.08, 0.16), 40));
        metrics.Add(new Metric(0, "un", MetricFigures.WarsPreventedShare, new Interval(0.30, 0.25, 0.35), 40));
        var folder = ResultsFolder.Read(results, ResultsDigest.Read(results), metrics);

        // Act
        string text = string.Join(" ", Headline.Sentences(folder));

        // Assert
        Assert.That(text, Does.Contain("wars start per 100 state-years"));
        Assert.That(text, Does.Contain("The United Nations prevents the most wars: 30% of the baseline's wars (95% CI 25% to 35%)"));
        Assert.That(text, Does.Contain("clearly ahead of the Concert of Europe (12%)"));
    }

    [Test]
    public void Run_NoReportThenForce_SkipsTheReportAndForceClearsOnlySimsPlots()
    {
        // Arrange
        string work = SimCli.TempFolder("no-report");
        string config = SimCli.WriteConfig(work, ReportConfig);
        string output = Path.Combine(work, "out");
        SimCli.Run("run", config, "--out", output, "--runs", "5", "--quiet");
        File.WriteAllText(Path.Combine(output, "plots", "mine.png"), "a file sim did not write");
        File.WriteAllText(Path.Combine(output, "notes.csv.partial"), "a file sim did not write");

        // Act
        var again = SimCli.Run("run", config, "--out", output, "--runs", "5", "--quiet", "--force", "--no-report");

        // Assert
        Assert.That(again.ExitCode, Is.Zero, again.Error);
        Assert.That(Directory.GetFiles(Path.Combine(output, "plots")).Select(Path.GetFileName), Is.EqualTo(new[] { "mine.png" }), "sim's figures gone, the user's kept");
        Assert.That(File.Exists(Path.Combine(output, "notes.csv.partial")), Is.True, "a foreign .partial is kept");
        Assert.That(File.Exists(Path.Combine(output, "report.html")), Is.False);
        Assert.That(File.Exists(Path.Combine(output, "summary.csv")), Is.True);
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".png", StringComparison.Ordinal) || f.EndsWith(".svg", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    internal static int DistinctColours(SKBitmap bitmap)
    {
        var colours = new HashSet<SKColor>();
        for (int y = 0; y < bitmap.Height; y += 3)
            for (int x = 0; x < bitmap.Width; x += 3)
                colours.Add(bitmap.GetPixel(x, y));
        return colours.Count;
    }
}
