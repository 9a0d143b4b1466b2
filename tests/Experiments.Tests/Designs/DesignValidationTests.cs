using Experiments.Designs;
using static Experiments.Tests.Designs.DesignTestSupport;

namespace Experiments.Tests.Designs;

[TestFixture]
public sealed class DesignValidationTests
{
    private static IEnumerable<TestCaseData> InvalidDesigns()
    {
        yield return new TestCaseData(Grid(Real("model.a", 1, 1, 2)), "min (1) must be less than max (1)")
            .SetName("Validate_MinEqualsMax_Throws");
        yield return new TestCaseData(Make(DesignKind.LatinHypercube, 10, 0, Real("model.a", 2, 1)), "min (2) must be less than max (1)")
            .SetName("Validate_MinAboveMax_Throws");
        yield return new TestCaseData(Make(DesignKind.LatinHypercube, 10, 0, Real("model.a", double.NaN, 1)), "finite")
            .SetName("Validate_NaNBound_Throws");
        yield return new TestCaseData(Make(DesignKind.Sobol, 10, 0, Real("model.a", 0, double.PositiveInfinity)), "finite")
            .SetName("Validate_InfiniteBound_Throws");
        yield return new TestCaseData(Make(DesignKind.LatinHypercube, 1, 0, Real("model.a", 0, 1)), "samples ≥ 2 (got 1)")
            .SetName("Validate_LatinHypercubeOneSample_Throws");
        yield return new TestCaseData(Make(DesignKind.Sobol, 0, 0, Real("model.a", 0, 1)), "samples ≥ 2 (got 0)")
            .SetName("Validate_SobolZeroSamples_Throws");
        yield return new TestCaseData(Grid(Real("model.a", 0, 1, 0)), "steps ≥ 1 (got 0)")
            .SetName("Validate_GridZeroSteps_Throws");
        yield return new TestCaseData(Grid(Real("model.a", 0, 1)), "steps ≥ 1 (got none)")
            .SetName("Validate_GridMissingSteps_Throws");
        yield return new TestCaseData(new Design(DesignKind.Sobol, UnitParameters(22), 10, 0), "at most 21 parameters (got 22)")
            .SetName("Validate_SobolTwentyTwoParameters_Throws");
        yield return new TestCaseData(Grid(Real("model.a", 0, 1, 1001), Real("model.b", 0, 1, 1000)), "1001000 points; at most 1000000")
            .SetName("Validate_GridOverAMillionPoints_Throws");
        yield return new TestCaseData(
                Grid([.. Enumerable.Range(0, 40).Select(i => Real($"model.p{i}", 0, 1, int.MaxValue))]), "points; at most 1000000")
            .SetName("Validate_HugeGrid_ThrowsWithoutOverflow");
        yield return new TestCaseData(Make(DesignKind.LatinHypercube, 1_000_001, 0, Real("model.a", 0, 1)), "at most 1000000")
            .SetName("Validate_LatinHypercubeOverAMillionPoints_Throws");
        yield return new TestCaseData(new Design(DesignKind.Sobol, UnitParameters(3), 200_001, 0), "1000005 points")
            .SetName("Validate_SobolOverAMillionPoints_Throws");
        yield return new TestCaseData(new Design(DesignKind.Grid, [], 0, 0), "no parameters")
            .SetName("Validate_NoParameters_Throws");
        yield return new TestCaseData(new Design(DesignKind.Grid, default, 0, 0), "no parameters")
            .SetName("Validate_DefaultParameters_Throws");
        yield return new TestCaseData(Grid(Real("model.a", 0, 1, 2), Real("model.a", 0, 2, 2)), "'model.a' is listed twice")
            .SetName("Validate_DuplicatePath_Throws");
        yield return new TestCaseData(Grid(Real(" ", 0, 1, 2)), "empty path")
            .SetName("Validate_EmptyPath_Throws");
        yield return new TestCaseData(Make(DesignKind.LatinHypercube, 5, 0, Whole("model.world.states", 2.2, 2.8)), "holds no whole number")
            .SetName("Validate_IntegerRangeWithoutWholeNumber_Throws");
        yield return new TestCaseData(Make((DesignKind)7, 5, 0, Real("model.a", 0, 1)), "design kind 7")
            .SetName("Validate_UnknownKind_Throws");
    }

    [TestCaseSource(nameof(InvalidDesigns))]
    public void Validate_InvalidDesign_ThrowsArgumentExceptionWithClearMessage(Design design, string message)
    {
        // Act & Assert
        Assert.Multiple(() =>
        {
            Assert.That(design.Validate, Throws.ArgumentException.With.Message.Contains(message));
            Assert.That(() => DesignPoints.Generate(design), Throws.ArgumentException.With.Message.Contains(message));
        });
    }

    [Test]
    public void Validate_ParameterMessage_NamesThePath()
    {
        // Arrange
        var design = Make(DesignKind.LatinHypercube, 10, 0, Real("model.un.peacekeeping_hazard_ratio", 1, 0));

        // Act & Assert
        Assert.That(design.Validate, Throws.ArgumentException.With.Message.Contains("model.un.peacekeeping_hazard_ratio"));
    }

    [Test]
    public void Validate_LimitsExactlyReached_DoesNotThrow()
    {
        // Arrange
        var designs = new[]
        {
            Grid(Real("model.a", 0, 1, 1000), Real("model.b", 0, 1, 1000)),
            Make(DesignKind.LatinHypercube, 2, 0, Real("model.a", 0, 1)),
            new Design(DesignKind.Sobol, UnitParameters(21), 2, 0),
            Make(DesignKind.LatinHypercube, 2, 0, Whole("model.a", 2.5, 3.0)),
            Make(DesignKind.LatinHypercube, 2, 0, Real("model.a", 0, 1, steps: 0)),
        };

        // Act & Assert
        Assert.Multiple(() =>
        {
            foreach (var design in designs)
                Assert.That(design.Validate, Throws.Nothing, design.ToString());
        });
    }

    [Test]
    public void Equals_SameContentDifferentArrays_AreEqual()
    {
        // Arrange
        var first = Make(DesignKind.Sobol, 10, 3, Real("model.a", 0, 1), Whole("model.b", 1, 9));
        var second = Make(DesignKind.Sobol, 10, 3, Real("model.a", 0, 1), Whole("model.b", 1, 9));

        // Act & Assert
        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(second.GetHashCode(), Is.EqualTo(first.GetHashCode()));
            Assert.That(second with { Seed = 4 }, Is.Not.EqualTo(first));
            Assert.That(second with { Parameters = [Real("model.a", 0, 1)] }, Is.Not.EqualTo(first));
            Assert.That(new Design(DesignKind.Grid, default, 0, 0), Is.Not.EqualTo(new Design(DesignKind.Grid, [], 0, 0)));
        });
    }

    [Test]
    public void ToString_ListsParameters()
    {
        // Arrange
        var design = Make(DesignKind.LatinHypercube, 10, 3, Real("model.a", 0, 1));

        // Act
        string text = design.ToString();

        // Assert
        Assert.That(text, Does.Contain("model.a").And.Contain("Samples = 10").And.Contain("LatinHypercube"));
    }

    [Test]
    public void PointCount_Sobol_MatchesLayout()
    {
        // Arrange
        var design = new Design(DesignKind.Sobol, UnitParameters(5), 64, 0);

        // Act & Assert
        Assert.That(design.PointCount(), Is.EqualTo(SobolLayout.PointCount(64, 5)));
    }
}
