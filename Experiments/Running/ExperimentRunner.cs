using Experiments.Configuration;
using Experiments.Output;
using Simulator.Engine;
using Simulator.Randomness;

namespace Experiments.Running;

/// <summary>
/// Runs every (point, regime, run) of an experiment in parallel over runs and writes the rows in
/// (point, regime, run) order whatever finishes first. Work goes in blocks so memory holds one
/// block of runs at a time; within a run everything is sequential and keyed, so the files do not
/// depend on the thread count.
/// </summary>
internal sealed class ExperimentRunner(ExperimentConfig config, int threads, ProgressReporter progress)
{
    private const int Point = 0;

    public int TotalRuns => config.Runs * config.Regimes.Length;

    public void Run(string folder)
    {
        int years = config.Model.Years;
        var yearly = new YearlyAggregator(years);
        using var rows = new RunRowsWriter(folder);
        int total = TotalRuns;
        int blockSize = 32 * threads;
        // Two buffers: the writer drains one block while the workers fill the next.
        RunOutput[] filling = new RunOutput[blockSize], draining = new RunOutput[blockSize];
        var writing = Task.CompletedTask;
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        progress.Start(total);
        for (int start = 0; start < total; start += blockSize)
        {
            int count = Math.Min(blockSize, total - start), first = start;
            var block = filling;
            Parallel.For(0, count, options, k => block[k] = RunOne(first + k));
            writing.Wait();
            (filling, draining) = (draining, filling);
            writing = Task.Run(() =>
            {
                for (int k = 0; k < count; k++)
                {
                    rows.Write(block[k]);
                    yearly.Add(block[k]);
                    block[k] = null!;
                }
                progress.Advance(first + count);
            });
        }
        writing.Wait();
        rows.Complete();
        yearly.Write(folder);
        progress.Finish();
    }

    /// <summary>Item i is regime i / runs, run i % runs: regime-major, the row order of the files.</summary>
    private RunOutput RunOne(int item)
    {
        string regime = config.Regimes[item / config.Runs];
        int run = item % config.Runs;
        // Common random numbers: the seed depends on (master seed, point, run), never on the regime.
        ulong seed = Keys.RunSeed(config.Seed, Point, run);
        var (definition, model) = config.Resolve(regime);
        var recorder = new RunRecorder(model.Years);
        var result = Simulation.Run(model, definition.Create(), seed, recorder);
        return new RunOutput(Point, regime, run, seed, result, recorder.Episodes, recorder.Yearly);
    }
}
