using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using Analysis.Results;
using Experiments.Output;
using Simulator.Engine;
using Simulator.Entities;
using Simulator.Observation;

namespace Experiments.Running;

/// <summary>
/// Runs a range of an experiment's items in parallel over runs and writes the rows in (point,
/// regime, run) order whatever finishes first. Work goes in sets of blocks: while the workers pack
/// the set they simulated last and simulate the next, the writer writes the set before, and every few
/// seconds a checkpoint makes the progress durable so an interrupted run can resume. The writer also feeds each
/// block's rows to the results digest, so the summary need not read the episodes back after the runs.
/// The checkpoint at the end item is left for the caller to delete once the folder is complete. Within a run everything is sequential and keyed, so the files do
/// not depend on the thread count, on sharding or on interruptions.
/// </summary>
internal sealed class ExperimentRunner(ExperimentPlan plan, int threads, ProgressReporter progress, string shard)
{
    private static readonly TimeSpan CheckpointInterval = TimeSpan.FromSeconds(2);

    /// <summary>The calendar eras reported separately (eras.csv), by name.</summary>
    private readonly IReadOnlyList<string> eraNames = [.. plan.Config.Model.Calendar.ParseEras().Select(e => e.Name)];

    /// <summary>
    /// Runs items [<paramref name="firstItem"/>, <paramref name="endItem"/>) into <paramref name="folder"/>'s data files. Returns
    /// the folder's results digest, built as the rows were written, or null for a design of several points or after a
    /// resume (the digest is then read from the files).
    /// </summary>
    public ResultsDigest? Run(string folder, long firstItem, long endItem, Checkpoint? resume, string configSha256)
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
        var buffers = RowBuffers.ForRuns<byte>(threads);
        // The digest is built as the rows are written when it is small: one design point's regimes. A design's groups
        // (hundreds of points) each hold a digest, which beside the yearly counts of the runs raised a sweep's peak
        // memory by a third (regime_sensitivity.yaml, 6 runs a point: 340 to 440 MB); its digest is read after the runs.
        // So is a resumed run's, which did not see the rows written before it.
        var digest = resume is null && config.PointCount == 1
            ? new DigestFeed(config.Model.FirstReportedYear, Columns.RunsOf(config.Posterior is not null), eraNames.Count) : null;
        var digestBuffers = digest is null ? null : RowBuffers.ForRuns<DigestEpisode>(threads);

