using Experiments.Designs;
using static Experiments.Tests.Designs.DesignTestSupport;

namespace Experiments.Tests.Designs;

[TestFixture]
public sealed class GridDesignTests
{
    [Test]
    public void Generate_Grid_SizeIsProductOfSteps()
    {
        // Arrange
        var design = Grid(Real("model.a", 0, 1, 3), Real("model.b", 10, 20, 4), Real("model.c", -1, 1, 5));

        // Act
        var points = DesignPoints.Generate(design);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(points, Has.Count.EqualTo(3 * 4 * 5));
            Assert.That(design.PointCount(), Is.EqualTo(60));
            Assert.That(points, Has.All.Length.EqualTo(3));
            Assert.That(points.Select(p => string.Join(",", p)), Is.Unique);
        });
    }

    [Test]
    public void Generate_Grid_EvenlySpacedFromMinToMaxInclusive()
    {
        // Arrange
        var design = Grid(Real("model.a", 0.1, 0.7, 4));

        // Act
        var values = DesignPoints.Generate(design).Select(p => p[0]).ToArray();

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(values[0], Is.EqualTo(0.1));
            Assert.That(values[^1], Is.EqualTo(0.7));
            Assert.That(values, Is.EqualTo(new[] { 0.1, 0.3, 0.5, 0.7 }).Within(1e-12));
        });
    }

    [Test]
    public void Generate_Grid_AllCornersPresent()
    {
        // Arrange
        var design = Grid(Real("model.a", 0, 1, 3), Real("model.b", 10, 20, 4), Real("model.c", -1, 1, 2));

        // Act
        var points = DesignPoints.Generate(design);

        // Assert
        Assert.Multiple(() =>
        {
            foreach (double a in new[] { 0.0, 1.0 })
                foreach (double b in new[] { 10.0, 20.0 })
                    foreach (double c in new[] { -1.0, 1.0 })
                        Assert.That(points, Has.Some.EqualTo(new[] { a, b, c }), $"corner ({a}, {b}, {c})");
        });
    }

    [Test]
    public void Generate_Grid_LastParameterVariesFastest()
    {
        // Arrange
        var design = Grid(Real("model.a", 0, 1, 2), Real("model.b", 0, 2, 3));

        // Act
        var points = DesignPoints.Generate(design);

        // Assert
        Assert.That(points, Is.EqualTo(new[]
        {
            new[] { 0.0, 0.0 }, new[] { 0.0, 1.0 }, new[] { 0.0, 2.0 },
            new[] { 1.0, 0.0 }, new[] { 1.0, 1.0 }, new[] { 1.0, 2.0 },
        }));
    }

    [Test]
    public void Generate_GridOneStep_UsesMin()
    {
        // Arrange
        var design = Grid(Real("model.a", 0.25, 0.75, 1), Real("model.b", 0, 1, 2));

        // Act
        var points = DesignPoints.Generate(design);

        // Assert
        Assert.That(points, Is.EqualTo(new[] { new[] { 0.25, 0.0 }, new[] { 0.25, 1.0 } }));
    }

    [Test]
    public void Generate_GridIntegerParameter_RoundsToNearestWithinBounds()
    {
        // Arrange: 0, 2.5, 5, 7.5, 10 → 0, 3, 5, 8, 10.
        var design = Grid(Whole("model.world.states", 0, 10, 5));

        // Act
        var values = DesignPoints.Generate(design).Select(p => p[0]);

        // Assert
        Assert.That(values, Is.EqualTo(new[] { 0.0, 3.0, 5.0, 8.0, 10.0 }));
    }

    [Test]
    public void Generate_GridIntegerParameterFractionalBounds_StaysInsideBounds()
    {
        // Arrange: the ends 2.4 and 5.6 would round to 2 and 6, outside [2.4, 5.6].
        var design = Grid(Whole("model.world.states", 2.4, 5.6, 3));

        // Act
        var values = DesignPoints.Generate(design).Select(p => p[0]);

        // Assert
        Assert.That(values, Is.EqualTo(new[] { 3.0, 4.0, 5.0 }));
    }
}
