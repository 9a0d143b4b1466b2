using System.Collections.Immutable;
using Analysis.Calibration;
using Experiments.Configuration;

namespace Experiments.Calibration;

/// <summary>
/// A calibration (<c>sim calibrate CONFIG</c>): the experiment whose runs are fitted (its base config
/// and the arm, a regime or schedule, whose runs are simulated), the ABC-SMC sizes and seed, the priors
/// of the calibrated parameters and the record's targets.
/// </summary>
internal sealed record CalibrationConfig
{
    /// <summary>Results go to <c>results/&lt;name&gt;/</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The experiment whose model, calendar and schedules the runs use (the <c>base</c> config).</summary>
    public required ExperimentConfig Experiment { get; init; }

    /// <summary>The regime or schedule every run simulates (history.yaml's <c>historical</c>; never <c>none</c> unless asked).</summary>
    public required string Arm { get; init; }

    /// <summary>Seed of every proposal draw and, through <see cref="Simulator.Randomness.Keys.RunSeed"/>, of every run.</summary>
    public required ulong Seed { get; init; }

    /// <summary>N: particles kept in each generation's population.</summary>
    public required int Population { get; init; }

    /// <summary>M: parameter sets proposed and simulated in each generation (M ≥ N).</summary>
    public required int Proposals { get; init; }

    public required int Generations { get; init; }

    /// <summary>R: runs per proposal; every proposal of a generation runs the same R run seeds (common random numbers).</summary>
    public required int Runs { get; init; }

    public required ImmutableArray<CalibrationParameter> Parameters { get; init; }

    /// <summary>The record's targets (data/record/targets.csv, or the file the config names); test targets are only predicted.</summary>
    public required IReadOnlyList<Target> Targets { get; init; }

    /// <summary>The canonical text of everything above, hashed into the manifest and checked on resume.</summary>
    public required string CanonicalText { get; init; }
}
