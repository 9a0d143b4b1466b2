using System.Collections.Immutable;
using Experiments.Configuration;

namespace Experiments.Tests.Configuration;

/// <summary>The generic binder and writer on a section type with every supported member kind.</summary>
[TestFixture]
public sealed class SectionBindingTests
{
    public enum Mode
    {
        FirstPast,
        GDPWeighted,
    }

    public sealed record Inner
    {
        [Simulator.Parameters.Param("A flag.")]
        public bool Enabled { get; init; } = true;

        [Simulator.Parameters.Param("A mode.")]
        public Mode Mode { get; init; } = Mode.FirstPast;
    }

    public sealed record Sample
    {
        [Simulator.Parameters.Param("A count.", Min = 0, Max = 10)]
        public int Count { get; init; } = 3;

        [Simulator.Parameters.Param("A label.")]
        public string Label { get; init; } = "x";

        [Simulator.Parameters.Param("Some tags.")]
        public ImmutableArray<string> Tags { get; init; } = ["a"];

        [Simulator.Parameters.Param("More tags.")]
        public IReadOnlyList<string> Others { get; init; } = [];

        public Inner Inner { get; init; } = new() { Enabled = false };

        public int Derived => Count * 2;
    }

    private static Sample Parse(string yaml) => ConfigLoader.ParseSection<Sample>(yaml, "s.yaml", "sample");

    [Test]
    public void ParseSection_AllKinds_BindValues()
    {
        // Arrange
        const string yaml = "count: 4\nlabel: 'hello world'\ntags: [b, \"c d\"]\nothers: [e]\ninner:\n  mode: gdp_weighted\n";

        // Act
        var sample = Parse(yaml);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(sample.Count, Is.EqualTo(4));
            Assert.That(sample.Label, Is.EqualTo("hello world"));
            Assert.That(sample.Tags, Is.EqualTo(new[] { "b", "c d" }));
            Assert.That(sample.Others, Is.EqualTo(new[] { "e" }));
            Assert.That(sample.Inner.Mode, Is.EqualTo(Mode.GDPWeighted));
            Assert.That(sample.Inner.Enabled, Is.False, "the parent's default for the section is kept");
        });
    }

    [Test]
    public void ParseSection_BadBoolean_ListsTrueOrFalse()
    {
        // Act
        var error = Assert.Throws<ConfigException>(() => Parse("inner:\n  enabled: yes\n"))!;

        // Assert
        Assert.That(error.Message, Is.EqualTo("s.yaml:2: sample.inner.enabled: 'yes' is not a boolean; allowed: true or false"));
    }

    [Test]
    public void ParseSection_UnknownEnumValue_ListsSnakeCaseNames()
    {
        // Act
        var error = Assert.Throws<ConfigException>(() => Parse("inner:\n  mode: FirstPast\n"))!;

        // Assert
        Assert.That(error.Message, Does.EndWith("'FirstPast' is not a known value; allowed: one of first_past, gdp_weighted"));
    }

    [Test]
    public void ParseSection_DerivedProperty_IsNotAKey()
    {
        // Act
        var error = Assert.Throws<ConfigException>(() => Parse("derived: 3\n"))!;

        // Assert
        Assert.That(error.Message, Does.EndWith("unknown key; allowed: count, label, tags, others, inner"));
    }

    [Test]
    public void SectionToYaml_AllKinds_RoundTrips()
    {
        // Arrange
        var sample = new Sample { Count = 9, Label = "say \"hi\"\n", Tags = ["x y", "true"], Inner = new Inner { Mode = Mode.GDPWeighted } };

        // Act
        var yaml = ConfigWriter.SectionToYaml(sample, "sample");
        var parsed = Parse(yaml);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(yaml, Does.Contain("mode: gdp_weighted"));
            Assert.That(parsed.Count, Is.EqualTo(9));
            Assert.That(parsed.Label, Is.EqualTo(sample.Label));
            Assert.That(parsed.Tags, Is.EqualTo(sample.Tags));
            Assert.That(parsed.Others, Is.Empty);
            Assert.That(parsed.Inner, Is.EqualTo(sample.Inner));
        });
    }
}
