using System.Buffers;
using Analysis.Results;

namespace Analysis.Tests.Results;

/// <summary>A run's rows formatted into a lent array: the same bytes as a new one, and no garbage the size of the rows.</summary>
public sealed class CsvRowsTests
{
    /// <summary>About 26 KB of episode-like rows (a default run averages 18 KB).</summary>
    private static void Rows(CsvRows line)
    {
        for (int i = 0; i < 700; i++)
            line.Add(0).Add("none").Add(i).Add(i * 7 % 200).Add("civil").Add(i % 200).Add((int?)null).Add(1234.5 + i).Add(i % 2 == 0).End();
    }

    [Test]
    public void Format_IntoPool_SameBytesAndNoCopyLeftBehind()
    {
        // Arrange: a first call warms this thread's buffer and the pool's bucket
        var pool = ArrayPool<byte>.Create(1 << 22, 16);
        byte[] expected = CsvRows.Format(Rows);
        pool.Return(CsvRows.Format(Rows, pool).Array!);

        // Act
        long before = GC.GetAllocatedBytesForCurrentThread();
        var rows = CsvRows.Format(Rows, pool);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Assert: the rows are in the rented array; what is allocated is the writer, not a copy of them
        Assert.Multiple(() =>
        {
            Assert.That(rows.ToArray(), Is.EqualTo(expected));
            Assert.That(expected, Has.Length.GreaterThan(20_000));
            Assert.That(allocated, Is.LessThan(expected.Length / 4), $"{allocated:N0} bytes allocated to format {expected.Length:N0}");
        });
        pool.Return(rows.Array!);
    }
}
