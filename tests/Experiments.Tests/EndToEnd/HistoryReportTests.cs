using SkiaSharp;

namespace Experiments.Tests.EndToEnd;

/// <summary>A tiny calendar experiment (1816-2015, eras, two schedules): the history figures and the record's table in report.html.</summary>
public sealed class HistoryReportTests
{
    private static readonly string[] HistoryFigures = ["war_onsets_by_decade", "wars_prevented_by_era"];

    private static readonly string CalendarConfig = SimCli.CalendarConfig("history-report", seed: 1816, runs: 8);

    private string results = "";
    private string html = "";

    [OneTimeSetUp]
    public void RunTinyCalendarExperiment()
    {
        string work = Path.Combine(SimCli.ScratchRoot, "history-report-fixture");
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        Directory.CreateDirectory(work);
        results = Path.Combine(work, "out");
        var run = SimCli.Run("run", SimCli.WriteConfig(work, CalendarConfig), "--out", results, "--quiet");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        html = File.ReadAllText(Path.Combine(results, "report.html"));
    }

    [Test]
    public void Run_CalendarExperiment_WritesTheHistoryFiguresAsNonTrivialPngAndSvg()
    {
        // Arrange
        string plots = Path.Combine(results, "plots");

        // Assert
        using (Assert.EnterMultipleScope())
        {
            foreach (var name in HistoryFigures)
            {
                using var bitmap = SKBitmap.Decode(Path.Combine(plots, name + ".png"));
                Assert.That(bitmap.Width, Is.EqualTo(900), name);
                Assert.That(ReportTests.DistinctColours(bitmap), Is.GreaterThan(20), name);
                Assert.That(File.ReadAllText(Path.Combine(plots, name + ".svg")), Does.Contain("<svg").And.Contain("<text"), name);
                Assert.That(html, Does.Contain($"<figure id=\"{name}\">\n<img src=\"data:image/png;base64,"), name);
            }
            Assert.That(File.ReadAllText(Path.Combine(plots, "war_onsets_by_decade.svg")), Does.Contain("record (COW, era average)"));
            Assert.That(html, Does.Contain("1816-1914: 39 wars (sf02)").And.Contain("1990-2007: 9 wars (sf05, test)"));
        }
    }