        using (var rows = new RunRowsWriter(folder, resume, eraNames.Count > 0, config.Posterior is not null))
        {
            // Three sets of runs in turn: one filling, the last one being packed, the one before being written.
            FinishedRun[][] sets = [new FinishedRun[blockSize], new FinishedRun[blockSize], new FinishedRun[blockSize]];
            int turn = 0;
            var writing = Task.CompletedTask;
            var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
            Simulated? packing = null;
            progress.Start(endItem - firstItem, start - firstItem);
            try
            {
                for (long first = start; first < endItem || packing is not null; first += blockSize)
                {
                    int count = (int)Math.Clamp(endItem - first, 0, blockSize);
                    var outputs = sets[turn++ % sets.Length];
                    var toPack = packing;
                    // The workers take the blocks of the set simulated last to pack (their episodes compressed),
                    // then its runs, one at a time as each finishes one: no thread waits for another between packing
                    // and running, and a set ends with at most one run still going on another thread. Parallel.For
                    // over the runs handed them out in chunks that grow, so a set of 128 runs on two threads ended
                    // with one thread running its last few alone (a core idle some 15 ms a set, 3.6% of the default
                    // experiment's simulation); packing as a step of its own left a core idle 0.24 s an experiment.
                    int packs = toPack?.Packed.Length ?? 0;
                    Parallel.ForEach(OneAtATime(packs + count), options, job =>
                    {
                        if (job < packs) toPack!.Packed[job] = toPack.Pack(job, buffers);
                        else outputs[job - packs] = RunOne(first + job - packs, buffers, digestBuffers);
                    });
                    if (toPack is not null)
                    {
                        writing.Wait();
                        writing = Task.Run(() => Write(toPack));
                    }
                    packing = count > 0 ? new Simulated(first, count, outputs) : null;
                }
            }
            catch
            {
                // A run failed: the block being written finishes before the files close under it (its own
                // failure, if any, is not the one to report).
                try { writing.Wait(); } catch (AggregateException) { }
                throw;
            }

            // Rows go to the files in blocks of the plan, in order; a checkpoint every few seconds makes them durable.
            void Write(Simulated done)
            {
                for (int b = 0; b < done.Packed.Length; b++)
                {
                    var rowsOfBlock = done.Packed[b];
                    rows.Write(rowsOfBlock);
                    buffers.GiveBack(rowsOfBlock.EpisodesMember);
                    int offset = b * ExperimentPlan.BlockSize;
                    digest?.Add(rowsOfBlock.Runs, rowsOfBlock.Eras, k => done.Runs[offset + k].Episodes);
                }
                for (int k = 0; k < done.Count; k++)
                {
                    var (point, regime, _) = plan.Item(done.First + k);
                    if (point < config.YearlyPointCount) counts.Add(done.Runs[k], regime);
                    digestBuffers?.GiveBack(done.Runs[k].Episodes);
                    done.Runs[k] = null!;
                }
                long next = done.First + done.Count;
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
        return digest?.Complete();
    }

    /// <summary>0, 1, ..., count - 1 handed to the workers one at a time, in order (not in chunks).</summary>
    internal static OrderablePartitioner<int> OneAtATime(int count) =>
        Partitioner.Create(Enumerable.Range(0, count), EnumerablePartitionerOptions.NoBuffering);

    /// <summary>
    /// Runs simulated together, waiting to be packed and written: the blocks of the plan they cover (aligned
    /// to item 0, so shards and resumes cut between them), each packed on a worker thread.
    /// </summary>
    private sealed class Simulated
    {
        public readonly long First;
        public readonly int Count;
        public readonly FinishedRun[] Runs;
        public readonly BlockRows[] Packed;

        public Simulated(long first, int count, FinishedRun[] runs)
        {
            if (first % ExperimentPlan.BlockSize != 0) throw new InvalidOperationException($"item {first} does not start a block");
            (First, Count, Runs) = (first, count, runs);
            Packed = new BlockRows[(count + ExperimentPlan.BlockSize - 1) / ExperimentPlan.BlockSize];
        }

        public BlockRows Pack(int block, ArrayPool<byte> buffers) =>
            RunRowsWriter.Pack(Runs, block * ExperimentPlan.BlockSize, Math.Min(Count, (block + 1) * ExperimentPlan.BlockSize), buffers);
    }

    /// <param name="digestBuffers">Where the run's episodes for the digest are kept; null when there is no digest to feed.</param>
    private FinishedRun RunOne(long item, ArrayPool<byte> buffers, ArrayPool<DigestEpisode>? digestBuffers)
    {
        var (point, regime, run) = plan.Item(item);
        var (create, model, seed, particle) = plan.Setup(point, regime, run);
        var recorder = new RunRecorder(model.Years, model.FirstReportedYear);
        var result = Simulation.Run(model, create(), seed, recorder);
        var output = new RunOutput(point, plan.Config.Regimes[regime], run, seed, result, recorder.Episodes, recorder.Yearly, eraNames) { Particle = particle };
        var rows = RunRowsWriter.Format(output, buffers);
        return new FinishedRun(point, rows, recorder.Yearly) { Episodes = digestBuffers is null ? ArraySegment<DigestEpisode>.Empty : ForDigest(recorder.Episodes, digestBuffers) };
    }

    /// <summary>A run's episodes (in episode order: <see cref="RunRowsWriter.Format"/> sorted them) as the digest reads their rows.</summary>
    private static ArraySegment<DigestEpisode> ForDigest(List<EpisodeRecord> episodes, ArrayPool<DigestEpisode> pool)
    {
        if (episodes.Count == 0) return ArraySegment<DigestEpisode>.Empty;
        var digest = pool.Rent(episodes.Count);
        for (int i = 0; i < episodes.Count; i++)
        {
            var e = episodes[i];
            digest[i] = new DigestEpisode(e.Episode, e.Kind == EpisodeKind.Civil, e.StartYear, e.EndYear ?? -1, e.RelapseOf ?? -1,
                e.Peacekeeping, e.GreatPowers, e.Participants);
        }
        return new ArraySegment<DigestEpisode>(digest, 0, episodes.Count);
    }
}
