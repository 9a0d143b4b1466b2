using System.Diagnostics;

namespace Experiments.Running;

/// <summary>
/// Progress of a long run on standard error: an updating line with runs done, rate and ETA on a
/// terminal; a plain line every few seconds when redirected (CI logs); nothing when quiet.
/// </summary>
internal sealed class ProgressReporter(bool quiet)
{
    private readonly Stopwatch clock = new();
    private readonly bool terminal = !Console.IsErrorRedirected;
    private TimeSpan lastReport;
    private long total, resumedAt;

    public TimeSpan Elapsed => clock.Elapsed;

    /// <summary>Starts timing <paramref name="totalRuns"/> runs, of which <paramref name="alreadyDone"/> were done before a resume.</summary>
    public void Start(long totalRuns, long alreadyDone = 0)
    {
        total = totalRuns;
        resumedAt = alreadyDone;
        clock.Restart();
        lastReport = TimeSpan.Zero;
    }

    public void Advance(long done)
    {
        if (quiet) return;
        var interval = terminal ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromSeconds(5);
        if (clock.Elapsed - lastReport < interval && done < total) return;
        lastReport = clock.Elapsed;
        double rate = (done - resumedAt) / Math.Max(1e-9, clock.Elapsed.TotalSeconds);
        double eta = (total - done) / Math.Max(1e-9, rate);
        string line = $"runs {done}/{total} ({100.0 * done / total:F0}%)  {rate:F0} runs/s  ETA {eta:F0}s";
        if (terminal) Console.Error.Write($"\r{line}   ");
        else Console.Error.WriteLine(line);
    }

    public void Finish()
    {
        if (quiet) return;
        if (terminal) Console.Error.WriteLine();
    }
}
