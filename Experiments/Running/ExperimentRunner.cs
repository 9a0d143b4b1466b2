using System.Diagnostics;
using Experiments.Output;
using Simulator.Engine;

namespace Experiments.Running;

/// <summary>
/// Runs a range of an experiment's items in parallel over runs and writes the rows in (point,
/// regime, run) order whatever finishes first. Work goes in blocks: the writer drains one block
/// while the workers fill the next, and every few seconds a checkpoint makes the progress durable so
/// an interrupted run can resume.
/// The checkpoint at the end item is left for the caller to delete once the folder is complete. Within a run everything is sequential and keyed, so the files do
/// not depend on the thread count, on sharding or on interruptions.
/// </summary>
internal sealed class ExperimentRunner(ExperimentPlan plan, int threads, ProgressReporter progress, string shard)
{
    private static readonly TimeSpan CheckpointInterval = TimeSpan.FromSeconds(2);

    /// <summary>The calendar eras reported separately (eras.csv), by name.</summary>
    private readonly IReadOnlyList<string> eraNames = [.. plan.Config.Model.Calendar.ParseEras().Select(e => e.Name)];

    public void Run(string folder, long firstItem, long endItem, Checkpoint? resume, string configSha256)
    {
        var config = plan.Config;
        var counts = resume is null
            ? new YearlyCounts(config.Regimes, config.Model.Years, config.Model.FirstReportedYear)
            : YearlyCounts.ReadCounts(resume.VerifiedYearlyCounts(folder), config.Regimes, config.Model.Years, config.Model.FirstReportedYear);
        var checkpoint = resume;
        long start = resume?.NextItem ?? firstItem;
        int blockSize = ExperimentPlan.BlockSize * Math.Max(1, threads);
        var sinceCheckpoint = Stopwatch.StartNew();
        var interval = CheckpointInterval;

        using (var rows = new RunRowsWriter(folder, resume, eraNames.Count > 0, config.Posterior is not null))
        {
            FinishedRun[] filling = new FinishedRun[blockSize], draining = new FinishedRun[blockSize];
            var writing = Task.CompletedTask;
            var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
            progress.Start(endItem - firstItem, start - firstItem);
            for (long block = start; block < endItem; block += blockSize)
            {
                int count = (int)Math.Min(blockSize, endItem - block);
                long first = block;
                var outputs = filling;
                // Each worker takes the next run as it finishes one. Parallel.For over the runs hands them out
                // in chunks that grow, so a block ended with one thread running its last few alone: some 15 ms
                // a block of 128 runs on two threads, 3.6% of the simulation's time.
                int taken = -1;
                Parallel.For(0, threads, options, _ =>
                {
                    for (int k; (k = Interlocked.Increment(ref taken)) < count;) outputs[k] = RunOne(first + k);
                });
                // Rows go to the files in blocks of the plan (aligned to item 0, so shards and resumes cut
                // between them): each block is packed, its episodes compressed, on a worker thread.
                if (first % ExperimentPlan.BlockSize != 0) throw new InvalidOperationException($"item {first} does not start a block");
                var packed = new BlockRows[(count + ExperimentPlan.BlockSize - 1) / ExperimentPlan.BlockSize];
                Parallel.For(0, packed.Length, options, b =>
                    packed[b] = RunRowsWriter.Pack(outputs, b * ExperimentPlan.BlockSize, Math.Min(count, (b + 1) * ExperimentPlan.BlockSize)));
                writing.Wait();
                (filling, draining) = (draining, filling);
                writing = Task.Run(() =>
                {
                    foreach (var rowsOfBlock in packed) rows.Write(rowsOfBlock);
                    for (int k = 0; k < count; k++)
                    {
                        counts.Add(outputs[k], plan.Item(first + k).Regime);
                        outputs[k] = null!;
                    }
                    long next = first + count;
                    progress.Advance(next - firstItem);
                    FaultPoint.Hit("block.written");
                    if (next < endItem && (sinceCheckpoint.Elapsed >= interval || FaultPoint.Active))
                    {
                        var writingStarted = sinceCheckpoint.Elapsed;
                        var (runsBytes, episodesBytes, erasBytes) = rows.Flush();
                        checkpoint = new Checkpoint(configSha256, shard, next, runsBytes, episodesBytes, erasBytes).Write(folder, counts, checkpoint);
                        // A large checkpoint (many design points) is written less often: at most ~5% of the time goes to checkpoints.
                        interval = TimeSpan.FromTicks(Math.Max(CheckpointInterval.Ticks, 20 * (sinceCheckpoint.Elapsed - writingStarted).Ticks));
                        sinceCheckpoint.Restart();
                    }
                });
            }
            writing.Wait();
            // The last checkpoint, at the end item, stays until the folder is complete: a resume after
            // any later step redoes only the steps after the simulation (the caller deletes it).
            if (checkpoint?.NextItem != endItem)
            {
                var (runsBytes, episodesBytes, erasBytes) = rows.Flush();
                checkpoint = new Checkpoint(configSha256, shard, endItem, runsBytes, episodesBytes, erasBytes).Write(folder, counts, checkpoint);
            }
            rows.Complete();
        }
        counts.WriteCounts(Path.Combine(folder, "yearly_counts.csv"));
        counts.WriteYearly(Path.Combine(folder, "yearly.csv"));
        progress.Finish();
    }

    private FinishedRun RunOne(long item)
    {
        var (point, regime, run) = plan.Item(item);
        var (create, model, seed, particle) = plan.Setup(point, regime, run);
        var recorder = new RunRecorder(model.Years, model.FirstReportedYear);
        var result = Simulation.Run(model, create(), seed, recorder);
        var output = new RunOutput(point, plan.Config.Regimes[regime], run, seed, result, recorder.Episodes, recorder.Yearly, eraNames) { Particle = particle };
        return new FinishedRun(point, RunRowsWriter.Format(output), recorder.Yearly);
    }
}
