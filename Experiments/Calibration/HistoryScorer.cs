using System.Buffers;
using System.Text;
using Analysis.Calibration;
using Analysis.Results;
using Analysis.Summary;
using Experiments.Configuration;
using Experiments.Output;
using Experiments.Running;
using Simulator.Engine;
using Simulator.Randomness;

namespace Experiments.Calibration;

/// <summary>
/// Scores a parameter set by simulating it: the R runs of the calibrated arm, each seeded as
/// <c>sim run</c> seeds design point g (<see cref="Keys.RunSeed"/>(seed, g, run)), so every proposal of
/// generation g replays the same histories. The runs' rows are formatted exactly as runs.csv, eras.csv
/// and episodes.csv hold them and read back in memory by the same digest, summary and target code as
/// <c>sim run</c>'s targets.csv: a proposal's estimates are what a results folder of its runs would say,
/// and nothing is written to disk. Memory holds one proposal's rows per thread at a time.
/// </summary>
internal sealed class HistoryScorer : IProposalScorer
{
    private readonly CalibrationConfig config;
    private readonly IReadOnlyList<(Target Target, Measure Measure)> measurable;
    private readonly IReadOnlyList<string> eraNames;

    public HistoryScorer(CalibrationConfig config)
    {
        this.config = config;
        var model = config.Experiment.Model;
        eraNames = [.. model.Calendar.ParseEras().Select(e => e.Name)];
        bool calendar = model.FirstReportedYear != 0 || eraNames.Count > 0;
        measurable = TargetEvaluation.Partition(eraNames, calendar, config.Targets).Measurable;
        Targets = [.. TargetEvaluation.Check([], config.Arm, measurable).Select(c => new CalibrationTarget(c))];
    }

    public IReadOnlyList<CalibrationTarget> Targets { get; }

    public double[] Estimates(double[] values, int generation)
    {
        var (create, model) = config.Experiment.Resolve(config.Arm);
        for (int k = 0; k < values.Length; k++) model = ModelPaths.With(model, config.Parameters[k].Path, values[k]);

        var runs = new StringBuilder(string.Join(',', Columns.Runs)).Append('\n');
        var eras = eraNames.Count > 0 ? new StringBuilder(string.Join(',', Columns.Eras)).Append('\n') : null;
        var episodes = new StringBuilder(string.Join(',', Columns.Episodes)).Append('\n');
        for (int run = 0; run < config.Runs; run++)
        {
            ulong seed = Keys.RunSeed(config.Seed, generation, run);
            var recorder = new RunRecorder(model.Years, model.FirstReportedYear);
            var result = Simulation.Run(model, create(), seed, recorder);
            // Point 0: the target checks read design point 0; the generation is in the seed, not the row.
            var rows = RunRowsWriter.Format(new RunOutput(0, config.Arm, run, seed, result, recorder.Episodes, recorder.Yearly, eraNames), ArrayPool<byte>.Shared);
            runs.Append(Encoding.UTF8.GetString(rows.Runs));
            if (rows.Eras is not null) eras?.Append(Encoding.UTF8.GetString(rows.Eras));
            episodes.Append(Encoding.UTF8.GetString(rows.Episodes));
            ArrayPool<byte>.Shared.GiveBack(rows.Episodes);
        }
        var digest = ResultsDigest.FromText(runs.ToString(), eras?.ToString(), episodes.ToString(), model.FirstReportedYear);
        var metrics = SummaryBuilder.Build(digest).Concat(EraCounts.From(digest)).ToArray();
        var checks = TargetEvaluation.Check(metrics, config.Arm, measurable);
        return [.. checks.Select(c => c.Simulated?.Estimate ?? double.NaN)];
    }
}
