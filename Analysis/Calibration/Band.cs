using System.Globalization;

namespace Analysis.Calibration;

/// <summary>The values a simulated quantity may take and still count as reproducing a target, on the target's own scale.</summary>
public readonly record struct Band(double Low, double High)
{
    public bool Contains(double value) => value >= Low && value <= High;

    public override string ToString() => $"{Format(Low)} to {Format(High)}";

    /// <summary>Three significant digits, plain notation.</summary>
    public static string Format(double v) =>
        double.IsNaN(v) ? "" : v.ToString(Math.Abs(v) >= 100 ? "F0" : Math.Abs(v) >= 10 ? "0.#" : Math.Abs(v) >= 1 ? "0.##" : "0.###", CultureInfo.InvariantCulture);
}
