using Analysis.Statistics;

namespace Analysis.Calibration;

/// <summary>
/// One target (or one part of it) beside what a regime's runs give: the record's value and band, the simulated
/// value with its 95% interval on the target's scale, and whether the simulated value lies in the band.
/// <see cref="Simulated"/> is null when this regime has no such metric (<see cref="Note"/> says why).
/// </summary>
public sealed record TargetCheck(Target Target, Measure Measure, string RecordValue, Band Band, Interval? Simulated, string Note)
{
    public string Label => Measure.Part is { } part ? $"{Target.Id} ({part})" : Target.Id;

    public string Period => Measure.Period ?? Target.Period;

    /// <summary>True inside the band, false outside, null when not measured.</summary>
    public bool? Inside => Simulated is { } s && !double.IsNaN(s.Estimate) ? Band.Contains(s.Estimate) : null;
}

/// <summary>A target the run cannot measure, and why.</summary>
public sealed record UnmeasuredTarget(Target Target, string? Part, string Reason)
{
    public string Label => Part is { } part ? $"{Target.Id} ({part})" : Target.Id;
}
