using Experiments.Configuration;

namespace Experiments.Tests.Configuration;

internal static class ConfigTestSupport
{
    public const string FileLabel = "configs/test.yaml";

    public static readonly IReadOnlySet<string> Regimes = new HashSet<string>(StringComparer.Ordinal) { "none", "collective", "balance" };

    public static ExperimentConfig Parse(string yaml) => ConfigLoader.Parse(yaml, FileLabel, Regimes);

    /// <summary>Parses text that must fail, and checks the error names the file, line and key on one line.</summary>
    public static ConfigException ParseError(string yaml, int line, string? key)
    {
        var error = Assert.Throws<ConfigException>(() => Parse(yaml))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.File, Is.EqualTo(FileLabel));
            Assert.That(error.Line, Is.EqualTo(line));
            Assert.That(error.Key, Is.EqualTo(key));
            Assert.That(error.Message, Does.StartWith($"{FileLabel}:{line}: " + (key is null ? "" : key + ": ")));
            Assert.That(error.Message, Does.Not.Contain("\n").And.Not.Contain("\r"));
        });
        return error;
    }
}
