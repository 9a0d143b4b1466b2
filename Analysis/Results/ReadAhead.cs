using System.IO.Pipelines;

namespace Analysis.Results;

/// <summary>
/// A stream read ahead on another thread: the digest decompresses episodes.csv.gz while it parses the
/// rows already out (a third of the second a default experiment spends reading its results back, and
/// all of it after the runs, when the other cores are idle). A pipe of a megabyte bounds what is held
/// (one of 8 MB read no faster and raised the peak memory of a 20,000-run experiment from 191 to 240 MB);
/// an error of the source (a damaged gzip member) reaches the reader as it was thrown.
/// </summary>
/// <remarks>
/// The pipe's segments are 64 KB, not its default 4 KB. A megabyte in flight is then 16 segments, which the
/// shared array pool takes back and lends again; of 4 KB segments it is 256, more than the pool keeps, so
/// most were new arrays that lived while the pipe was full. Caught alive by the collections of the parser's
/// garbage, they piled up in generation 1 (from 13 to 52 MB while a 20,000-run experiment's episodes were
/// read), which is what made the digest's peak memory grow with the number of runs (issue 13).
/// </remarks>
internal static class ReadAhead
{
    private const long Pause = 1 << 20, Resume = 1 << 19;
    private const int Segment = 64 * 1024;

    public static Stream Open(Stream source)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: Pause, resumeWriterThreshold: Resume, minimumSegmentSize: Segment, useSynchronizationContext: false));
        _ = Task.Run(async () =>
        {
            try
            {
                // Ends early, without error, when the reader is disposed before the end.
                await source.CopyToAsync(pipe.Writer).ConfigureAwait(false);
                await pipe.Writer.CompleteAsync().ConfigureAwait(false);
            }
            catch (Exception e)
            {
                await pipe.Writer.CompleteAsync(e).ConfigureAwait(false);
            }
            finally
            {
                await source.DisposeAsync().ConfigureAwait(false);
            }
        });
        return pipe.Reader.AsStream();
    }
}
