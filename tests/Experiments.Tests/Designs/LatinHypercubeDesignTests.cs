using System.Collections.Immutable;
using Experiments.Designs;
using static Experiments.Tests.Designs.DesignTestSupport;

namespace Experiments.Tests.Designs;

[TestFixture]
public sealed class LatinHypercubeDesignTests
{
    [TestCase(2, 1UL)]
    [TestCase(7, 2UL)]
    [TestCase(100, 3UL)]
    [TestCase(1000, 20261128UL)]
    public void Generate_LatinHypercube_OnePointPerStratumPerParameter(int samples, ulong seed)
    {
        // Arrange
        var design = Make(DesignKind.LatinHypercube, samples, seed,
            Real("model.a", 0, 1), Real("model.b", -3, 5), Real("model.c", 1e-3, 2e-3));

        // Act
        var points = DesignPoints.Generate(design);

        // Assert
        Assert.That(points, Has.Count.EqualTo(samples));
        Assert.Multiple(() =>
        {
            for (int j = 0; j < design.Parameters.Length; j++)
            {
                var parameter = design.Parameters[j];
                double width = (parameter.Max - parameter.Min) / samples;
                var counts = new int[samples];
                foreach (var point in points)
                {
                    Assert.That(point[j], Is.InRange(parameter.Min, parameter.Max));
                    int stratum = Math.Clamp((int)Math.Floor((point[j] - parameter.Min) / width), 0, samples - 1);
                    counts[stratum]++;
                }

                Assert.That(counts, Has.All.EqualTo(1), parameter.Path);
            }
        });
    }

    [Test]
    public void Generate_LatinHypercubeUnitRange_EachPointInsideItsStratumExactly()
    {
        // Arrange: on [0, 1) the stratum of a value is floor(value * n) with no rounding slack.
        const int samples = 64;
        var design = new Design(DesignKind.LatinHypercube, UnitParameters(5), samples, 99);

        // Act
        var points = DesignPoints.Generate(design);

        // Assert
        Assert.Multiple(() =>
        {
            for (int j = 0; j < 5; j++)
                Assert.That(points.Select(p => (int)Math.Floor(p[j] * samples)).Order(), Is.EqualTo(Enumerable.Range(0, samples)));
        });
    }

    [Test]
    public void Generate_LatinHypercubeSameSeed_Identical()
    {
        // Arrange
        var first = new Design(DesignKind.LatinHypercube, UnitParameters(4), 50, 12345);
        var second = new Design(DesignKind.LatinHypercube, UnitParameters(4), 50, 12345);

        // Act & Assert
        Assert.That(DesignPoints.Generate(second), Is.EqualTo(DesignPoints.Generate(first)));
    }

    [Test]
    public void Generate_LatinHypercubeDifferentSeed_Different()
    {
        // Arrange
        var first = new Design(DesignKind.LatinHypercube, UnitParameters(4), 50, 12345);
        var second = first with { Seed = 12346 };

        // Act
        var a = DesignPoints.Generate(first);
        var b = DesignPoints.Generate(second);

        // Assert: every coordinate differs, not just some.
        Assert.That(a.Zip(b).SelectMany(pair => pair.First.Zip(pair.Second)).Count(c => c.First == c.Second), Is.Zero);
    }

    [Test]
    public void Generate_LatinHypercube_ParametersGetDifferentStratumOrders()
    {
        // Arrange: identical ranges, so identical permutations would put every point on the diagonal.
        var design = new Design(DesignKind.LatinHypercube, UnitParameters(2), 100, 7);

        // Act
        var points = DesignPoints.Generate(design);

        // Assert
        Assert.That(points.Count(p => (int)(p[0] * 100) == (int)(p[1] * 100)), Is.LessThan(10));
    }

    [Test]
    public void Generate_LatinHypercubeAddingAParameter_KeepsTheOthersColumns()
    {
        // Arrange: draws are keyed on the parameter index, so appending a parameter leaves earlier columns alone.
        var two = new Design(DesignKind.LatinHypercube, UnitParameters(2), 30, 5);
        var three = two with { Parameters = UnitParameters(3) };

        // Act
        var a = DesignPoints.Generate(two);
        var b = DesignPoints.Generate(three);

        // Assert
        Assert.That(b.Select(p => p[..2]), Is.EqualTo(a));
    }

    [Test]
    public void Generate_LatinHypercubeIntegerParameter_WholeNumbersWithinBounds()
    {
        // Arrange
        var design = Make(DesignKind.LatinHypercube, 200, 3, Whole("model.world.states", 2.5, 40.5), Real("model.x", 0, 1));

        // Act
        var values = DesignPoints.Generate(design).Select(p => p[0]).ToArray();

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(values, Has.All.InRange(3.0, 40.0));
            Assert.That(values.All(v => v == Math.Round(v)), Is.True);
            Assert.That(values, Does.Contain(3.0).And.Contain(40.0));
        });
    }

    [Test]
    public void Generate_LatinHypercube_GoldenValuesPinned()
    {
        // Arrange: pins the keyed draws; changing them changes every published LHS result.
        var design = new Design(DesignKind.LatinHypercube, ImmutableArray.Create(Real("model.a", 0, 1)), 4, 1);

        // Act
        var values = DesignPoints.Generate(design).Select(p => p[0]).ToArray();

        // Assert
        Assert.That(values, Is.EqualTo(Golden).Within(1e-15));
    }

    /// <summary>
    /// Computed independently in Python from the SplitMix64 definitions of Keys.Mix/Fold/ToUnit:
    /// key = Fold(Fold(Mix(seed), 0x1A714C0BE0000001), j); Fisher–Yates partner of slot k = (Fold(Fold(key, 1), k) * (k + 1)) >> 64;
    /// value k = (stratum[k] + ToUnit(Fold(Fold(key, 2), k))) / n.
    /// </summary>
    private static readonly double[] Golden = [0.526353218890034, 0.21093924612259551, 0.36748215092614556, 0.7961398520959042];
}
