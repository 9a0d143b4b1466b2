using System.Text.Json;
using Experiments.Commands;
using Experiments.Configuration;
using static Experiments.Tests.Configuration.ConfigTestSupport;

namespace Experiments.Tests.Configuration;

/// <summary>The declarations of <see cref="ExperimentKeys"/> and [Param] are what the loader, writer, describe and docs show.</summary>
[TestFixture]
public sealed class ExperimentKeysTests
{
    [Test]
    public void UnknownTopLevelKey_ListsTheDeclaredKeys()
    {
        // Act
        var error = ParseError("replications: 5\n", 1, "replications");

        // Assert
        Assert.That(error.Allowed, Is.EqualTo(string.Join(", ", ExperimentKeys.All.Select(k => k.Name))));
    }

    [Test]
    public void EveryDeclaredKey_IsAcceptedAndWrittenWhenItHasAValue()
    {
        // Arrange: a config that gives every key a value different from its default
        string posterior = Path.Combine(EndToEnd.SimCli.TempFolder("keys"), "p.csv");
        File.WriteAllText(posterior, "particle,weight,model.crises.base_hazard\n0,1,0.004\n");
        var config = Parse("""
            name: x
            seed: 3
            runs: 4
            regimes: [mine]
            model: {years: 9, calendar: {start_year: 1816}}
            custom_regimes: {mine: {base: none, add: [veto]}}
            schedules: {history: {1816: mine}}
            design: {kind: grid, parameters: {model.world.states: {min: 3, max: 5, steps: 2}}}
            output: parquet
            yearly: first_point

            """ + "parameters: " + posterior + "\n");

        // Act
        var yaml = ConfigWriter.ToYaml(config);

        // Assert
        var written = yaml.Split('\n').Where(l => l.Length > 0 && char.IsLetter(l[0])).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]);
        Assert.That(written, Is.EqualTo(ExperimentKeys.All.Select(k => k.Name)), "every key once, in declaration order");
    }

    [Test]
    public void Describe_ListsEveryDeclaredKeyAndParameterAndNothingElse()
    {
        // Act
        var lines = DescribeCommand.Text().Split('\n');

        // Assert
        var keyRows = lines.SkipWhile(l => !l.StartsWith("key ", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0).ToArray();
        var parameterRows = lines.SkipWhile(l => !l.StartsWith("parameter ", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0).ToArray();
        var parameters = ParameterCatalog.Describe();
        Assert.Multiple(() =>
        {
            Assert.That(keyRows, Has.Length.EqualTo(ExperimentKeys.All.Count));
            foreach (var (row, key) in keyRows.Zip(ExperimentKeys.All))
            {
                Assert.That(row, Does.StartWith(key.Name + " ").And.Contain(" " + key.Default + " ").And.Contain(key.Description).And.Contain(key.Allowed), key.Name);
            }

            Assert.That(parameterRows, Has.Length.EqualTo(parameters.Count));
            foreach (var (row, parameter) in parameterRows.Zip(parameters))
            {
                Assert.That(row, Does.StartWith(parameter.Path + " ").And.Contain(" " + parameter.Default + " ").And.EndWith(parameter.Meaning), parameter.Path);
            }
        });
        var mechanismRows = lines.SkipWhile(l => !l.StartsWith("Mechanisms, in the order", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0).ToArray();
        var counterRows = lines.SkipWhile(l => !l.StartsWith("run counters", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0).ToArray();
        Assert.That(mechanismRows.Select(r => r.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]), Is.EqualTo(Simulator.Regimes.MechanismCatalog.Names));
        Assert.That(counterRows.Select(r => r.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]), Is.EqualTo(Simulator.Observation.CounterRegistry.All.Select(c => c.Name)));
    }

    [Test]
    public void Markdown_HasOneRowPerDeclaredKeyAndParameter()
    {
        // Act
        var all = DescribeCommand.Markdown().Split('\n');
        // The calibration config's keys have their own section at the end (some share names with experiment keys).
        int calibrationSection = Array.FindIndex(all, l => l.StartsWith("## Calibration", StringComparison.Ordinal));
        var rows = all.Take(calibrationSection).Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToArray();
        var calibrationRows = all.Skip(calibrationSection).Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToArray();

        // Assert
        var parameters = ParameterCatalog.Describe();
        Assert.Multiple(() =>
        {
            foreach (var key in ExperimentKeys.All)
            {
                Assert.That(rows.Count(r => r.StartsWith($"| `{key.Name}` | ", StringComparison.Ordinal) && r.Contains(key.Default, StringComparison.Ordinal)), Is.EqualTo(1), key.Name);
            }

            foreach (var p in parameters)
            {
                var key = p.Path[(p.Path.LastIndexOf('.') + 1)..];
                Assert.That(rows.Count(r => r.StartsWith($"| `{key}` | `{p.Default}` | ", StringComparison.Ordinal) && r.EndsWith($" | {p.Meaning.Replace("|", "\\|", StringComparison.Ordinal)} |", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(1), p.Path);
            }

            foreach (var m in Simulator.Regimes.MechanismCatalog.All)
                Assert.That(rows.Count(r => r.StartsWith($"| `{m.Name}` | ", StringComparison.Ordinal) && r.Contains(m.Summary, StringComparison.Ordinal)), Is.EqualTo(1), m.Name);
            foreach (var c in Simulator.Observation.CounterRegistry.All)
                Assert.That(rows.Count(r => r == $"| `{c.Name}` | {c.Meaning} |"), Is.EqualTo(1), c.Name);

            var regimeRows = Simulator.Regimes.RegimeCatalog.BuiltInNames.Count();
            int declared = ExperimentKeys.All.Count + regimeRows + parameters.Count + Simulator.Regimes.MechanismCatalog.All.Length
                           + Simulator.Observation.CounterRegistry.All.Length;
            Assert.That(rows, Has.Length.EqualTo(declared), "no row that no declaration produced");
            Assert.That(calibrationRows.Select(r => r.Split('`')[1]), Is.EqualTo(Experiments.Calibration.CalibrationKeys.All.Select(k => k.Name)), "one row per calibration key");
        });
    }

    [Test]
    public void JsonPolicy_NamesCheckpointAndManifestFieldsAsBefore()
    {
        // Arrange: the names the files were written with when they used the BCL policy
        var names = typeof(Experiments.Running.Checkpoint).GetProperties().Concat(typeof(Experiments.Output.Manifest).GetProperties()).Select(p => p.Name);

        // Assert
        Assert.That(names.Select(Naming.JsonPolicy.ConvertName), Is.EqualTo(names.Select(JsonNamingPolicy.SnakeCaseLower.ConvertName)));
    }
}
