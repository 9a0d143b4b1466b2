using Analysis.Calibration;

namespace Experiments.Calibration;

/// <summary>
/// One target (or part of one) the calibrated runs can measure: its record and band (a
/// <see cref="TargetCheck"/> without a simulated value) and whether it is fitted (train) or only predicted (test).
/// </summary>
internal sealed record CalibrationTarget(TargetCheck Record)
{
    public string Label => Record.Label;

    /// <summary>A test target (use=test): reported as an out-of-sample prediction, never part of the distance.</summary>
    public bool IsTest => Record.Target.IsTest;

    public double Distance(double estimate) => TargetDistance.Of(Record, estimate);

    /// <summary>
    /// The calibration's distance: the root mean square of the train targets' distances. Test targets are
    /// left out here, in the one place the distance is formed.
    /// </summary>
    public static double Total(IReadOnlyList<CalibrationTarget> targets, double[] estimates) =>
        TargetDistance.Total([.. targets.Select((t, i) => (t, i)).Where(x => !x.t.IsTest).Select(x => x.t.Distance(estimates[x.i]))]);
}
