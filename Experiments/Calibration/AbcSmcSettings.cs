using System.Collections.Immutable;

namespace Experiments.Calibration;

/// <summary>The sizes and seed of an ABC-SMC calibration, and the parameters it fits.</summary>
internal sealed record AbcSmcSettings(ImmutableArray<CalibrationParameter> Parameters, ulong Seed, int Population, int Proposals, int Generations);
