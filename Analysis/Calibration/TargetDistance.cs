using System.Globalization;
using Simulator.Numerics;

namespace Analysis.Calibration;

/// <summary>
/// How far a simulated value lies from a target, in units of the target's own tolerance: 0 at the
/// record's value, 1 at the edge of its band, so "inside the band" and "distance at most 1" agree.
/// A <c>factor</c> tolerance is a ratio band, so its distance is taken on the log scale
/// (|ln(sim/record)| / ln F); every other band is measured linearly, on the side of the record the
/// value falls (bands such as Poisson intervals are not symmetric).
/// </summary>
public static class TargetDistance
{
    /// <summary>
    /// The distance of a target the runs could not measure (no events to count): large and finite,
    /// ten band half-widths, so such a parameter set ranks behind any that measures it moderately well
    /// without making the root mean square infinite.
    /// </summary>
    public const double Undefined = 10;

    /// <summary>The centre the distance counts from: the record's value, or the band's midpoint for a range ("-50 to -75").</summary>
    public static double Centre(TargetCheck check) =>
        double.TryParse(check.RecordValue.TrimStart('~'), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && check.Band.Contains(v)
            ? v
            : (check.Band.Low + check.Band.High) / 2;

    /// <summary>The standardised error of <paramref name="simulated"/> against a target's record and band.</summary>
    public static double Of(TargetCheck check, double simulated)
    {
        if (double.IsNaN(simulated) || double.IsInfinity(simulated)) return Undefined;
        double centre = Centre(check);
        var band = check.Band;
        bool ratio = (check.Measure.Tolerance ?? check.Target.Tolerance).StartsWith("factor", StringComparison.Ordinal);
        if (ratio && centre > 0 && band.High > centre)
            return simulated <= 0 ? Undefined : Math.Abs(PortableMath.Log(simulated / centre)) / PortableMath.Log(band.High / centre);
        double halfWidth = simulated >= centre ? band.High - centre : centre - band.Low;
        if (halfWidth <= 0) halfWidth = (band.High - band.Low) / 2;
        return halfWidth > 0 ? Math.Abs(simulated - centre) / halfWidth : simulated == centre ? 0 : Undefined;
    }

    /// <summary>The distance of a check's own estimate (<see cref="Undefined"/> when the runs did not measure it).</summary>
    public static double Of(TargetCheck check) => Of(check, check.Simulated?.Estimate ?? double.NaN);

    /// <summary>The root mean square of per-target distances: one number that no single target can make infinite.</summary>
    public static double Total(IReadOnlyList<double> distances) =>
        distances.Count == 0 ? 0 : Math.Sqrt(distances.Sum(d => d * d) / distances.Count);
}
