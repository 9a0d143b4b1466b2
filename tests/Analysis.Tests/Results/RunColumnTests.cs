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
        yield return [.. Enumerable.Range(0, 10_000).Select(i => (double)i)];                 // the first chunk grown to full size, then more
        yield return [.. Enumerable.Repeat(7.0, 40), 8, 7];                                   // spread past the first chunk's first size
        yield return [.. Enumerable.Range(0, 4097).Select(i => (double)(i % 5))];            // one past the first full chunk
        yield return [3, 3, 300, 3];                                                          // bytes widened to integers
        yield return [double.NaN, 254, 255, double.NaN];                                      // the largest byte, then one past it
        yield return [.. Enumerable.Range(0, 5000).Select(i => (double)(i % 7)), 1000, 2];    // widened past the first chunk
        yield return [-1, -1, 2];                                                             // a negative first value: integers at once
        yield return [7, 7, -3, 7];                                                           // a negative later value
        yield return [0, 1, 2.5];                                                             // bytes, then doubles
    }

    [TestCaseSource(nameof(Sequences))]
    public void GivesBackWhatWasAdded(double[] values)
    {
        var column = new RunColumn();
        foreach (double v in values) column.Add(v);
        Assert.That(column.Count, Is.EqualTo(values.Length));
        Assert.That(column.ToArray(), Is.EqualTo(values));
    }

    /// <summary>
    /// A sweep has many groups of a few runs each, a column per counter: a few varying values must not take a
    /// chunk sized for thousands of runs (16 KB each made a 1,536-group sweep's report take 2 GB).
    /// </summary>
    [Test]
    public void AFewVaryingValues_TakeAFewBytes()
    {
        var column = new RunColumn();
        column.Add(0);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 1; i < 10; i++) column.Add(i);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(allocated, Is.LessThan(1024), "bytes allocated by nine more values");
        Assert.That(column.ToArray(), Is.EqualTo(Enumerable.Range(0, 10).Select(i => (double)i)));
    }

    /// <summary>Counts below 255 take a byte a run: a digest of 20,000 runs a regime holds sixty such columns a group.</summary>
    [Test]
    public void SmallCounts_TakeAByteARun()
    {
        var column = new RunColumn();
        column.Add(0);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 1; i < 20_000; i++) column.Add(i % 13);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(allocated, Is.LessThan(2 * 20_000), "bytes allocated by 20,000 small counts (integers took 80,000 and more)");
        Assert.That(column.ToArray()[19_999], Is.EqualTo(19_999 % 13));
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
