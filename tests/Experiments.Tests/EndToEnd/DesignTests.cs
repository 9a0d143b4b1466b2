using Parquet;

namespace Experiments.Tests.EndToEnd;

public sealed class DesignTests
{
    private const string SobolConfig = """
        name: sobol
        seed: 3
        runs: 6
        regimes: [none, un]
        model:
          years: 60
        design:
          kind: sobol
          samples: 4
          seed: 5
          parameters:
            model.crises.base_hazard: {min: 0.003, max: 0.004}
            model.bargaining.intercept: {min: -3.2, max: -2.6}
            model.world.great_powers: {min: 3, max: 7}
        output: parquet
        """;

    [Test]
    public void Run_SobolDesignOnThreeParameters_RunsEndToEndAndIsReproducible()
    {
        string work = SimCli.TempFolder("sobol");
        string config = SimCli.WriteConfig(work, SobolConfig);

        var first = SimCli.Run("run", config, "--out", Path.Combine(work, "a"), "--quiet");
        var second = SimCli.Run("run", config, "--out", Path.Combine(work, "b"), "--quiet", "--no-report", "--threads", "1");

        Assert.That(first.ExitCode, Is.Zero, first.Error);
        Assert.That(second.ExitCode, Is.Zero, second.Error);
        var points = File.ReadAllLines(Path.Combine(work, "a", "points.csv"));
        Assert.That(points, Has.Length.EqualTo(1 + 4 * (3 + 2)), "Saltelli: N(d+2) points and a header");
        Assert.That(points[0], Is.EqualTo("point,model.crises.base_hazard,model.bargaining.intercept,model.world.great_powers"));
        Assert.That(points.Skip(1).Select(l => double.Parse(l.Split(',')[3])), Has.All.InRange(3, 7).And.All.Matches<double>(v => v == Math.Round(v)));
        var runs = File.ReadAllLines(Path.Combine(work, "a", "runs.csv"));
        Assert.That(runs, Has.Length.EqualTo(1 + 20 * 2 * 6));
        foreach (var file in new[] { "points.csv", "runs.csv", "episodes.csv.gz", "yearly.csv", "summary.csv", "sensitivity.csv" })
            Assert.That(File.ReadAllBytes(Path.Combine(work, "b", file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(work, "a", file))), file);
        var sensitivity = File.ReadAllLines(Path.Combine(work, "a", "sensitivity.csv"));
        Assert.That(sensitivity.Count(l => l.StartsWith("un,war_onsets_per_100_state_years,", StringComparison.Ordinal)), Is.EqualTo(6), "first and total order for 3 parameters");
        // The report draws the sweep: each outcome against each parameter, and the Sobol indices.
        var plots = Directory.GetFiles(Path.Combine(work, "a", "plots")).Select(Path.GetFileName).ToArray();
        Assert.That(plots, Does.Contain("sobol_war_onsets_per_100_state_years.png").And.Contain("sobol_war_onsets_per_100_state_years.svg"));
        Assert.That(plots, Does.Contain("sweep_war_onsets_per_100_state_years_world_great_powers.png"));
        string report = File.ReadAllText(Path.Combine(work, "a", "report.html"));
        Assert.That(report, Does.Contain("sobol_war_onsets_per_100_state_years"));
        // Its summary: the headline outcomes, a row per point, not every metric of every point (summary.csv has those).
        string summary = report[report.IndexOf("<h2>Summary</h2>", StringComparison.Ordinal)..report.IndexOf("<h2>Provenance</h2>", StringComparison.Ordinal)];
        Assert.That(summary, Does.Contain("<h3>War onsets per 100 state-years</h3>").And.Contain("<h3>Civil relapse within 10 years (%)</h3>"));
        Assert.That(summary.Split("<tr><td class=\"num\">").Length - 1, Is.EqualTo(3 * 20), "three outcomes, a row for each of the 20 points");
        Assert.That(summary, Does.Not.Contain("design point 1<"));
        // Its reading says that the point-0 sentences read one point, and what the sweep shows.
        string lead = report[report.IndexOf("<div class=\"lead\">", StringComparison.Ordinal)..report.IndexOf("</div>", StringComparison.Ordinal)];
        Assert.That(lead, Does.Contain("This is a sweep of 20 design points over 3 parameters (crises.base_hazard, bargaining.intercept, world.great_powers)"));
        Assert.That(lead, Does.Match("Across the 20 points the United Nations prevents from -?[0-9.]+%( \\(more wars than the baseline\\))? at point [0-9]+ to -?[0-9.]+% at point [0-9]+ of the baseline(&#39;|')s wars, at the middle 80% of points from"));
        Assert.That(lead, Does.Match("by total-order Sobol index it depends most on|no parameter(&#39;|')s total-order Sobol index clears the Monte Carlo noise floor"));
        Assert.That(lead, Does.Contain("histories per regime at each design point"));
    }

