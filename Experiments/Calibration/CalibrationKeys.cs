namespace Experiments.Calibration;

/// <summary>The keys of a calibration config, declared once for the loader's messages and docs/CONFIG.md.</summary>
internal static class CalibrationKeys
{
    public static readonly (string Name, string Allowed, string Meaning)[] All =
    [
        ("name", "letters, digits, '-' and '_'; default calibration", "Results go to results/<name>/ unless --out says otherwise."),
        ("base", "a path, relative to this file", "The experiment config whose model, calendar, eras and schedules every run uses (history.yaml). Required."),
        ("arm", "a regime, custom regime or schedule of the base config", "What every run simulates: historical fits the record's schedule of institutions, not the none regime. Required."),
        ("seed", "an integer from 0 to 2^64-1", "Seed of every proposal draw (keyed by generation, proposal and purpose) and of the runs: generation g's runs use the seeds sim run gives design point g. Required."),
        ("population", "an integer from 2 to 100000", "N: particles kept in each generation, the size of the posterior sample. Required."),
        ("proposals", "an integer from population to 1000000", "M: parameter sets simulated in each generation; the N with the smallest distance are kept and the tolerance is the N-th smallest distance. Required."),
        ("generations", "an integer from 1 to 100", "ABC-SMC generations; generation 0 samples the prior. Required."),
        ("runs", "an integer from 1 to 100000", "R: histories per parameter set; every set of a generation runs the same R seeds (common random numbers). Required."),
        ("targets", "a path, relative to this file; default the record compiled into sim (data/record/targets.csv)", "The record's targets: use=train ones make the distance, use=test ones are only predicted."),
        ("parameters", "model parameter paths mapped to {prior: uniform | log_uniform, min, max} within the parameter's range", "The calibrated parameters and their priors (log_uniform needs min > 0). Required."),
    ];

    public static string Names => string.Join(", ", All.Select(k => k.Name));
}
