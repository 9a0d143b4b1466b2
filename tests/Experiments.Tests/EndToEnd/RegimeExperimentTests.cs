using Analysis.Results;
using Simulator.Regimes;

namespace Experiments.Tests.EndToEnd;

public sealed class RegimeExperimentTests
{
    private const string CustomConfig = """
        name: counterfactual
        seed: 7
        runs: 60
        regimes: [none, un, un_without_veto, concert_with_peacekeeping]
        model:
          years: 120
        custom_regimes:
          un_without_veto:
            base: un
            remove: [veto]
          concert_with_peacekeeping:
            base: concert
            add: [peacekeeping]
            model:
              concert:
                polarisation_drag: 0
        """;

    [Test]
    public void Run_CustomRegimesDefinedInYaml_RunAndAreLabelledByNameInEveryOutput()
    {
        string work = SimCli.TempFolder("custom");
        string config = SimCli.WriteConfig(work, CustomConfig);
        string output = Path.Combine(work, "out");

        var result = SimCli.Run("run", config, "--out", output, "--quiet");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        foreach (var file in new[] { "runs.csv", "episodes.csv.gz", "yearly.csv", "summary.csv" })
        {
            var text = SimCli.CsvText(Path.Combine(output, file));
            Assert.That(text, Does.Contain(",un_without_veto,"), file);
            Assert.That(text, Does.Contain(",concert_with_peacekeeping,"), file);
        }
        var summary = File.ReadAllLines(Path.Combine(output, "summary.csv"));
        foreach (var regime in new[] { "un", "un_without_veto", "concert_with_peacekeeping" })
        {
            var row = summary.Single(l => l.StartsWith($"0,{regime},wars_prevented_share,", StringComparison.Ordinal)).Split(',');
            Assert.That(double.Parse(row[4]), Is.LessThanOrEqualTo(double.Parse(row[3])), "ci_low <= estimate");
            Assert.That(double.Parse(row[5]), Is.GreaterThanOrEqualTo(double.Parse(row[3])), "ci_high >= estimate");
        }
        var runs = ResultTable.Read(Path.Combine(output, "runs.csv"));
        var noVeto = runs.Rows.Where(r => r[runs.Column("regime")] == "un_without_veto").Sum(r => int.Parse(r[runs.Column("vetoes")]));
        var withPko = runs.Rows.Where(r => r[runs.Column("regime")] == "concert_with_peacekeeping").Sum(r => int.Parse(r[runs.Column("pko_deployed")]));
        Assert.That(noVeto, Is.Zero, "the veto was removed");
        Assert.That(withPko, Is.GreaterThan(0), "peacekeeping was added");
    }

    [Test]
    public void Check_CustomRegime_RoundTripsThroughTheResolvedConfig()
    {
        string work = SimCli.TempFolder("custom-check");
        string config = SimCli.WriteConfig(work, CustomConfig);

        var first = SimCli.Run("check", config);
        string resolved = SimCli.WriteConfig(work, first.Out, "resolved.yaml");
        var second = SimCli.Run("check", resolved);

        Assert.That(first.ExitCode, Is.Zero, first.Error);
        Assert.That(second.Out, Is.EqualTo(first.Out));
        Assert.That(first.Out, Does.Contain("remove: [veto]"));
        Assert.That(first.Out, Does.Contain("polarisation_drag: 0"));
    }

    [TestCase("custom_regimes:\n  x:\n    base: un\n    remove: [vetoo]\n", ":4:", "custom_regimes.x.remove", "veto")]
    [TestCase("custom_regimes:\n  x:\n    base: nato\n", ":3:", "custom_regimes.x.base", "un")]
    [TestCase("custom_regimes:\n  un:\n    base: un\n", ":2:", "custom_regimes.un", "built-in")]
    [TestCase("regimes: [none, y]\ncustom_regimes:\n  x:\n    base: un\n", ":1:", "regimes[1]", "x")]
    [TestCase("custom_regimes:\n  x:\n    base: un\n    model:\n      years: 50\n", ":5:", "custom_regimes.x.model.years", "200")]
    public void Run_BadCustomRegime_ExitsTwoNamingTheKey(string yaml, params string[] mentions)
    {
        string work = SimCli.TempFolder("custom-bad");
        string config = SimCli.WriteConfig(work, yaml, "bad.yaml");

        var result = SimCli.Run("check", config);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error.TrimEnd('\n'), Does.Not.Contain('\n'));
        foreach (var m in mentions) Assert.That(result.Error, Does.Contain(m));
    }
}
