namespace Experiments.Tests.EndToEnd;

public sealed class BenchmarkTests
{
    [Test]
    public void Benchmark_FloorSeconds_PrintsTheEngineTimeAsAMultipleOfTheFloor()
    {
        var result = BenchmarkSmall("benchmark", "--runs", "4", "--floor-seconds", "0.5");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Out, Does.Contain("the floor's command for this work: ./floor 4 1 120 40 5 3 "));
        var machine = result.Out.Split('\n').Single(l => l.StartsWith($"machine: {Environment.ProcessorCount} cores; vector loops: ", StringComparison.Ordinal));
        Assert.That(machine.Split("vector loops: ")[1], Is.EqualTo(Simulator.Numerics.PortableMath.VectorLoops), "the width this machine's runs take (and their manifests record)");
        var line = result.Out.Split('\n').Single(l => l.StartsWith("floor: 0.50 s for the same work; the engine takes ", StringComparison.Ordinal));
        var threads = result.Out.Split('\n').Single(l => l.StartsWith($"{Environment.ProcessorCount} threads: ", StringComparison.Ordinal));
        double engine = double.Parse(threads.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        double ratio = double.Parse(line.Split("takes ")[1].Split('x')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(ratio, Is.EqualTo(engine / 0.5).Within(0.02), "the all-core time over the floor's");
    }

    [Test]
    public void Benchmark_Repeat_ReportsTheLeastOfTheRepeatsWithTheirMedianAndMost()
    {
        var result = BenchmarkSmall("benchmark-repeat", "--runs", "2", "--repeat", "3");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var lines = result.Out.Split('\n');
        double least = NsPerDyadYear(lines.Single(l => l.StartsWith("1 thread: ", StringComparison.Ordinal)));
        var repeats = lines.Single(l => l.StartsWith("  the least of 3 repeats; median ", StringComparison.Ordinal));
        double median = double.Parse(repeats.Split("median ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        double most = double.Parse(repeats.Split("most ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(least, Is.LessThanOrEqualTo(median));
        Assert.That(median, Is.LessThanOrEqualTo(most));
    }

    [Test]
    public void Benchmark_Against_PrintsEachAlternatingRoundAndTheMedianOfTheirRatios()
    {
        string folder = SimCli.TempFolder("benchmark-against");
        string small = SimCli.WriteConfig(folder, SimCli.SmallConfig);
        string other = Path.Combine(folder, "other.yaml");
        File.WriteAllText(other, SimCli.SmallConfig.Replace("years: 120", "years: 60", StringComparison.Ordinal));
        Assume.That(File.ReadAllText(other), Is.Not.EqualTo(SimCli.SmallConfig), "the second config differs");

        var result = SimCli.Run("benchmark", small, "--against", other, "--runs", "2", "--repeat", "1");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var lines = result.Out.Split('\n');
        var rounds = lines.Where(l => l.StartsWith("round ", StringComparison.Ordinal)).ToArray();
        Assert.That(rounds, Has.Length.EqualTo(3), "at least three rounds, whatever --repeat says");
        var ratios = rounds.Select(l =>
        {
            double a = double.Parse(l.Split(": ")[1].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            double b = double.Parse(l.Split(", ")[1].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            double printed = double.Parse(l.Split(": ")[^1].TrimEnd('x'), System.Globalization.CultureInfo.InvariantCulture);
            // The costs are printed to 0.1 ns, the ratio to 0.001: the ratio of the printed costs is as far off as their rounding.
            Assert.That(printed, Is.EqualTo(a / b).Within(0.0005 + 1.01 * (0.05 / b + 0.05 * a / (b * b))), l);
            return printed;
        }).Order().ToArray();
        var summary = lines.Single(l => l.Contains(" per relevant dyad-year (median of 3 rounds, ", StringComparison.Ordinal));
        double median = double.Parse(summary.Split(" costs ")[1].Split('x')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(median, Is.EqualTo(ratios[1]));
    }

    [Test]
    public void Benchmark_PrintsTheCostPerStateYearWithTheRelevantDyadsAState()
    {
        var result = BenchmarkSmall("benchmark-state-years", "--runs", "2");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var lines = result.Out.Split('\n');
        double perDyadYear = NsPerDyadYear(lines.Single(l => l.StartsWith("1 thread: ", StringComparison.Ordinal)));
        var line = lines.Single(l => l.Contains(" ns per state-year (", StringComparison.Ordinal));
        double perStateYear = double.Parse(line.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        double dyadsAState = double.Parse(line.Split(" ns per state-year (")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        // 40 states, 5 of them great powers: each great power's 39 pairs are relevant (185 pairs, 4.6 a state; as
        // conquests thin the world, 4 a state at the least), and no world has more than (states - 1) / 2 pairs a state.
        Assert.That(dyadsAState, Is.InRange(4.0, 19.5), "relevant dyad-years over state-years, the burn-in's and the reported years' alike");
        Assert.That(perStateYear, Is.EqualTo(perDyadYear * dyadsAState).Within(0.05 * dyadsAState + 0.005 * perDyadYear + 0.05),
            "the same time over state-years (each number printed rounded)");
    }

    [Test]
    public void Benchmark_Against_PrintsBothConfigsCostPerStateYear()
    {
        string folder = SimCli.TempFolder("benchmark-against-states");
        string small = SimCli.WriteConfig(folder, SimCli.SmallConfig);
        string calendar = Path.Combine(folder, "calendar.yaml");
        File.WriteAllText(calendar, SimCli.CalendarConfig("calendar", 7, 2));

        var result = SimCli.Run("benchmark", calendar, "--against", small, "--runs", "1", "--repeat", "1");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var line = result.Out.Split('\n').Single(l => l.StartsWith("per state-year: calendar.yaml ", StringComparison.Ordinal));
        var parts = System.Text.RegularExpressions.Regex.Match(line,
            @"^per state-year: calendar\.yaml ([0-9.]+) ns \(([0-9.]+) relevant dyads a state\), \S+ ([0-9.]+) ns \(([0-9.]+)\): ([0-9.]+)x \(median of 3 rounds, ([0-9.]+)-([0-9.]+)\)$");
        Assert.That(parts.Success, Is.True, line);
        double Number(int group) => double.Parse(parts.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);
        // The calendar world's great powers (5-8) each have a pair with every state, its states a few neighbours each.
        Assert.That(Number(2), Is.InRange(4.0, 20.0), "the calendar world's relevant dyads a state");
        Assert.That(Number(4), Is.InRange(4.0, 19.5), "the 40-state world's");
        Assert.That(Number(1), Is.GreaterThan(0));
        Assert.That(Number(3), Is.GreaterThan(0));
        double median = Number(5);
        double[] range = [Number(6), Number(7)];
        Assert.That(median, Is.InRange(range[0], range[1]), "the median of the rounds' ratios lies within their range");
    }

    [Test]
    public void Benchmark_AgainstWithFloorSeconds_ExitsTwoNamingBoth()
    {
        var result = SimCli.Run("benchmark", "--runs", "1", "--against", "x.yaml", "--floor-seconds", "2");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Out + result.Error);
        Assert.That(result.Error, Does.Contain("--floor-seconds").And.Contain("--against"));
    }

    [Test]
    public void Benchmark_AgainstAMissingConfig_ExitsTwoNamingIt()
    {
        var result = SimCli.Run("benchmark", "--runs", "1", "--against", "no-such-config.yaml");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Out + result.Error);
        Assert.That(result.Error, Does.Contain("no-such-config.yaml"));
    }

    /// <summary>`sim benchmark` of the small config, written to a fresh folder.</summary>
    private static (int ExitCode, string Out, string Error) BenchmarkSmall(string folder, params string[] options) =>
        SimCli.Run(["benchmark", SimCli.WriteConfig(SimCli.TempFolder(folder), SimCli.SmallConfig), .. options]);

    private static double NsPerDyadYear(string line) =>
        double.Parse(line.Split(" ns per relevant dyad-year")[0].Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture);

    [TestCase("--repeat", "0")]
    [TestCase("--repeat", "1.5")]
    [TestCase("--floor-seconds", "0")]
    [TestCase("--floor-seconds", "NaN")]
    public void Benchmark_OptionOutOfRange_ExitsTwoNamingIt(string option, string value)
    {
        var result = SimCli.Run("benchmark", "--runs", "1", option, value);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Out + result.Error);
        Assert.That(result.Error, Does.Contain(option));
    }
}
