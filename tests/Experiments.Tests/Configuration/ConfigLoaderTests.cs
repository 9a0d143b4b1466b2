using Experiments.Configuration;
using Simulator.Parameters;
using static Experiments.Tests.Configuration.ConfigTestSupport;

namespace Experiments.Tests.Configuration;

[TestFixture]
public sealed class ConfigLoaderTests
{
    [TestCase("# only a comment\n")]
    [TestCase("{}\n")]
    [TestCase("---\n")]
    [TestCase("model:\n")]
    [TestCase("model:\n  world:\n")]
    public void Parse_EmptyOrCommentOnly_ReturnsDefaults(string yaml)
    {
        // Act
        var config = Parse(yaml);

        // Assert
        Assert.That(config, Is.EqualTo(new ExperimentConfig()));
    }

    [Test]
    public void Parse_Defaults_AreTheDocumentedOnes()
    {
        // Act
        var config = Parse("{}");

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(config.Name, Is.EqualTo("default"));
            Assert.That(config.Seed, Is.EqualTo(20261128UL));
            Assert.That(config.Runs, Is.EqualTo(2000));
            Assert.That(config.Regimes, Is.EqualTo(new[] { "none" }));
            Assert.That(config.Model, Is.EqualTo(new ModelParameters()));
        });
    }

    [Test]
    public void Parse_ValidConfig_BindsTopLevelValues()
    {
        // Arrange
        const string yaml = """
            name: big-run_2
            seed: 18446744073709551615
            runs: 10000000
            regimes: [collective, none]
            """;

        // Act
        var config = Parse(yaml);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(config.Name, Is.EqualTo("big-run_2"));
            Assert.That(config.Seed, Is.EqualTo(ulong.MaxValue));
            Assert.That(config.Runs, Is.EqualTo(10_000_000));
            Assert.That(config.Regimes, Is.EqualTo(new[] { "collective", "none" }));
        });
    }

    [Test]
    public void Parse_ValidConfig_BindsNestedRecordsAndKeepsOtherDefaults()
    {
        // Arrange
        const string yaml = """
            model:
              years: 150
              world:
                states: 60
                great_powers: 7
                growth_drift: -0.02
              crises:
                rivalry_half_life_years: 12.5
              bargaining:
                intercept: -3
                power_shift: 2e-1
            """;

        // Act
        var model = Parse(yaml).Model;

        // Assert
        var defaults = new ModelParameters();
        Assert.Multiple(() =>
        {
            Assert.That(model.Years, Is.EqualTo(150));
            Assert.That(model.World.States, Is.EqualTo(60));
            Assert.That(model.World.GreatPowers, Is.EqualTo(7));
            Assert.That(model.World.GrowthDrift, Is.EqualTo(-0.02));
            Assert.That(model.World.Neighbours, Is.EqualTo(defaults.World.Neighbours));
            Assert.That(model.Crises.RivalryHalfLifeYears, Is.EqualTo(12.5));
            Assert.That(model.Crises.BaseHazard, Is.EqualTo(defaults.Crises.BaseHazard));
            Assert.That(model.Bargaining.Intercept, Is.EqualTo(-3.0));
            Assert.That(model.Bargaining.PowerShift, Is.EqualTo(0.2));
            Assert.That(model.War, Is.EqualTo(defaults.War));
            Assert.That(model.Civil, Is.EqualTo(defaults.Civil));
            Assert.That(model.Alliances, Is.EqualTo(defaults.Alliances));
        });
    }

    [Test]
    public void Parse_BoundaryValues_AreAccepted()
    {
        // Arrange
        const string yaml = "runs: 1\nmodel:\n  world:\n    states: 2\n  alliances:\n    persistence: 1\n    client_propensity: 0\n";

        // Act
        var config = Parse(yaml);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(config.Runs, Is.EqualTo(1));
            Assert.That(config.Model.World.States, Is.EqualTo(2));
            Assert.That(config.Model.Alliances.Persistence, Is.EqualTo(1.0));
            Assert.That(config.Model.Alliances.ClientPropensity, Is.EqualTo(0.0));
        });
    }

    [Test]
    public void Parse_AnchorsAndAliases_AreResolved()
    {
        // Arrange
        const string yaml = "model:\n  war:\n    cost_per_year: &cost 0.05\n  civil:\n    cost_per_year: *cost\n";

        // Act
        var model = Parse(yaml).Model;

        // Assert
        Assert.That(model.Civil.CostPerYear, Is.EqualTo(0.05));
    }

    [Test]
    public void Parse_NotAnInteger_ReportsLineKeyAndRange()
    {
        // Arrange
        const string yaml = "name: x\nmodel:\n  world:\n    states: abc\n";

        // Act
        var error = ParseError(yaml, 4, "model.world.states");

        // Assert
        Assert.That(error.Message, Is.EqualTo("configs/test.yaml:4: model.world.states: 'abc' is not an integer; allowed: an integer from 2 to 2000"));
    }

    [Test]
    public void Parse_IntegerGivenFraction_IsRejected()
    {
        // Act
        var error = ParseError("model:\n  world:\n    great_powers: 2.5\n", 3, "model.world.great_powers");

        // Assert
        Assert.That(error.Message, Does.Contain("'2.5' is not an integer"));
    }

    [TestCase("model:\n  world:\n    states: 3000\n", 3, "model.world.states", "3000 is out of range; allowed: an integer from 2 to 2000")]
    [TestCase("model:\n  world:\n    states: 1\n", 3, "model.world.states", "1 is out of range; allowed: an integer from 2 to 2000")]
    [TestCase("model:\n  world:\n    states: 99999999999999999999\n", 3, "model.world.states", "is out of range; allowed: an integer from 2 to 2000")]
    [TestCase("model:\n  alliances:\n    persistence: 1.5\n", 3, "model.alliances.persistence", "1.5 is out of range; allowed: a number from 0 to 1")]
    [TestCase("model:\n  world:\n    growth_drift: -0.51\n", 3, "model.world.growth_drift", "allowed: a number from -0.5 to 0.5")]
    // A cost may not take all of a state's capability: capability lives on a log scale (a cost of 1 made it NaN).
    [TestCase("model:\n  war:\n    cost_per_year: 1\n", 3, "model.war.cost_per_year", "1 is out of range; allowed: a number from 0 to 0.99")]
    [TestCase("model:\n  war:\n    defeat_cost: 1\n", 3, "model.war.defeat_cost", "1 is out of range; allowed: a number from 0 to 0.99")]
    [TestCase("model:\n  civil:\n    cost_per_year: 1\n", 3, "model.civil.cost_per_year", "1 is out of range; allowed: a number from 0 to 0.99")]
    [TestCase("model:\n  league:\n    sanction_cost: 1\n", 3, "model.league.sanction_cost", "1 is out of range; allowed: a number from 0 to 0.99")]
    [TestCase("model:\n  un:\n    sanction_cost: 1\n", 3, "model.un.sanction_cost", "1 is out of range; allowed: a number from 0 to 0.99")]
    [TestCase("runs: 0\n", 1, "runs", "0 is out of range; allowed: an integer from 1 to 10000000")]
    [TestCase("runs: 10000001\n", 1, "runs", "allowed: an integer from 1 to 10000000")]
    [TestCase("seed: -1\n", 1, "seed", "-1 is out of range; allowed: an integer from 0 to 18446744073709551615")]
    [TestCase("seed: 18446744073709551616\n", 1, "seed", "is out of range")]
    public void Parse_ValueOutOfRange_IsRejectedWithRange(string yaml, int line, string key, string expected)
    {
        // Act
        var error = ParseError(yaml, line, key);

        // Assert
        Assert.That(error.Message, Does.Contain(expected));
    }

    [TestCase(".nan", "'.nan' is not a finite number")]
    [TestCase(".inf", "'.inf' is not a finite number")]
    [TestCase("-.Inf", "'-.Inf' is not a finite number")]
    [TestCase("1e400", "'1e400' is not a finite number")]
    [TestCase("abc", "'abc' is not a number")]
    [TestCase("0x10", "'0x10' is not a number")]
    [TestCase("\"0.5\"", "'0.5' is quoted, so it is a string, not a number")]
    public void Parse_InvalidDouble_IsRejected(string value, string expected)
    {
        // Act
        var error = ParseError($"model:\n  crises:\n    base_hazard: {value}\n", 3, "model.crises.base_hazard");

        // Assert
        Assert.That(error.Message, Does.Contain(expected).And.Contain("allowed: a number from 0 to 1"));
    }

    [Test]
    public void Parse_IntegerForDouble_IsAccepted()
    {
        // Act
        var config = Parse("model:\n  civil:\n    deaths_scale: 1000\n");

        // Assert
        Assert.That(config.Model.Civil.DeathsScale, Is.EqualTo(1000.0));
    }

    [Test]
    public void Parse_QuotedInteger_IsRejected()
    {
        // Act
        var error = ParseError("model:\n  world:\n    states: '40'\n", 3, "model.world.states");

        // Assert
        Assert.That(error.Message, Does.Contain("'40' is quoted"));
    }

    [Test]
    public void Parse_MissingValue_IsRejected()
    {
        // Act
        var error = ParseError("model:\n  world:\n    states:\n    great_powers: 4\n", 3, "model.world.states");

        // Assert
        Assert.That(error.Message, Does.Contain("missing value; allowed: an integer from 2 to 2000"));
    }

    [Test]
    public void Parse_UnknownNestedKey_ListsAllowedKeys()
    {
        // Arrange
        const string yaml = "model:\n  world:\n    states: 40\n    stats: 41\n";

        // Act
        var error = ParseError(yaml, 4, "model.world.stats");

        // Assert
        Assert.That(error.Message, Does.StartWith("configs/test.yaml:4: model.world.stats: unknown key (did you mean 'states'?); allowed: states, great_powers, ranking_interval_years,"));
    }

    [Test]
    public void Parse_UnknownSection_ListsModelKeys()
    {
        // Act
        var error = ParseError("model:\n  diplomacy:\n    x: 1\n", 2, "model.diplomacy");

        // Assert
        Assert.That(error.Message, Does.EndWith("unknown key; allowed: years, calendar, world, alliances, crises, bargaining, war, civil, concert, league, un, mechanisms"));
    }

    [Test]
    public void Parse_UnknownTopLevelKey_ListsTopLevelKeys()
    {
        // Act
        var error = ParseError("name: a\nreplications: 5\n", 2, "replications");

        // Assert
        Assert.That(error.Message, Does.EndWith("unknown key; allowed: name, seed, runs, regimes, model, custom_regimes, schedules, design, output, yearly, parameters"));
    }

    [Test]
    public void Parse_DuplicateNestedKey_IsRejectedAtSecondOccurrence()
    {
        // Arrange
        const string yaml = "model:\n  world:\n    states: 40\n    great_powers: 5\n    states: 50\n";

        // Act
        var error = ParseError(yaml, 5, "model.world.states");

        // Assert
        Assert.That(error.Message, Does.Contain("duplicate key (first given at line 3)"));
    }

    [Test]
    public void Parse_DuplicateTopLevelKey_IsRejected()
    {
        // Act
        var error = ParseError("runs: 5\nname: a\nruns: 6\n", 3, "runs");

        // Assert
        Assert.That(error.Message, Does.Contain("duplicate key"));
    }

    [Test]
    public void Parse_DuplicateSection_IsRejected()
    {
        // Act
        var error = ParseError("model:\n  world: {states: 3}\n  world: {states: 4}\n", 3, "model.world");

        // Assert
        Assert.That(error.Message, Does.Contain("duplicate key"));
    }

    [Test]
    public void Parse_ScalarWhereMappingExpected_IsRejected()
    {
        // Act
        var error = ParseError("model:\n  world: 5\n", 2, "model.world");

        // Assert
        Assert.That(error.Message, Is.EqualTo("configs/test.yaml:2: model.world: expected a mapping of keys to values, found the value '5'; allowed: a mapping with keys states, great_powers, ranking_interval_years, ranking_hysteresis, neighbours, capability_spread, growth_drift, growth_noise, growth_shock, growth_reversion, democracy_share, fragility_mean, fragility_spread, democratic_score_min, autocratic_score_max"));
    }

    [Test]
    public void Parse_ListWhereMappingExpected_IsRejected()
    {
        // Act
        var error = ParseError("model:\n  - years\n", 2, "model");

        // Assert
        Assert.That(error.Message, Does.Contain("expected a mapping of keys to values, found a list"));
    }

    [Test]
    public void Parse_MappingWhereScalarExpected_IsRejected()
    {
        // Act
        var error = ParseError("model:\n  years:\n    value: 3\n", 3, "model.years");

        // Assert
        Assert.That(error.Message, Does.Contain("expected a single value, found a mapping; allowed: an integer from 1 to 2000"));
    }

    [Test]
    public void Parse_RootIsAList_IsRejected()
    {
        // Act
        var error = ParseError("- a\n- b\n", 1, "(top level)");

        // Assert
        Assert.That(error.Message, Does.Contain("allowed: a mapping with keys name, seed, runs, regimes, model, custom_regimes, schedules, design, output, yearly, parameters"));
    }

    [Test]
    public void Parse_UnknownRegime_ListsKnownRegimes()
    {
        // Act
        var error = ParseError("regimes:\n  - none\n  - colective\n", 3, "regimes[1]");

        // Assert
        Assert.That(error.Message, Is.EqualTo("configs/test.yaml:3: regimes[1]: 'colective' is not a known regime; allowed: balance, collective, none"));
    }

    [Test]
    public void Parse_DuplicateRegime_IsRejected()
    {
        // Act
        var error = ParseError("regimes: [none, collective, none]\n", 1, "regimes[2]");

        // Assert
        Assert.That(error.Message, Does.Contain("'none' is listed twice"));
    }

    [Test]
    public void Parse_EmptyRegimes_IsRejected()
    {
        // Act
        var error = ParseError("regimes: []\n", 1, "regimes");

        // Assert
        Assert.That(error.Message, Does.Contain("the list is empty; allowed: one or more regimes: balance, collective, none"));
    }

    [Test]
    public void Parse_RegimesAsScalar_IsRejected()
    {
        // Act
        var error = ParseError("regimes: none\n", 1, "regimes");

        // Assert
        Assert.That(error.Message, Does.Contain("expected a list, found the value 'none'"));
    }

    [Test]
    public void Parse_DefaultRegimeUnknown_IsRejectedWithoutLine()
    {
        // Arrange
        var known = new HashSet<string>(StringComparer.Ordinal) { "collective" };

        // Act
        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("runs: 3\n", FileLabel, known))!;

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(error.Line, Is.Null);
            Assert.That(error.Key, Is.EqualTo("regimes"));
            Assert.That(error.Message, Is.EqualTo("configs/test.yaml: regimes: the default regime 'none' is not a known regime; allowed: collective"));
        });
    }

    [TestCase("name: my run\n")]
    [TestCase("name: résumé\n")]
    [TestCase("name: a/b\n")]
    [TestCase("name: \"\"\n")]
    public void Parse_InvalidName_IsRejected(string yaml)
    {
        // Act
        var error = ParseError(yaml, 1, "name");

        // Assert
        Assert.That(error.Message, Does.EndWith("allowed: 1 to 100 letters, digits, '-' or '_'"));
    }

    [Test]
    public void Parse_NumericName_IsAcceptedAsText()
    {
        // Act
        var config = Parse("name: 2026\n");

        // Assert
        Assert.That(config.Name, Is.EqualTo("2026"));
    }

    [Test]
    public void Parse_SyntaxError_ReportsLineFromParser()
    {
        // Arrange
        const string yaml = "name: a\nmodel:\n  world:\n    states: [1, 2\n  war: {}\n";

        // Act
        var error = Assert.Throws<ConfigException>(() => Parse(yaml))!;

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(error.Line, Is.GreaterThanOrEqualTo(4));
            Assert.That(error.Key, Is.Null);
            Assert.That(error.Message, Does.StartWith($"configs/test.yaml:{error.Line}: YAML syntax error "));
            Assert.That(error.Message, Does.Not.Contain("\n"));
        });
    }

    [Test]
    public void Parse_BadIndentation_ReportsSyntaxErrorLine()
    {
        // Arrange
        const string yaml = "name: a\nruns: 5\n  seed: 3\n";

        // Act
        var error = Assert.Throws<ConfigException>(() => Parse(yaml))!;

        // Assert
        Assert.That(error.Message, Does.StartWith("configs/test.yaml:3: YAML syntax error"));
    }

    [Test]
    public void Parse_TwoDocuments_IsRejected()
    {
        // Act
        var error = ParseError("runs: 3\n---\nruns: 4\n", 2, null);

        // Assert
        Assert.That(error.Message, Does.Contain("second YAML document"));
    }

    [Test]
    public void Load_MissingFile_ReportsCannotRead()
    {
        // Arrange
        var path = Path.Combine(Path.GetTempPath(), "sim-config-does-not-exist-" + Environment.ProcessId + ".yaml");

        // Act
        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Load(path, Regimes))!;

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(error.File, Is.EqualTo(path));
            Assert.That(error.Line, Is.Null);
            Assert.That(error.Key, Is.Null);
            Assert.That(error.Message, Does.StartWith(path + ": cannot read file: "));
            Assert.That(error.Message, Does.Not.Contain("\n"));
        });
    }

    [Test]
    public void Load_ExistingFile_UsesPathAsFileLabel()
    {
        // Arrange
        var path = Path.Combine(Path.GetTempPath(), "sim-config-test-" + Environment.ProcessId + ".yaml");
        System.IO.File.WriteAllText(path, "runs: 7\nmodel:\n  years: 0\n");

        try
        {
            // Act
            var error = Assert.Throws<ConfigException>(() => ConfigLoader.Load(path, Regimes))!;

            // Assert
            Assert.That(error.Message, Does.StartWith(path + ":3: model.years: 0 is out of range"));
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }
}
