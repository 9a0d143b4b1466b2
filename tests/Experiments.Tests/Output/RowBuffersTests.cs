using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Analysis.Results;
using Experiments.Output;
using Experiments.Running;
using Experiments.Tests.EndToEnd;

namespace Experiments.Tests.Output;

/// <summary>
/// A block's episode rows are packed and written through arrays lent by a <see cref="RowBuffers"/> pool: the file
/// gets the same bytes, and packing leaves no copy of them for the collector (issue 13: the copies set off
/// most of a default experiment's full collections).
/// </summary>
public sealed class RowBuffersTests
{
    /// <summary>
    /// The runs of one block as the workers hand them over: about 28 KB of episode rows each (more than a default
    /// run's 18 KB) in arrays rented from the pool, so the block's member (about 400 KB of these random rows) is past the large-object threshold.
    /// </summary>
    private static (FinishedRun[] Runs, byte[] Episodes) Block(ArrayPool<byte> pool, int seed)
    {
        var random = new Random(seed);
        var runs = new FinishedRun[ExperimentPlan.BlockSize];
        var all = new MemoryStream();
        for (int r = 0; r < runs.Length; r++)
        {
            var text = new StringBuilder();
            for (int episode = 0; text.Length < 28_000; episode++)
                text.Append(CultureInfo.InvariantCulture,
                    $"0,none,{r},{episode},civil,{random.Next(1000)},{random.Next(1000)},settlement,{random.Next(1_000_000)},0,false,,{random.Next(40)},{random.Next(40)},2,false\n");
            byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
            all.Write(bytes);
            byte[] rented = pool.Rent(bytes.Length);
            bytes.CopyTo(rented, 0);
            var rows = new FormattedRows(Encoding.UTF8.GetBytes($"0,none,{r},{seed}\n"), new ArraySegment<byte>(rented, 0, bytes.Length), null);
            runs[r] = new FinishedRun(0, rows, new YearSeries(1));
        }
        return (runs, all.ToArray());
    }

    [Test]
    public void PackAndWrite_RentedRows_FileHoldsTheRowsInOrder()
    {
        // Arrange
        string folder = SimCli.TempFolder("rows");
        var pool = RowBuffers.ForRuns<byte>(2);
        var (first, firstEpisodes) = Block(pool, 1);
        var (second, secondEpisodes) = Block(pool, 2);

        // Act
        using (var writer = new RunRowsWriter(folder, resume: null, withEras: false, withParticle: false))
        {
            writer.Write(RunRowsWriter.Pack(first, 0, first.Length, pool));
            writer.Write(RunRowsWriter.Pack(second, 0, second.Length, pool));
            writer.Complete();
        }

        // Assert: the header line, then both blocks' rows; every member marked "no OS" as the framing promises
        byte[] file = File.ReadAllBytes(Path.Combine(folder, ResultFiles.Episodes));
        using var gzip = new GZipStream(new MemoryStream(file), CompressionMode.Decompress);
        var text = new MemoryStream();
        gzip.CopyTo(text);
        byte[] header = Encoding.UTF8.GetBytes(string.Join(',', Columns.Episodes) + "\n");
        Assert.That(text.ToArray(), Is.EqualTo(header.Concat(firstEpisodes).Concat(secondEpisodes).ToArray()));
        int blockMember = RunRowsWriter.EpisodesHeader.Length;
        Assert.That(file[blockMember..(blockMember + 10)], Is.EqualTo(new byte[] { 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255 }));
    }

    [Test]
    public void PackAndWrite_SecondBlock_AllocatesNoCopyOfItsRows()
    {
        // Arrange: a first block warms the pool and this thread's buffers
        string folder = SimCli.TempFolder("alloc");
        var pool = RowBuffers.ForRuns<byte>(2);
        var (warm, _) = Block(pool, 1);
        var (measured, episodes) = Block(pool, 2);
        using var writer = new RunRowsWriter(folder, resume: null, withEras: false, withParticle: false);
        var packed = RunRowsWriter.Pack(warm, 0, warm.Length, pool);
        writer.Write(packed);
        pool.GiveBack(packed.EpisodesMember);

        // Act
        long before = GC.GetAllocatedBytesForCurrentThread();
        packed = RunRowsWriter.Pack(measured, 0, measured.Length, pool);
        writer.Write(packed);
        pool.GiveBack(packed.EpisodesMember);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Assert: the rows are 1.8 MB and their member about 400 KB; allocated, either would be far above this
        Assert.That(episodes, Has.Length.GreaterThan(1_500_000));
        Assert.That(allocated, Is.LessThan(64 * 1024), $"{allocated:N0} bytes allocated to pack and write a block");
    }
}
