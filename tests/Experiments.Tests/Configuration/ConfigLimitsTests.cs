using Experiments.Configuration;
using static Experiments.Tests.Configuration.ConfigTestSupport;

namespace Experiments.Tests.Configuration;

/// <summary>Input the loader refuses before binding: empty text, text over 1 MiB, nesting deeper than 64 levels.</summary>
[TestFixture]
public sealed class ConfigLimitsTests
{
    [TestCase("")]
    [TestCase(" ")]
    [TestCase("\n\n")]
    [TestCase("\t \r\n  \n")]
    public void Parse_EmptyOrWhitespaceOnly_IsAnError(string yaml)
    {
        // Act
        var error = ParseError(yaml, 1, null);

        // Assert
        Assert.That(error.Message, Is.EqualTo("configs/test.yaml:1: the config is empty; allowed: a mapping with keys name, seed, runs, regimes, model, custom_regimes, schedules, design, output, yearly, parameters (write {} to run every default)"));
    }

    [Test]
    public void Parse_TextOverOneMebibyte_IsRejectedBeforeParsing()
    {
        // Arrange: valid YAML, just too much of it
        var yaml = "name: a\n" + new string('#', YamlInput.MaxBytes) + "\n";

        // Act
        var error = Assert.Throws<ConfigException>(() => Parse(yaml))!;

        // Assert
        Assert.That(error.Message, Is.EqualTo("configs/test.yaml: the file is larger than 1 MiB; allowed: a config of at most 1048576 bytes"));
    }

    [Test]
    public void Load_EndlessFile_ReadsAtMostOneMebibyte()
    {
        // Arrange: /dev/zero never ends; reading it whole would exhaust memory
        if (!System.IO.File.Exists("/dev/zero"))
        {
            Assert.Ignore("needs /dev/zero");
        }

        var before = GC.GetAllocatedBytesForCurrentThread();

        // Act
        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Load("/dev/zero", Regimes))!;

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.StartWith("/dev/zero: the file is larger than 1 MiB"));
            Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.LessThan(16L << 20));
        });
    }

    [TestCase("model:\n  world: ", "[", "]", 2)]
    [TestCase("model:\n  world: ", "{a: ", "}", 2)]
    [TestCase("", "- ", "", 1)]
    public void Parse_Nesting20000LevelsDeep_IsOneLineNotAStackOverflow(string prefix, string open, string close, int line)
    {
        // Arrange
        var yaml = prefix + string.Concat(Enumerable.Repeat(open, 20_000)) + "1" + string.Concat(Enumerable.Repeat(close, 20_000)) + "\n";

        // Act
        var error = ParseError(yaml, line, null);

        // Assert
        Assert.That(error.Message, Does.Contain("nested more than 64 levels deep; allowed: at most 64 levels of mappings and lists"));
    }

    [Test]
    public void Parse_NestingAtTheLimit_IsBoundAsUsual()
    {
        // Arrange: 64 levels (3 mappings, 61 lists) in a place the binder rejects by shape, not by depth
        static string Nested(int lists) => "model:\n  world:\n    states: " + new string('[', lists) + "1" + new string(']', lists) + "\n";

        // Act
        var atLimit = ParseError(Nested(61), 3, "model.world.states");
        var overLimit = ParseError(Nested(62), 3, null);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(atLimit.Message, Does.Contain("expected a single value, found a list"));
            Assert.That(overLimit.Message, Does.Contain("nested more than 64 levels deep"));
        });
    }

    [Test]
    public void Parse_KeyRepeatedThroughAnAlias_IsOneLine()
    {
        // Act
        var error = Assert.Throws<ConfigException>(() => Parse("&k runs: 3\n*k : 4\n"))!;

        // Assert
        Assert.That(error.Message, Does.StartWith("configs/test.yaml:").And.Not.Contain("\n"));
    }

    [Test]
    public void Parse_DuplicateKeyInDesignRange_NamesItsPath()
    {
        // Act
        var error = ParseError("design:\n  parameters:\n    model.world.states:\n      min: 3\n      min: 4\n", 5, "design.parameters.model.world.states.min");

        // Assert
        Assert.That(error.Message, Does.Contain("duplicate key (first given at line 4)"));
    }
}