    [Test]
    public void Run_CalendarExperiment_PlotsOverTheCalendarYears()
    {
        // Arrange
        string plots = Path.Combine(results, "plots");
        Assume.That(File.Exists(Path.Combine(plots, "regime_collapse_years.svg")), "some regime collapsed in the tiny experiment");

        // Assert: "Year", then its ticks, all within 1816-2015 and written as years (1900, not 1,900): not 0-2015.
        using (Assert.EnterMultipleScope())
        {
            foreach (var name in new[] { "active_wars", "active_civil_conflicts", "regime_collapse_years" })
            {
                var (label, ticks) = ReportTests.BottomAxis(Path.Combine(plots, name + ".svg"));
                Assert.That(label, Is.EqualTo("Year"), name);
                Assert.That(ticks, Has.Length.GreaterThanOrEqualTo(5), name);
                Assert.That(ticks.Select(t => int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int y) ? y : -1),
                    Is.All.InRange(1816, 2015), name + ": " + string.Join(" ", ticks));
            }
        }
    }

    [Test]
    public void Run_CalendarExperiment_CalibrationFigureHoldsTheEra1816To1914ToTheRecord()
    {
        // Arrange: the baseline's war onsets per 100 state-years over 1816-1914, as summary.csv has them.
        var era = File.ReadAllLines(Path.Combine(results, "summary.csv"))
            .Select(l => l.Split(',')).Single(f => f[1] == "none" && f[2] == "war_onsets_per_100_state_years@1816-1914");
        double simulated = double.Parse(era[3], System.Globalization.CultureInfo.InvariantCulture);

        // Assert: the figure's caption gives that value, not the one over all the run's years (1816-2015).
        Assert.That(html, Does.Contain("Each dot is a simulated quantity over the calendar years 1816-1914 divided by its historical value")
            .And.Contain($"War onsets per 100 state-years 1.09 (simulated {simulated.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)})"));
    }

    [Test]
    public void Run_CalendarExperiment_DrawsEachScheduleInOneColourInEveryFigure()
    {
        // Arrange: the colours of the lines under way (every regime: none and the two schedules) and of the mechanisms' bars
        // (the schedules alone: the balance of power has no mechanism).
        string plots = Path.Combine(results, "plots");
        string[] Colours(string file, string attribute) => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(Path.Combine(plots, file)), attribute + "=\"(#[0-9A-Fa-f]{6})\"")
            .Select(m => m.Groups[1].Value.ToUpperInvariant()).Distinct().ToArray();
        var lines = Colours("active_wars.svg", "stroke");
        var bars = Colours("crises_prevented_by_mechanism.svg", "fill").Where(c => c is not ("#010101" or "#000000" or "#FFFFFF")).ToArray();

        // Assert: a bar drawn in a colour that no regime's line has would be a schedule coloured by its place among the bars.
        Assert.That(bars, Has.Length.EqualTo(2));
        Assert.That(bars, Is.SubsetOf(lines));
    }

    [Test]
    public void Run_CalendarExperiment_DrawsTheRegimesMedianLinesWidestFirst()
    {
        // Act: the three regimes' median lines (the record's dashed steps are 2.5 wide, the frame's lines 1).
        string svg = File.ReadAllText(Path.Combine(results, "plots", "war_onsets_by_decade.svg"));
        var widths = System.Text.RegularExpressions.Regex.Matches(svg, "stroke-width=\"([0-9.]+)\"")
            .Select(m => Math.Round(double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 2))
            .Where(w => w is not (1 or 2.5)).Distinct().ToArray();

        // Assert: in the order drawn, each narrower than the last: where the regimes' medians coincide (common random
        // numbers), the lines drawn first show at the edges of the ones drawn over them.
        Assert.That(widths, Is.EqualTo(new[] { 4.4, 3.2, 2 }));
    }

    [Test]
    public void Run_CalendarExperiment_ReportSetsTheRecordsTargetsBesideEachRegime()
    {
        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain("<h2 id=\"record\">The historical record</h2>"));
            foreach (var regime in new[] { "none", "historical", "un_from_1816" })
                Assert.That(html, Does.Contain($"<table class=\"record\" data-regime=\"{regime}\">"), regime);
            // An era count against its Poisson band, a test target marked as such, a share against its Wilson band.
            Assert.That(html, Does.Match("<tr><td>sf02</td><td>COW inter-state war onsets</td><td class=\"nowrap\">1816-1914</td><td class=\"use train\">train</td>"
                                         + "<td class=\"num\">39</td><td class=\"num\">27.7 to 53.3</td><td class=\"num\">[0-9.]+</td>"
                                         + "<td class=\"num\">\\[[0-9.]+, [0-9.]+\\]</td><td>(inside|<b>outside</b>)</td></tr>"));
            Assert.That(html, Does.Contain("<tr><td>sf05</td><td>COW inter-state war onsets</td><td class=\"nowrap\">1990-2007</td><td class=\"use test\"><b>test</b></td>"));
            Assert.That(html, Does.Contain("<tr><td>sf24</td><td>MIDs reaching war</td><td class=\"nowrap\">1816-1914</td><td class=\"use train\">train</td><td class=\"num\">10.4%</td><td class=\"num\">7.8 to 13.8%</td>"));
            Assert.That(html, Does.Match("measured targets inside their band \\(train [0-9]+/[0-9]+, test [0-9]+/[0-9]+\\)"));
            Assert.That(html, Does.Contain("sf58 militarized disputes (MIDs) per year, 1816-1853 (train): not measured (1816-1853 is not one of this run&#39;s eras"));
            Assert.That(html, Does.Contain("sf52 ").And.Contain("no peacekeeping budget"));
            // Quantities from eras.csv, not summary.csv: with follow_record the system size is the record's (36 a year 1816-1914).
            Assert.That(html, Does.Match("<tr><td>sf59</td>.*?<td class=\"num\">36[.][0-9]</td>.*?<td>inside</td></tr>"));
            Assert.That(html, Does.Match("<tr><td>sf19</td>.*?<td class=\"num\">[0-9.]+</td><td class=\"num\">\\[[0-9.]+, [0-9.]+\\]</td>"));
            Assert.That(html, Does.Match("<p>Against the historical record, simulated values inside the record&#39;s tolerance band: Balance of power \\(none\\) [0-9]+ of [0-9]+ \\([0-9]+ of 4 held-back test targets\\);"));
        }
    }

    [Test]
    public void Run_CalendarExperiment_WritesTheRecordsTableAsData()
    {
        // Act
        var rows = File.ReadAllLines(Path.Combine(results, "targets.csv"));

        // Assert: the report's table, one row per (regime, target part), with the band and the simulated interval.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows[0], Is.EqualTo("regime,target,part,quantity,period,use,record,band_low,band_high,estimate,ci_low,ci_high,inside,metric"));
            var sf02 = rows.Single(r => r.StartsWith("historical,sf02,")).Split(',');
            Assert.That(sf02[4..7], Is.EqualTo(new[] { "1816-1914", "train", "39" }));
            Assert.That(double.Parse(sf02[7], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(27.73).Within(0.01));
            double estimate = double.Parse(sf02[9], System.Globalization.CultureInfo.InvariantCulture);
            double low = double.Parse(sf02[10], System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(low, Is.LessThanOrEqualTo(estimate));
            Assert.That(sf02[12], Is.EqualTo(estimate is >= 27.73 and <= 53.32 ? "true" : "false"));
            Assert.That(rows.Count(r => r.StartsWith("none,sf05,") && r.Contains(",test,")), Is.EqualTo(1));
            Assert.That(html, Does.Contain("sf58 militarized disputes"), "unmeasured targets stay in the report only");
            Assert.That(rows.Any(r => r.Contains(",sf58,")), Is.False);
        }
    }

    [Test]
    public void Run_CalendarExperiment_UnitingForPeaceHasNoValueWithoutACouncil()
    {
        var rows = File.ReadAllLines(Path.Combine(results, "targets.csv"));

        // Regime none has no Security Council: it read "0 [0, 0] outside", as if the UN had failed the target.
        Assert.That(rows.Single(r => r.StartsWith("none,sf61,")), Does.EndWith(",,,,,no ufp_sessions_since_1946 for this regime"));
        Assert.That(rows.Single(r => r.StartsWith("historical,sf61,")).Split(',')[9], Is.Not.Empty);
    }

    [Test]
    public void Report_CalendarFolderRebuilt_GivesTheSamePage()
    {
        // Arrange
        string work = SimCli.TempFolder("history-rebuilt");
        foreach (var f in new[] { "runs.csv", "episodes.csv.gz", "eras.csv", "yearly.csv", "config.yaml", "manifest.json" })
            File.Copy(Path.Combine(results, f), Path.Combine(work, f));

        // Act
        var report = SimCli.Run("report", work, "--quiet");

        // Assert
        Assert.That(report.ExitCode, Is.Zero, report.Error);
        Assert.That(File.ReadAllText(Path.Combine(work, "report.html")), Is.EqualTo(html));
    }

    [Test]
    public void Run_AbstractWorld_ShowsOnlyTheWholeRunTargetsAndNoHistoryFigures()
    {
        // Arrange
        string work = SimCli.TempFolder("abstract");
        string config = SimCli.WriteConfig(work, """
            name: abstract
            seed: 5
            runs: 8
            regimes: [none]
            model:
              years: 60
            """);
        string output = Path.Combine(work, "out");

        // Act
        var run = SimCli.Run("run", config, "--out", output, "--quiet");
        string page = File.ReadAllText(Path.Combine(output, "report.html"));

        // Assert
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        using (Assert.EnterMultipleScope())
        {
            foreach (var name in HistoryFigures)
                Assert.That(File.Exists(Path.Combine(output, "plots", name + ".png")), Is.False, name);
            Assert.That(page, Does.Contain("<table class=\"record\" data-regime=\"none\">"));
            Assert.That(page, Does.Contain("<tr><td>sf30</td>"));
            Assert.That(page, Does.Not.Contain("<tr><td>sf02</td>"));
            Assert.That(page, Does.Contain("sf02 COW inter-state war onsets, 1816-1914 (train): not measured (a count over a stretch of real history: needs a calendar run"));
        }
    }
}
