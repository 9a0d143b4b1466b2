using Experiments.Configuration;
using static Experiments.Tests.Configuration.ConfigTestSupport;

namespace Experiments.Tests.Configuration;

[TestFixture]
public sealed class ConfigFuzzTests
{
    private static readonly string[] Insertions = ["[", "]", "{", "}", ":", "- ", "'", "\"", "#", "&a ", "*a", "\n", "  ", "\t", "?", "---\n", "!!int ", "|\n", "x", "1.5", ",", "%"];

    [Test]
    public void Parse_MutatedConfigs_OnlyEverThrowOneLineConfigExceptions()
    {
        // Arrange
        var source = ConfigWriter.ToYaml(new ExperimentConfig());
        var random = new Random(12345);

        for (var i = 0; i < 2000; i++)
        {
            var text = source;
            var edits = random.Next(1, 4);
            for (var e = 0; e < edits; e++)
            {
                var at = random.Next(text.Length);
                text = random.Next(3) switch
                {
                    0 => text.Remove(at, Math.Min(random.Next(1, 6), text.Length - at)),
                    _ => text.Insert(at, Insertions[random.Next(Insertions.Length)]),
                };
            }

            // Act
            ConfigException? error = null;
            try
            {
                Parse(text);
            }
            catch (ConfigException ex)
            {
                error = ex;
            }

            // Assert
            if (error is not null)
            {
                Assert.That(error.Message, Does.StartWith(FileLabel + ":").And.Not.Contain("\n").And.Not.Contain("\r"), text);
                Assert.That(error.Line, Is.Not.Null, text);
            }
        }
    }
}
