using Simulator.Numerics;

namespace Analysis.Statistics;

/// <summary>
/// Hand-written: MathNet has no ratio estimators. Ratio of two rates estimated from the same runs, (ΣA/ΣX) / (ΣB/ΣY), with a delta-method interval
/// on the log scale that treats each run as one independent cluster. The influence of run i on
/// log RR is (a_i − R1·x_i)/ΣA − (b_i − R2·y_i)/ΣB, which keeps the correlation of the two rates.
/// </summary>
public static class RateRatio
{
    public static Interval Estimate(ReadOnlySpan<double> a, ReadOnlySpan<double> x, ReadOnlySpan<double> b,
        ReadOnlySpan<double> y, double z = Interval.Z95)
    {
        int n = a.Length;
        double sa = 0, sx = 0, sb = 0, sy = 0;
        for (int i = 0; i < n; i++) { sa += a[i]; sx += x[i]; sb += b[i]; sy += y[i]; }
        if (n < 2 || sa <= 0 || sb <= 0 || sx <= 0 || sy <= 0) return new Interval(double.NaN, double.NaN, double.NaN);
        double r1 = sa / sx, r2 = sb / sy, rr = r1 / r2;
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            double influence = (a[i] - r1 * x[i]) / sa - (b[i] - r2 * y[i]) / sb;
            sum += influence * influence;
        }
        double se = Math.Sqrt(sum * n / (n - 1));
        return new Interval(rr, rr * PortableMath.Exp(-z * se), rr * PortableMath.Exp(z * se));
    }
}
