using System.Globalization;
using System.Text.RegularExpressions;
using Analysis.Statistics;
using Simulator.Numerics;

namespace Analysis.Calibration;

/// <summary>
/// The rules of targets.csv's <c>tolerance</c> column, each turned into a <see cref="Band"/> on the
/// target's scale (the scale of its <c>value</c>; percentages stay percentages):
/// <list type="bullet">
/// <item><c>poisson95</c>: the exact 95% Poisson interval of the record's count k
/// (Garwood 1936: χ²(0.025; 2k)/2 to χ²(0.975; 2k+2)/2). "(N ... in Y years)" gives the count behind a
/// per-year rate (band divided by Y); "(of the war count)" scales a rate by the interval of the count it was
/// computed from, which the caller passes.</item>
/// <item><c>wilson95</c>: the 95% Wilson interval of the numerator/denominator written in the unit, "% (42/403)".</item>
/// <item><c>factor F</c>: within a factor F either way (value/F to value·F).</item>
/// <item><c>rel R</c>: within a relative distance R (value·(1-R) to value·(1+R)).</item>
/// <item><c>abs A</c>: within A either way; A is a proportion, so for a value in percent the band is ±100·A points.</item>
/// <item><c>range</c>: the value itself is the band, written "a to b".</item>
/// </list>
/// </summary>
public static partial class Tolerance
{
    /// <summary>The exact (Garwood) 95% interval of a Poisson mean after observing <paramref name="count"/> events.</summary>
    /// <remarks>
    /// The means at which the count is just at the 2.5% tail on either side: P(X ≥ k | low) = 0.025 and
    /// P(X ≤ k | high) = 0.025, found by bisection on the Poisson distribution function summed in
    /// PortableMath: Garwood's χ² quantiles to about 10⁻¹¹ relative for counts up to 5,000 (the running
    /// log-factorial's rounding; the record's counts are below 2,000), where a statistics library would
    /// take them from the C math library, whose last bit differs between platforms. These bands go into
    /// targets.csv and the calibration's distance, which must be the same everywhere.
    /// </remarks>
    public static Band Poisson95(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        double low = count == 0 ? 0 : MeanWhereAtMost(count - 1, 0.975);
        double high = MeanWhereAtMost(count, 0.025);
        return new Band(low, high);
    }

    /// <summary>The Poisson mean μ at which P(X ≤ k | μ) = p, by bisection (the probability falls as μ grows).</summary>
    private static double MeanWhereAtMost(long k, double p)
    {
        double lo = 0, hi = k + 20 * Math.Sqrt(k) + 20;
        while (true)
        {
            double mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi) return mid;
            if (PoissonAtMost(k, mid) > p) lo = mid; else hi = mid;
        }
    }

    /// <summary>P(X ≤ k) for X Poisson with mean μ &gt; 0: its terms e^(i·ln μ − μ − ln i!) summed, each from its logarithm so none underflows on the way.</summary>
    private static double PoissonAtMost(long k, double mu)
    {
        double logMu = PortableMath.Log(mu), logFactorial = 0, sum = 0;
        for (long i = 0; i <= k; i++)
        {
            if (i > 0) logFactorial += PortableMath.Log(i);
            sum += PortableMath.Exp(i * logMu - mu - logFactorial);
        }
        return sum;
    }

    /// <summary>The band of a target's value under its tolerance rule.</summary>
    /// <param name="tolerance">The rule as written in targets.csv.</param>
    /// <param name="value">The value as written.</param>
    /// <param name="unit">The unit as written (holds the numerator/denominator of a wilson95 share).</param>
    /// <param name="count">For "poisson95 (of the ... count)": the count the rate was computed from.</param>
    public static Band For(string tolerance, string value, string unit, long? count = null)
    {
        string rule = tolerance.Split(' ', 2)[0];
        string rest = tolerance.Length > rule.Length ? tolerance[rule.Length..].Trim() : "";
        bool percent = unit.TrimStart().StartsWith('%');
        switch (rule)
        {
            case "poisson95":
            {
                if (CountInYears().Match(rest) is { Success: true } m)
                {
                    var b = Poisson95(long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
                    double years = Number(m.Groups[2].Value, tolerance);
                    return new Band(b.Low / years, b.High / years);
                }
                if (rest.Contains("of the", StringComparison.Ordinal))
                {
                    if (count is not { } k || k <= 0) throw new ArgumentException($"tolerance '{tolerance}' needs the count the rate was computed from");
                    double v = Number(value, tolerance);
                    var b = Poisson95(k);
                    return new Band(v * b.Low / k, v * b.High / k);
                }
                double n = Number(value.TrimStart('~'), tolerance);
                if (n != Math.Floor(n) || n < 0) throw new ArgumentException($"tolerance '{tolerance}': value '{value}' is not a count");
                return Poisson95((long)n);
            }
            case "wilson95":
            {
                var m = Fraction().Match(unit);
                if (!m.Success) throw new ArgumentException($"tolerance '{tolerance}': unit '{unit}' has no numerator/denominator like (42/403)");
                var w = Wilson.Interval(long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
                double scale = percent ? 100 : 1;
                return new Band(w.Low * scale, w.High * scale);
            }
            case "factor":
            {
                double f = Number(rest.Split(' ')[0], tolerance), v = Number(value, tolerance);
                if (f < 1) throw new ArgumentException($"tolerance '{tolerance}': a factor is at least 1");
                return new Band(v / f, v * f);
            }
            case "rel":
            {
                double r = Number(rest.Split(' ')[0], tolerance), v = Number(value, tolerance);
                return new Band(v * (1 - r), v * (1 + r));
            }
            case "abs":
            {
                double a = Number(rest.Split(' ')[0], tolerance) * (percent ? 100 : 1), v = Number(value, tolerance);
                return new Band(v - a, v + a);
            }
            case "range":
            {
                var ends = value.Split(" to ", StringSplitOptions.TrimEntries);
                if (ends.Length != 2) throw new ArgumentException($"tolerance '{tolerance}': value '{value}' is not written 'a to b'");
                double a = Number(ends[0], tolerance), b = Number(ends[1], tolerance);
                return new Band(Math.Min(a, b), Math.Max(a, b));
            }
            default:
                throw new ArgumentException($"unknown tolerance rule '{tolerance}'");
        }
    }

    private static double Number(string text, string tolerance) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double v)
            ? v
            : throw new ArgumentException($"tolerance '{tolerance}': '{text}' is not a number");

    [GeneratedRegex(@"\((\d+)\s+\w+\s+in\s+(\d+)\s+years\)")]
    private static partial Regex CountInYears();

    [GeneratedRegex(@"\((\d+)\s*/\s*(\d+)\)")]
    private static partial Regex Fraction();
}
