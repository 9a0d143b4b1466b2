using System.Globalization;

namespace Analysis.Calibration;

/// <summary>
/// One stylised fact of the historical record (a row of data/record/targets.csv): what was counted,
/// over which period, its value as the source states it, how close the model must come
/// (<see cref="Tolerance"/>) and whether the calibration may use it (<c>train</c>) or it is kept
/// back as an out-of-sample prediction (<c>test</c>).
/// </summary>
public sealed record Target(string Id, string Quantity, string Period, string Value, string Unit, string Source, string Tolerance, string Use)
{
    /// <summary>True for a target kept out of the calibration: the model's value is a prediction.</summary>
    public bool IsTest => Use == "test";

    /// <summary>The value as a number, or null when the source gives a pair or a range ("42 / 21", "-50 to -75").</summary>
    public double? Number =>
        double.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : null;

    /// <summary>The first and last year of a period written "1816-1914", or null for any other period.</summary>
    public static (int First, int Last)? Years(string period)
    {
        var parts = period.Split('-');
        return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int first)
               && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int last) && last >= first
            ? (first, last)
            : null;
    }
}
