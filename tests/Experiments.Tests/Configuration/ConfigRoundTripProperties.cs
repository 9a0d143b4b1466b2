using System.Collections.Immutable;
using Experiments.Configuration;
using FsCheck;
using FsCheck.Fluent;
using Simulator.Parameters;
using Simulator.Regimes;
using static Experiments.Tests.Configuration.ConfigTestSupport;

namespace Experiments.Tests.Configuration;

/// <summary>Generated configs written by <see cref="ConfigWriter"/> load back equal (and write back the same text).</summary>
[TestFixture]
public sealed class ConfigRoundTripProperties
{
    private static readonly string[] NameChars = [.. "abcXYZ019_-".Select(c => c.ToString())];

    /// <summary>Names that a careless writer would emit as something other than a string.</summary>
    private static readonly string[] TrickyNames = ["2026", "true", "null", "NULL", "-1", "1e5", "y", "on", "0x1F", "_", "-"];

    /// <summary>Every numeric [Param] parameter, found by reflection, so new parameters are covered too.</summary>
    private static readonly ScalarMember[] Numeric =
        [.. ParameterCatalog.Describe().Select(p => ModelPaths.Find(p.Path)).OfType<ScalarMember>().Where(m => m.Path != "model.years")];

    private static Gen<string> Name =>
        Gen.Frequency(
            (1, Gen.Elements(TrickyNames)),
            (4, Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(Gen.Elements(NameChars), n)).Select(cs => string.Concat(cs))));

    private static Gen<ulong> Seed =>
        Gen.Frequency(
            (1, Gen.Elements(0UL, 1UL, ulong.MaxValue)),
            (4, Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), Gen.Choose(int.MinValue, int.MaxValue), (hi, lo) => ((ulong)(uint)hi << 32) | (uint)lo)));

    /// <summary>A value in the parameter's range: an end point, or a full-precision double between them.</summary>
    private static Gen<double> ValueOf(ScalarMember member, double current)
    {
        double min = double.IsFinite(member.Min) ? member.Min : current - 1000;
        double max = double.IsFinite(member.Max) ? member.Max : current + 1000;
        if (member.Kind == ScalarKind.Int)
        {
            int low = (int)Math.Max(Math.Ceiling(min), -1_000_000), high = (int)Math.Min(Math.Floor(max), 1_000_000);
            return Gen.Choose(low, high).Select(v => (double)v);
        }

        return Gen.Frequency(
            (1, Gen.Elements(min, max)),
            (4, Gen.Choose(0, int.MaxValue).Select(u => min + (max - min) * (u / (double)int.MaxValue))));
    }

    /// <summary>A model with a few parameters (after years) changed, its calendar kept consistent.</summary>
    private static Gen<ModelParameters> ModelFrom(ModelParameters start) =>
        Gen.SubListOf(Numeric).Select(s => s.Take(6).ToArray()).SelectMany(chosen =>
            chosen.Aggregate(
                Gen.Constant(start),
                (model, member) => model.SelectMany(m => ValueOf(member, 0).Select(v => ModelPaths.With(m, member.Path, v)))))
            .Select(Consistent);

    /// <summary>The loader rejects a burn-in that would begin before year 0 (IConsistentSection): at most start_year.</summary>
    private static ModelParameters Consistent(ModelParameters m) =>
        m.Calendar.StartYear > 0 && m.Calendar.BurnInYears > m.Calendar.StartYear
            ? m with { Calendar = m.Calendar with { BurnInYears = m.Calendar.StartYear } }
            : m;

    private static Gen<CustomRegime> Custom(string name, ModelParameters model) =>
        from baseName in Gen.Elements(Regimes.Order(StringComparer.Ordinal).ToArray())
        from add in Gen.SubListOf(MechanismNames.All.ToArray())
        from remove in Gen.SubListOf(MechanismNames.All.ToArray())
        from overridden in Gen.Frequency((1, Gen.Constant(model)), (2, ModelFrom(model)))
        select new CustomRegime(name, baseName, [.. add], [.. remove], overridden);

    private static Gen<Experiments.Designs.Design?> DesignOrNone =>
        Gen.Frequency(
            (2, Gen.Constant<Experiments.Designs.Design?>(null)),
            (1,
                from kind in Gen.Elements(Experiments.Designs.DesignKind.Grid, Experiments.Designs.DesignKind.LatinHypercube, Experiments.Designs.DesignKind.Sobol)
                from members in Gen.Shuffle(Numeric).Select(m => m.Take(2).ToArray())
                from bounds in Gen.CollectToArray(members, m => Gen.Two(ValueOf(m, 0)))
                from steps in Gen.Choose(1, 5)
                from samples in Gen.Choose(2, 64)
                from seed in Seed
                select MakeDesign(kind, members, bounds, steps, samples, seed)));

    private static Experiments.Designs.Design? MakeDesign(Experiments.Designs.DesignKind kind, ScalarMember[] members, (double, double)[] bounds, int steps, int samples, ulong seed)
    {
        var parameters = members.Zip(bounds, (m, b) => new Experiments.Designs.DesignParameter(
            m.Path, Math.Min(b.Item1, b.Item2), Math.Max(b.Item1, b.Item2), kind == Experiments.Designs.DesignKind.Grid ? steps : null, m.Kind == ScalarKind.Int));
        var design = new Experiments.Designs.Design(kind, [.. parameters], samples, seed);
        // The loader rejects a grid whose steps round an integer parameter to a value twice (it would repeat points).
        if (kind == Experiments.Designs.DesignKind.Grid && parameters.Any(p => p.IsInteger && Experiments.Designs.DesignPoints.DistinctIntegerGridValues(p) < p.Steps))
            return null;
        try
        {
            design.Validate();
            return design;
        }
        catch (ArgumentException)
        {
            return null; // for example min == max: no design this time
        }
    }

    private static Gen<ExperimentConfig> Configs =>
        from name in Name
        from seed in Seed
        from runs in Gen.Frequency((1, Gen.Elements(1, 10_000_000)), (3, Gen.Choose(1, 10_000_000)))
        from years in Gen.Choose(1, 2000)
        from model in ModelFrom(new ModelParameters { Years = years })
        from customNames in Gen.SubListOf("counter-factual", "un_no_veto", "X1")
        from customs in Gen.CollectToArray(customNames, n => Custom(n, model))
        from regimes in Gen.Shuffle(Regimes.Concat(customNames).ToArray()).SelectMany(all => Gen.Choose(1, all.Length).Select(n => all.Take(n).ToImmutableArray()))
        from design in DesignOrNone
        from parquet in Gen.Elements(false, true)
        select WithoutInconsistentDesign(new ExperimentConfig
        {
            Name = name,
            Seed = seed,
            Runs = runs,
            Regimes = regimes,
            Model = model,
            CustomRegimes = [.. customs],
            Design = design,
            Parquet = parquet,
        });

    /// <summary>
    /// The loader rejects a design whose swept values make some regime's model disagree with itself (a burn-in swept past
    /// a custom regime's own start_year): such a config goes without its design (each model alone is kept consistent).
    /// </summary>
    private static ExperimentConfig WithoutInconsistentDesign(ExperimentConfig config) =>
        config.Design is not null && Experiments.Running.ExperimentPlan.FirstInconsistency(config) is not null ? config with { Design = null } : config;

    [Test]
    public void ToYaml_GeneratedConfigs_LoadBackEqual()
    {
        var property = Prop.ForAll(Configs.ToArbitrary(), config =>
        {
            var yaml = ConfigWriter.ToYaml(config);
            var loaded = Parse(yaml);
            return (loaded == config && ConfigWriter.ToYaml(loaded) == yaml).Label(yaml);
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }

    [Test]
    public void Equality_ComparesCollectionsAndDesignByValue()
    {
        // Arrange: equal values in distinct arrays
        var design = new Experiments.Designs.Design(Experiments.Designs.DesignKind.Grid, [new("model.world.states", 10, 20, 3, true)], 16, 1);
        ExperimentConfig Make() => new()
        {
            Regimes = [.. new[] { "none", "collective" }],
            CustomRegimes = [new CustomRegime("c", "none", [.. new[] { "veto" }], [], new ModelParameters())],
            Design = design with { Parameters = [.. design.Parameters] },
        };

        // Act
        var (a, b) = (Make(), Make());

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(a, Is.EqualTo(b));
            Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
            Assert.That(a with { Regimes = ["none"] }, Is.Not.EqualTo(b));
            Assert.That(a with { Design = design with { Samples = 3 } }, Is.Not.EqualTo(b));
            Assert.That(a with { Design = null }, Is.Not.EqualTo(b));
            Assert.That(a with { CustomRegimes = [] }, Is.Not.EqualTo(b));
        });
    }
}
