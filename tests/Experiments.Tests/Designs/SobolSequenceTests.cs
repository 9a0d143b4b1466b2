using Experiments.Designs;

namespace Experiments.Tests.Designs;

/// <summary>
/// Expected values were computed independently of the C# code, in exact arithmetic, with this textbook Python
/// (Bratley &amp; Fox 1988 recurrence on the integers m_k, each point computed directly from gray(n), no
/// incremental update); dimensions 1–3 also agree with SciPy's unscrambled <c>qmc.Sobol</c> documentation example.
/// <code>
/// from fractions import Fraction
/// rows = {2:(1,0,[1]), 3:(2,1,[1,3]), 4:(3,1,[1,3,1]), 21:(7,4,[1,3,7,13,13,15,69]), 42:(8,47,[1,1,7,15,21,11,81,45])}
/// def m_list(dim, L=12):
///     if dim == 1: return [1]*L
///     s, a, m = rows[dim]; m = list(m)
///     for k in range(s, L):
///         val = m[k-s] ^ (m[k-s] &lt;&lt; s)
///         for i in range(1, s):
///             if (a &gt;&gt; (s-1-i)) &amp; 1: val ^= m[k-i] &lt;&lt; i
///         m.append(val)
///     return m
/// def point(n, dim):
///     m = m_list(dim); g = n ^ (n &gt;&gt; 1); acc = 0
///     for k in range(12):
///         if g &gt;&gt; k &amp; 1: acc ^= m[k] &lt;&lt; (12-1-k)
///     return Fraction(acc, 1 &lt;&lt; 12)
/// </code>
/// </summary>
[TestFixture]
public sealed class SobolSequenceTests
{
    private static readonly double[] Dimension1 =
        [0.5, 0.75, 0.25, 0.375, 0.875, 0.625, 0.125, 0.1875, 0.6875, 0.9375, 0.4375, 0.3125, 0.8125, 0.5625, 0.0625, 0.09375];

    private static readonly double[] Dimension2 =
        [0.5, 0.25, 0.75, 0.375, 0.875, 0.125, 0.625, 0.3125, 0.8125, 0.0625, 0.5625, 0.1875, 0.6875, 0.4375, 0.9375, 0.46875];

    private static readonly double[] Dimension3 =
        [0.5, 0.25, 0.75, 0.625, 0.125, 0.875, 0.375, 0.9375, 0.4375, 0.6875, 0.1875, 0.3125, 0.8125, 0.0625, 0.5625, 0.46875];

    private static readonly double[] Dimension4 =
        [0.5, 0.25, 0.75, 0.875, 0.375, 0.625, 0.125, 0.4375, 0.9375, 0.1875, 0.6875, 0.5625, 0.0625, 0.8125, 0.3125, 0.65625];

    private static readonly double[] Dimension21 =
        [0.5, 0.25, 0.75, 0.125, 0.625, 0.375, 0.875, 0.1875, 0.6875, 0.4375, 0.9375, 0.0625, 0.5625, 0.3125, 0.8125, 0.71875];

    private static readonly double[] Dimension42 =
        [0.5, 0.75, 0.25, 0.625, 0.125, 0.375, 0.875, 0.0625, 0.5625, 0.8125, 0.3125, 0.6875, 0.1875, 0.4375, 0.9375, 0.34375];

    private static IEnumerable<TestCaseData> PublishedColumns()
    {
        yield return new TestCaseData(1, Dimension1).SetName("Points_Dimension1_IsVanDerCorputInGrayCodeOrder");
        yield return new TestCaseData(2, Dimension2).SetName("Points_Dimension2_MatchesReference");
        yield return new TestCaseData(3, Dimension3).SetName("Points_Dimension3_MatchesReference");
        yield return new TestCaseData(4, Dimension4).SetName("Points_Dimension4_MatchesReference");
        yield return new TestCaseData(21, Dimension21).SetName("Points_Dimension21_MatchesReference");
        yield return new TestCaseData(42, Dimension42).SetName("Points_Dimension42_MatchesReference");
    }

    [TestCaseSource(nameof(PublishedColumns))]
    public void Points_FirstSixteenAfterZero_MatchReference(int dimension, double[] expected)
    {
        // Act
        var points = SobolSequence.Points(SobolSequence.MaxDimensions, 1, expected.Length);

        // Assert
        Assert.That(points.Select(p => p[dimension - 1]), Is.EqualTo(expected));
    }

    [Test]
    public void Points_IndexZero_IsAllZeros()
    {
        // Act
        var point = SobolSequence.Points(SobolSequence.MaxDimensions, 0, 1)[0];

        // Assert
        Assert.That(point, Has.All.EqualTo(0.0));
    }

    [Test]
    public void Points_ManyPoints_AllCoordinatesInUnitInterval()
    {
        // Act
        var points = SobolSequence.Points(SobolSequence.MaxDimensions, 0, 1 << 14);

        // Assert
        Assert.That(points.SelectMany(p => p), Has.All.InRange(0.0, Math.BitDecrement(1.0)));
    }

    [Test]
    public void Points_FirstPowerOfTwoPoints_AreStratifiedInEveryDimension()
    {
        // Arrange
        const int maxK = 12;
        var points = SobolSequence.Points(SobolSequence.MaxDimensions, 0, 1 << maxK);

        // Act & Assert: for every k, the first 2^k points put exactly one point in each [j/2^k, (j+1)/2^k).
        Assert.Multiple(() =>
        {
            for (int k = 0; k <= maxK; k++)
            {
                int n = 1 << k;
                for (int dim = 0; dim < SobolSequence.MaxDimensions; dim++)
                {
                    var counts = new int[n];
                    for (int i = 0; i < n; i++)
                        counts[(int)Math.Floor(points[i][dim] * n)]++;
                    Assert.That(counts, Has.All.EqualTo(1), $"dimension {dim + 1}, first 2^{k} points");
                }
            }
        });
    }

    [TestCase(1u)]
    [TestCase(7u)]
    [TestCase(1000u)]
    [TestCase(1024u)]
    public void Points_StartingMidSequence_MatchesTheSameStretchOfTheWholeSequence(uint first)
    {
        // Arrange
        var whole = SobolSequence.Points(SobolSequence.MaxDimensions, 0, (int)first + 300);

        // Act
        var stretch = SobolSequence.Points(SobolSequence.MaxDimensions, first, 300);

        // Assert
        Assert.That(stretch, Is.EqualTo(whole.Skip((int)first)));
    }

    [Test]
    public void Points_LastIndex_IsTheLastOfTwoToTheThirtyTwo()
    {
        // Act: index 2^32 - 1 has gray code 2^31, so each coordinate is the 32nd direction number.
        var point = SobolSequence.Points(1, uint.MaxValue, 1)[0];

        // Assert
        Assert.That(point[0], Is.EqualTo(Math.Pow(2, -32)));
    }

    [TestCase(0)]
    [TestCase(43)]
    public void Points_DimensionsOutOfRange_Throws(int dimensions)
    {
        // Act & Assert
        Assert.That(() => SobolSequence.Points(dimensions, 0, 1), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Points_PastTheEndOfTheSequence_Throws()
    {
        // Act & Assert
        Assert.That(() => SobolSequence.Points(1, uint.MaxValue, 2), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
