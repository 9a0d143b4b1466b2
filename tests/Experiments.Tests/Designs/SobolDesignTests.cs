using Experiments.Designs;
using static Experiments.Tests.Designs.DesignTestSupport;

namespace Experiments.Tests.Designs;

[TestFixture]
public sealed class SobolDesignTests
{
    [TestCase(2, 1)]
    [TestCase(16, 3)]
    [TestCase(100, 21)]
    public void Generate_Sobol_HasSamplesTimesDimensionsPlusTwoPoints(int samples, int dimensions)
    {
        // Arrange
        var design = new Design(DesignKind.Sobol, UnitParameters(dimensions), samples, 0);

        // Act
        var points = DesignPoints.Generate(design);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(points, Has.Count.EqualTo(samples * (dimensions + 2)));
            Assert.That(SobolLayout.PointCount(samples, dimensions), Is.EqualTo(points.Count));
            Assert.That(design.PointCount(), Is.EqualTo(points.Count));
            Assert.That(points, Has.All.Length.EqualTo(dimensions));
        });
    }

    [Test]
    public void Generate_Sobol_EachABiIsAWithColumnIFromB()
    {
        // Arrange
        const int samples = 32;
        const int d = 4;
        var design = Make(DesignKind.Sobol, samples, 5,
            Real("model.a", 0, 1), Real("model.b", -2, 2), Real("model.c", 10, 11), Real("model.d", 0.5, 0.9));
        var (a, b, ab) = SobolLayout.Indices(samples, d);

        // Act
        var points = DesignPoints.Generate(design);

        // Assert
        Assert.Multiple(() =>
        {
            for (int i = 0; i < d; i++)
                for (int r = 0; r < samples; r++)
                {
                    var expected = (double[])points[a[r]].Clone();
                    expected[i] = points[b[r]][i];
                    Assert.That(points[ab[i][r]], Is.EqualTo(expected), $"AB_{i}, row {r}");
                }
        });
    }

    [Test]
    public void Indices_Blocks_AreConsecutiveInTheDocumentedOrder()
    {
        // Act
        var (a, b, ab) = SobolLayout.Indices(3, 2);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(a, Is.EqualTo(new[] { 0, 1, 2 }));
            Assert.That(b, Is.EqualTo(new[] { 3, 4, 5 }));
            Assert.That(ab, Has.Length.EqualTo(2));
            Assert.That(ab[0], Is.EqualTo(new[] { 6, 7, 8 }));
            Assert.That(ab[1], Is.EqualTo(new[] { 9, 10, 11 }));
            Assert.That(a.Concat(b).Concat(ab.SelectMany(x => x)), Is.EqualTo(Enumerable.Range(0, SobolLayout.PointCount(3, 2))));
        });
    }

    [Test]
    public void Generate_Sobol_AAndBAreTheTwoHalvesOfTheSequenceAfterTheSeedOffset()
    {
        // Arrange: seed 1027 skips 1027 % 1024 = 3 points after the all-zeros point.
        const int samples = 8;
        const int d = 3;
        var design = new Design(DesignKind.Sobol, UnitParameters(d), samples, 1027);
        var sequence = SobolSequence.Points(2 * d, 1 + 3, samples);
        var (a, b, _) = SobolLayout.Indices(samples, d);

        // Act
        var points = DesignPoints.Generate(design);

        // Assert
        Assert.Multiple(() =>
        {
            for (int r = 0; r < samples; r++)
            {
                Assert.That(points[a[r]], Is.EqualTo(sequence[r][..d]));
                Assert.That(points[b[r]], Is.EqualTo(sequence[r][d..]));
            }
        });
    }

    [Test]
    public void Generate_SobolSeedZero_StartsRightAfterTheZeroPoint()
    {
        // Arrange: d = 1 draws dimensions 1 and 2, whose points 1, 2, 3 are (0.5, 0.5), (0.75, 0.25), (0.25, 0.75).
        var design = new Design(DesignKind.Sobol, UnitParameters(1), 3, 0);

        // Act
        var points = DesignPoints.Generate(design);

        // Assert: A, then B, then AB_0 (= B when there is one parameter).
        Assert.That(points.Select(p => p[0]), Is.EqualTo(new[] { 0.5, 0.75, 0.25, 0.5, 0.25, 0.75, 0.5, 0.25, 0.75 }));
    }

    [Test]
    public void Generate_SobolSameSeed_Identical()
    {
        // Arrange
        var design = new Design(DesignKind.Sobol, UnitParameters(3), 20, 77);

        // Act & Assert
        Assert.That(DesignPoints.Generate(design with { }), Is.EqualTo(DesignPoints.Generate(design)));
    }

    [Test]
    public void Generate_SobolDifferentSeed_Different()
    {
        // Arrange
        var design = new Design(DesignKind.Sobol, UnitParameters(3), 20, 77);

        // Act
        var a = DesignPoints.Generate(design);
        var b = DesignPoints.Generate(design with { Seed = 78 });

        // Assert
        Assert.That(b, Is.Not.EqualTo(a));
    }

    [Test]
    public void Generate_Sobol_ScalesUnitCoordinatesToBounds()
    {
        // Arrange: the first base point is 0.5 in every dimension.
        var design = Make(DesignKind.Sobol, 2, 0, Real("model.a", 10, 20), Real("model.b", -1, 0));

        // Act
        var points = DesignPoints.Generate(design);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(points[0], Is.EqualTo(new[] { 15.0, -0.5 }));
            Assert.That(points.Select(p => p[0]), Has.All.InRange(10.0, 20.0));
            Assert.That(points.Select(p => p[1]), Has.All.InRange(-1.0, 0.0));
        });
    }

    [Test]
    public void Generate_SobolIntegerParameter_WholeNumbersWithinBoundsAndLayoutKept()
    {
        // Arrange
        const int samples = 64;
        var design = Make(DesignKind.Sobol, samples, 9, Whole("model.world.states", 2, 5), Real("model.x", 0, 1));
        var (a, b, ab) = SobolLayout.Indices(samples, 2);

        // Act
        var points = DesignPoints.Generate(design);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(points.Select(p => p[0]), Has.All.AnyOf(2.0, 3.0, 4.0, 5.0));
            Assert.That(points.Select(p => p[0]).Distinct().Order(), Is.EqualTo(new[] { 2.0, 3.0, 4.0, 5.0 }));
            for (int r = 0; r < samples; r++)
                Assert.That(points[ab[0][r]], Is.EqualTo(new[] { points[b[r]][0], points[a[r]][1] }));
        });
    }

    [TestCase(0, 1)]
    [TestCase(1, 0)]
    public void Indices_NonPositiveArguments_Throw(int samples, int dimensions)
    {
        // Act & Assert
        Assert.That(() => SobolLayout.Indices(samples, dimensions), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Generate_SobolTwentyOneParameters_UsesAllFortyTwoDimensions()
    {
        // Arrange
        var design = new Design(DesignKind.Sobol, UnitParameters(21), 4, 0);

        // Act
        var points = DesignPoints.Generate(design);

        // Assert: B's first row is point 1 of dimensions 22..42, all 0.5.
        Assert.That(points[4], Has.All.EqualTo(0.5));
    }
}