    [Test]
    public void Run_GridDesign_VariesTheParameterAcrossPoints()
    {
        string work = SimCli.TempFolder("grid");
        string config = SimCli.WriteConfig(work, """
            name: grid
            runs: 30
            regimes: [none]
            model:
              years: 80
            design:
              kind: grid
              parameters:
                model.crises.base_hazard: {min: 0.002, max: 0.006, steps: 3}
            """);

        var result = SimCli.Run("run", config, "--out", Path.Combine(work, "out"), "--quiet", "--no-report");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var rates = File.ReadAllLines(Path.Combine(work, "out", "summary.csv"))
            .Where(l => l.Contains(",crises_per_100_state_years,")).Select(l => double.Parse(l.Split(',')[3])).ToArray();
        Assert.That(rates, Has.Length.EqualTo(3));
        Assert.That(rates[0], Is.LessThan(rates[1]));
        Assert.That(rates[1], Is.LessThan(rates[2]));
    }

    [Test]
    public void Run_YearlyFirstPoint_KeepsDesignPointZerosYearlyStatisticsAndNothingElseChanges()
    {
        string work = SimCli.TempFolder("yearly-first");
        const string grid = """
            name: grid
            runs: 8
            regimes: [none, un]
            model:
              years: 40
            design:
              kind: grid
              parameters:
                model.crises.base_hazard: {min: 0.002, max: 0.006, steps: 3}
            """;
        string every = SimCli.WriteConfig(work, grid, "every.yaml"), first = SimCli.WriteConfig(work, grid + "\nyearly: first_point\n", "first.yaml");

        var a = SimCli.Run("run", every, "--out", Path.Combine(work, "every"), "--quiet", "--no-report");
        var b = SimCli.Run("run", first, "--out", Path.Combine(work, "first"), "--quiet", "--no-report");

        Assert.That(a.ExitCode, Is.Zero, a.Error);
        Assert.That(b.ExitCode, Is.Zero, b.Error);
        // Point 0's yearly rows are the same; the other points have none.
        foreach (var file in new[] { "yearly.csv", "yearly_counts.csv" })
        {
            var all = File.ReadAllLines(Path.Combine(work, "every", file));
            var kept = File.ReadAllLines(Path.Combine(work, "first", file));
            Assert.That(all.Skip(1).Select(l => l.Split(',')[0]).Distinct(), Is.EquivalentTo(new[] { "0", "1", "2" }), file);
            Assert.That(kept, Is.EqualTo(all.Where(l => l.StartsWith("point,", StringComparison.Ordinal) || l.StartsWith("0,", StringComparison.Ordinal))), file);
        }
        foreach (var file in new[] { "runs.csv", "episodes.csv.gz", "summary.csv", "points.csv" })
            Assert.That(File.ReadAllBytes(Path.Combine(work, "first", file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(work, "every", file))), file);
        Assert.That(File.ReadAllText(Path.Combine(work, "first", "config.yaml")), Does.Contain("yearly: first_point"));
        Assert.That(File.ReadAllText(Path.Combine(work, "every", "config.yaml")), Does.Not.Contain("yearly:"), "the default is not written: older configs keep their bytes");
    }

    [Test]
    public async Task Run_OutputParquet_WritesRunsAndEpisodesReadableWithTheSameRows()
    {
        string work = SimCli.TempFolder("parquet");
        string config = SimCli.WriteConfig(work, SobolConfig);
        SimCli.Run("run", config, "--out", Path.Combine(work, "out"), "--quiet", "--no-report");

        foreach (var table in new[] { "runs", "episodes" })
        {
            var csv = SimCli.CsvText(Path.Combine(work, "out", table == "episodes" ? "episodes.csv.gz" : table + ".csv")).TrimEnd('\n').Split('\n');
            await using var reader = await ParquetReader.CreateAsync(Path.Combine(work, "out", table + ".parquet"));
            long rows = 0;
            var runField = reader.Schema.DataFields.Single(f => f.Name == "run");
            var runs = new List<long?>();
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                rows += group.RowCount;
                var values = new long?[group.RowCount];
                await group.ReadAsync<long>(runField, values.AsMemory());
                runs.AddRange(values);
            }
            Assert.That(rows, Is.EqualTo(csv.Length - 1), table);
            int runColumn = Array.IndexOf(csv[0].Split(','), "run");
            Assert.That(runs, Is.EqualTo(csv.Skip(1).Select(l => (long?)long.Parse(l.Split(',')[runColumn]))), table);
        }
    }

    [TestCase("design:\n  kind: sobol\n  parameters:\n    model.world.statez: {min: 1, max: 2}\n", ":4:", "design.parameters.model.world.statez")]
    [TestCase("design:\n  kind: grid\n  parameters:\n    model.crises.base_hazard: {min: 0.5, max: 2}\n", ":4:", "design.parameters.model.crises.base_hazard.max")]
    [TestCase("design:\n  kind: cubes\n", ":2:", "design.kind")]
    [TestCase("output: excel\n", ":1:", "output")]
    [TestCase("yearly: some_points\n", ":1:", "yearly", "every_point, first_point")]
    public void Check_BadDesign_ExitsTwoNamingTheKey(string yaml, params string[] mentions)
    {
        string work = SimCli.TempFolder("bad-design");
        string config = SimCli.WriteConfig(work, yaml, "bad.yaml");

        var result = SimCli.Run("check", config);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Out);
        Assert.That(result.Error.TrimEnd('\n'), Does.Not.Contain('\n'));
        foreach (var m in mentions) Assert.That(result.Error, Does.Contain(m));
    }
}
