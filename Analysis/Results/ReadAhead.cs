using System.IO.Pipelines;

namespace Analysis.Results;

/// <summary>
/// A stream read ahead on another thread: the digest decompresses episodes.csv.gz while it parses the
/// rows already out (a third of the second a default experiment spends reading its results back, and
/// all of it after the runs, when the other cores are idle). A pipe of a megabyte bounds what is held
/// (one of 8 MB read no faster and raised the peak memory of a 20,000-run experiment from 191 to 240 MB);
/// an error of the source (a damaged gzip member) reaches the reader as it was thrown.
/// </summary>
internal static class ReadAhead
{
    private const long Pause = 1 << 20, Resume = 1 << 19;

    public static Stream Open(Stream source)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: Pause, resumeWriterThreshold: Resume, useSynchronizationContext: false));
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
