using Analysis.Calibration;
using Analysis.Results;
using Analysis.Statistics;

namespace Experiments.Calibration;

/// <summary>
/// The tables of a finished calibration, from its generations: posterior.csv (the contract with
/// <c>sim run</c>'s <c>parameters: posterior.csv</c> reader), generations.csv, distances.csv, fit.csv and
/// identification.csv; and the <see cref="CalibrationFit"/> the report draws.
/// </summary>
internal static class CalibrationTables
{
    public const string Posterior = "posterior.csv";

    public static readonly string[] Files = [Posterior, "generations.csv", "distances.csv", "fit.csv", "identification.csv"];

    public static CalibrationFit Fit(CalibrationConfig config, IReadOnlyList<CalibrationTarget> targets, IReadOnlyList<Generation> generations)
    {
        var final = generations[^1].Population;
        var weights = final.Select(p => p.Weight).ToArray();
        var parameters = config.Parameters.Select((p, k) => new PosteriorMarginal(p.Path, p.Prior == PriorKind.LogUniform, p.Min, p.Max,
            [.. final.Select(x => p.FromWorking(x.Working[k]))])).ToArray();
        var fits = targets.Select((t, i) =>
        {
            var values = final.Select(p => p.Estimates[i]).ToArray();
            return new TargetFit(t.Record, WeightedSample.Quantile(values, weights, 0.5), WeightedSample.Quantile(values, weights, 0.05), WeightedSample.Quantile(values, weights, 0.95));
        }).ToArray();
        var summaries = generations.Select(g => new GenerationSummary(g.Index, g.Epsilon, g.Population.Count, g.Proposals, g.EffectiveSampleSize)).ToArray();
        return new CalibrationFit(config.Name, config.Arm, config.Seed, config.Runs, weights, parameters, fits, summaries);
    }

    public static void Write(string folder, CalibrationFit fit, IReadOnlyList<CalibrationTarget> targets, IReadOnlyList<Generation> generations)
    {
        var final = generations[^1].Population;
        CsvRows.WriteFile(Path.Combine(folder, Posterior), ["particle", "weight", .. fit.Parameters.Select(p => p.Path)], csv =>
        {
            for (int i = 0; i < final.Count; i++)
            {
                csv.Add(i).Add(fit.Weights[i]);
                foreach (var p in fit.Parameters) csv.Add(p.Values[i]);
                csv.End();
            }
        });
        CsvRows.WriteFile(Path.Combine(folder, "generations.csv"), ["generation", "epsilon", "accepted", "proposals", "effective_sample_size"], csv =>
        {
            foreach (var g in fit.Generations) csv.Add(g.Generation).Add(g.Epsilon).Add(g.Accepted).Add(g.Proposals).Add(g.EffectiveSampleSize).End();
        });
        CsvRows.WriteFile(Path.Combine(folder, "distances.csv"), ["particle", "target", "use", "estimate", "distance"], csv =>
        {
            for (int i = 0; i < final.Count; i++)
                for (int t = 0; t < targets.Count; t++)
                    csv.Add(i).Add(targets[t].Label).Add(targets[t].Record.Target.Use).Add(final[i].Estimates[t]).Add(targets[t].Distance(final[i].Estimates[t])).End();
        });
        CsvRows.WriteFile(Path.Combine(folder, "fit.csv"),
            ["id", "part", "quantity", "period", "use", "record", "band_low", "band_high", "median", "q05", "q95", "inside"], csv =>
            {
                foreach (var t in fit.Targets)
                    csv.Add(t.Record.Target.Id).Add(t.Record.Measure.Part ?? "").Add(t.Record.Target.Quantity).Add(t.Record.Period).Add(t.Record.Target.Use)
                        .Add(t.Record.RecordValue).Add(t.Record.Band.Low).Add(t.Record.Band.High).Add(t.Median).Add(t.Low).Add(t.High)
                        .Add(t.Inside is { } inside ? (inside ? "true" : "false") : "").End();
            });
        CsvRows.WriteFile(Path.Combine(folder, "identification.csv"), ["parameter", "prior", "min", "max", "prior_sd", "posterior_sd", "ratio", "identified"], csv =>
        {
            foreach (var p in fit.Parameters)
            {
                double posterior = fit.PosteriorSd(p), ratio = posterior / p.PriorSd;
                csv.Add(p.Path).Add(p.LogScale ? "log_uniform" : "uniform").Add(p.Min).Add(p.Max).Add(p.PriorSd).Add(posterior).Add(ratio)
                    .Add(ratio < CalibrationFit.IdentifiedRatio).End();
            }
        });
    }
}
