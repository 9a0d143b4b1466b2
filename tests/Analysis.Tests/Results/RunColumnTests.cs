using Analysis.Results;

namespace Analysis.Tests.Results;

/// <summary>A column gives back what was added, in order, whether it stayed one value, held integers or needed doubles.</summary>
public sealed class RunColumnTests
{
    private static IEnumerable<double[]> Sequences()
    {
        yield return [];
        yield return [0, 0, 0];
        yield return [double.NaN, double.NaN];
        yield return [2.5, 2.5, 2.5];
        yield return [3, 3, 7, 3];
        yield return [double.NaN, double.NaN, 4, double.NaN];
        yield return [2.5, 2.5, 1];
        yield return [1, 1, 2.5, 1];
        yield return [3e10, 3e10, 1];
        yield return [.. Enumerable.Repeat(5.0, 9000), 6, .. Enumerable.Repeat(5.0, 100)]; // past two chunks before the change
        yield return [.. Enumerable.Repeat(0.0, 8192), 1];                                    // a change exactly at a chunk's end
    }

    [TestCaseSource(nameof(Sequences))]
    public void GivesBackWhatWasAdded(double[] values)
    {
        var column = new RunColumn();
        foreach (double v in values) column.Add(v);
        Assert.That(column.Count, Is.EqualTo(values.Length));
        Assert.That(column.ToArray(), Is.EqualTo(values));
    }

    [Test]
    public void NegativeZero_ComesBackAsZero_AsAnIntegerCellDoes()
    {
        var constant = new RunColumn();
        constant.Add(-0.0);
        constant.Add(-0.0);
        var varying = new RunColumn();
        varying.Add(-0.0);
        varying.Add(1);
        Assert.That(double.IsNegative(constant.ToArray()[0]), Is.False);
        Assert.That(double.IsNegative(varying.ToArray()[0]), Is.False);
    }
}
