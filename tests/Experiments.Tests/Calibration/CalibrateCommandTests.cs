using Experiments.Tests.EndToEnd;

namespace Experiments.Tests.Calibration;

/// <summary>
/// <c>sim calibrate</c> end to end on a tiny calibration (3 particles, 10 proposals, 2 generations, 2 runs of a
/// short calendar world): the posterior is byte-identical at any thread count, sharded or whole, resumed or not;
/// test targets never move it; a bad config is one line and exit 2.
/// </summary>
public class CalibrateCommandTests
{
    // The history world with a 20-year burn-in and only the historical schedule (eras as history.yaml's).
    private const string BaseYaml = """
        name: tiny_history
        seed: 1
        runs: 2
        regimes: [historical]
        model:
          years: 200
          calendar: {start_year: 1816, burn_in_years: 20, follow_record: true, eras: "1816-1914, 1919-1939, 1946-1989, 1990-2007, 2008-2015"}
          un: {cold_war_years: 44, post_cold_war_years: 18}
        schedules:
          historical: {1816: concert, 1914: none, 1920: league, 1940: none, 1946: un}
        """;

    private static string CalibrationYaml(string extra = "") => $"""
        name: tiny
        base: base.yaml
        arm: historical
        seed: 5
        population: 3
        proposals: 10
        generations: 2
        runs: 2
        {extra}
        parameters:
          model.crises.base_hazard: {"{prior: log_uniform, min: 0.002, max: 0.009}"}
          model.civil.base_hazard: {"{prior: log_uniform, min: 0.01, max: 0.046}"}
        """;

    private static readonly string[] Tables = ["posterior.csv", "generations.csv", "distances.csv", "fit.csv", "identification.csv"];

    private static string Config(string folder, string extra = "")
    {
        SimCli.WriteConfig(folder, BaseYaml, "base.yaml");
        return SimCli.WriteConfig(folder, CalibrationYaml(extra), "calibration.yaml");
    }

    private static void Calibrate(params string[] args)
    {
        var (code, _, error) = SimCli.Run(["calibrate", .. args, "--quiet", "--no-report"]);
        Assert.That(code, Is.Zero, error);
    }

    private static Dictionary<string, string> Read(string folder) => Tables.ToDictionary(t => t, t => File.ReadAllText(Path.Combine(folder, t)));

    [Test]
    public void Calibrate_ThreadsShardsAndResume_ByteIdenticalTables()
    {
        string dir = SimCli.TempFolder("cal");
        string config = Config(dir);
        string one = Path.Combine(dir, "one"), two = Path.Combine(dir, "two"), sharded = Path.Combine(dir, "sharded"), resumed = Path.Combine(dir, "resumed");

        Calibrate(config, "--out", one, "--threads", "1");
        Calibrate(config, "--out", two, "--threads", "2");
        for (int g = 0; g < 2; g++)
            foreach (var shard in new[] { "1/2", "0/2" })
                Calibrate(config, "--out", sharded, "--generation", g.ToString(System.Globalization.CultureInfo.InvariantCulture), "--shard", shard, "--threads", "1");
        Calibrate(config, "--out", sharded);
        Calibrate(config, "--out", resumed, "--threads", "2");
        // An interruption in the last generation: its second block and every table lost; the rerun picks up the rest.
        File.Delete(Path.Combine(resumed, "generations", "g01", "block-00001.csv"));
        foreach (var t in Tables) File.Delete(Path.Combine(resumed, t));
        Calibrate(config, "--out", resumed, "--threads", "1");

        var expected = Read(one);
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllLines(Path.Combine(one, "posterior.csv")), Has.Length.EqualTo(4), "a header and 3 particles");
            Assert.That(File.ReadLines(Path.Combine(one, "posterior.csv")).First(), Is.EqualTo("particle,weight,model.crises.base_hazard,model.civil.base_hazard"),
                "the format sim run's posterior reader expects");
            Assert.That(File.ReadLines(Path.Combine(one, "posterior.csv")).Skip(1).Sum(l => double.Parse(l.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture)),
                Is.EqualTo(1).Within(1e-12));
            Assert.That(Read(two), Is.EqualTo(expected), "2 threads");
            Assert.That(Read(sharded), Is.EqualTo(expected), "sharded 2 ways per generation, then assembled");
            Assert.That(Read(resumed), Is.EqualTo(expected), "interrupted and resumed");
        });
    }

    [Test]
    public void Calibrate_TestTargetRecordChanged_SamePosterior()
    {
        string dir = SimCli.TempFolder("cal");
        string record = File.ReadAllText(Path.Combine(DocsTests.RepositoryRoot(), "data", "record", "targets.csv"));
        File.WriteAllText(Path.Combine(dir, "targets.csv"), record);
        // sf05 (1990-2007 war onsets, use=test) from 9 to 90.
        string changed = record.Replace("sf05,COW inter-state war onsets,1990-2007,9,", "sf05,COW inter-state war onsets,1990-2007,90,", StringComparison.Ordinal);
        Assert.That(changed, Is.Not.EqualTo(record));
        File.WriteAllText(Path.Combine(dir, "targets_changed.csv"), changed);
        string original = Path.Combine(dir, "original"), moved = Path.Combine(dir, "moved");
        Directory.CreateDirectory(original);
        Directory.CreateDirectory(moved);

        Calibrate(Config(original, "targets: ../targets.csv"), "--out", Path.Combine(original, "out"));
        Calibrate(Config(moved, "targets: ../targets_changed.csv"), "--out", Path.Combine(moved, "out"));

        string Table(string folder, string name) => File.ReadAllText(Path.Combine(folder, "out", name));
        Assert.Multiple(() =>
        {
            Assert.That(Table(moved, "posterior.csv"), Is.EqualTo(Table(original, "posterior.csv")));
            Assert.That(Table(moved, "generations.csv"), Is.EqualTo(Table(original, "generations.csv")));
            Assert.That(Table(moved, "fit.csv"), Is.Not.EqualTo(Table(original, "fit.csv")), "the prediction is still reported against the changed record");
            Assert.That(Table(moved, "fit.csv"), Does.Contain("sf05,,COW inter-state war onsets,1990-2007,test,90,"));
        });
    }

    [TestCase("population: 3", "population: 1", "population: '1' is not allowed; allowed: an integer from 2 to 100000")]
    [TestCase("proposals: 10", "proposals: 2", "proposals: 2 is fewer than the population (3)")]
    [TestCase("arm: historical", "arm: imaginary", "arm: 'imaginary' is not a regime or schedule of base.yaml")]
    [TestCase("model.civil.base_hazard:", "model.civil.no_such_rate:", "parameters.model.civil.no_such_rate: not a model parameter")]
    [TestCase("min: 0.01,", "min: 0,", "parameters.model.civil.base_hazard: a log_uniform prior with min 0")]
    [TestCase("runs: 2", "runs: 2\nthreads: 4", "threads: unknown key")]
    public void Calibrate_BadConfig_OneLineAndExitTwo(string from, string to, string message)
    {
        string dir = SimCli.TempFolder("bad");
        string config = Config(dir);
        File.WriteAllText(config, File.ReadAllText(config).Replace(from, to, StringComparison.Ordinal));

        var (code, output, error) = SimCli.Run("calibrate", config, "--out", Path.Combine(dir, "out"));

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), error);
            Assert.That(error, Does.StartWith("sim: " + config + ":"));
            Assert.That(error, Does.Contain(message));
            Assert.That(output, Is.Empty);
        });
    }
}
