using Experiments.Configuration;
using Simulator.Parameters;
using static Experiments.Tests.Configuration.ConfigTestSupport;

namespace Experiments.Tests.Configuration;

[TestFixture]
public sealed class ConfigWriterTests
{
    [Test]
    public void ToYaml_Defaults_RoundTrips()
    {
        // Arrange
        var config = new ExperimentConfig();

        // Act
        var parsed = Parse(ConfigWriter.ToYaml(config));

        // Assert
        Assert.That(parsed, Is.EqualTo(config));
    }

    [Test]
    public void ToYaml_ChangedConfig_RoundTrips()
    {
        // Arrange
        var model = new ModelParameters
        {
            Years = 123,
            World = new WorldParameters { States = 77, GrowthDrift = -0.1234567890123 },
            Crises = new CrisisParameters { BaseHazard = 1e-7 },
            Civil = new CivilParameters { DeathsScale = 1e9 },
            Bargaining = new BargainingParameters { Intercept = 0.1 + 0.2 },
        };
        var config = new ExperimentConfig { Name = "sweep-7", Seed = ulong.MaxValue, Runs = 3, Regimes = ["collective", "none"], Model = model };

        // Act
        var parsed = Parse(ConfigWriter.ToYaml(config));

        // Assert
        Assert.That(parsed, Is.EqualTo(config));
    }

    [Test]
    public void ToYaml_Defaults_WritesEveryParameterWithItsDescription()
    {
        // Act
        var yaml = ConfigWriter.ToYaml(new ExperimentConfig());

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(yaml, Does.Match(@"\n    states: 40 +# Number of sovereign states at the start\.\n"));
            string hazard = new Simulator.Parameters.CrisisParameters().BaseHazard.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(yaml, Does.Match($@"\n    base_hazard: {System.Text.RegularExpressions.Regex.Escape(hazard)} +# "));
            Assert.That(yaml, Does.Contain("\nname: default "));
            Assert.That(yaml, Does.Contain("\nregimes: [none] "));
            Assert.That(yaml, Does.Contain("\nmodel:\n  years: 200 "));
            foreach (var parameter in ParameterCatalog.Describe())
            {
                var key = parameter.Path[(parameter.Path.LastIndexOf('.') + 1)..];
                Assert.That(yaml, Does.Contain($" {key}: {parameter.Default} "), parameter.Path);
            }
        });
    }

    [Test]
    public void ToYaml_AnyConfig_UsesLfAndIsDeterministic()
    {
        // Arrange
        var config = new ExperimentConfig { Runs = 11 };

        // Act
        var first = ConfigWriter.ToYaml(config);
        var second = ConfigWriter.ToYaml(config with { });

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(second));
            Assert.That(first, Does.Not.Contain("\r"));
            Assert.That(first, Does.EndWith("\n"));
        });
    }

    [Test]
    public void ToYaml_SectionsFollowDeclarationOrder()
    {
        // Act
        var yaml = ConfigWriter.ToYaml(new ExperimentConfig());

        // Assert
        var positions = new[] { "\nname:", "\nseed:", "\nruns:", "\nregimes:", "\nmodel:", "\n  world:", "\n  alliances:", "\n  crises:", "\n  bargaining:", "\n  war:", "\n  civil:" }
            .Select(k => yaml.IndexOf(k, StringComparison.Ordinal))
            .ToArray();
        Assert.That(positions, Is.Ordered.And.All.GreaterThanOrEqualTo(0));
    }

    [Test]
    public void ToYaml_NumericLookingName_IsQuotedAndRoundTrips()
    {
        // Arrange
        var config = new ExperimentConfig { Name = "2026" };

        // Act
        var yaml = ConfigWriter.ToYaml(config);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(yaml, Does.Contain("name: \"2026\""));
            Assert.That(Parse(yaml), Is.EqualTo(config));
        });
    }
}
