using Simulator.Numerics;

namespace Analysis.Statistics;

/// <summary>A fitted Kaplan–Meier step function with Greenwood errors and log(−log) confidence intervals.</summary>
// Hand-written: MathNet.Numerics has no survival analysis (Kaplan-Meier, Greenwood).
public sealed class KaplanMeierCurve
{
    private readonly KaplanMeierStep[] _steps;

    // Σ dⱼ / (nⱼ (nⱼ − dⱼ)) through each step: Greenwood's relative variance, kept for the log(−log) interval.
    private readonly double[] _greenwoodSums;

    internal KaplanMeierCurve(int count, KaplanMeierStep[] steps, double[] greenwoodSums)
    {
        Count = count;
        _steps = steps;
        _greenwoodSums = greenwoodSums;
    }

    /// <summary>The number of observations the curve was fitted to.</summary>
    public int Count { get; }

    /// <summary>The drops of the curve, one per distinct event time, in increasing time.</summary>
    public ReadOnlySpan<KaplanMeierStep> Steps => _steps;

    /// <summary>
    /// S(t) with a confidence interval built on the log(−log S) scale; (1, 1, 1) before the first
    /// event and (0, 0, 0) once the curve has reached 0.
    /// </summary>
    /// <param name="t">The time at which to read the right-continuous step function.</param>
    /// <param name="z">Standard normal quantile of the two-sided level.</param>
    public Interval SurvivalAt(double t, double z = Interval.Z95)
    {
        int index = LastStepAtOrBefore(t);
        if (index < 0)
        {
            return new Interval(1.0, 1.0, 1.0);
        }

        double s = _steps[index].Survival;
        if (s <= 0.0)
        {
            return new Interval(0.0, 0.0, 0.0);
        }

        if (s >= 1.0)
        {
            return new Interval(1.0, 1.0, 1.0);
        }

        // Kalbfleisch & Prentice (1980, §1.3): by the delta method, log(−log Ŝ) has standard error
        // σ = √(Greenwood sum) / |log Ŝ|; mapping θ ± zσ back gives Ŝ^exp(±zσ), always inside (0, 1).
        double sigma = Math.Sqrt(_greenwoodSums[index]) / Math.Abs(PortableMath.Log(s));
        double low = PortableMath.Pow(s, PortableMath.Exp(z * sigma));
        double high = PortableMath.Pow(s, PortableMath.Exp(-z * sigma));
        return new Interval(s, Math.Clamp(low, 0.0, 1.0), Math.Clamp(high, 0.0, 1.0));
    }

    /// <summary>
    /// The cumulative incidence 1 − S(t) with the log(−log) interval of S flipped onto it;
    /// (0, 0, 0) before the first event.
    /// </summary>
    /// <param name="t">The time by which the event has happened.</param>
    /// <param name="z">Standard normal quantile of the two-sided level.</param>
    public Interval FailureBy(double t, double z = Interval.Z95)
    {
        Interval survival = SurvivalAt(t, z);
        return new Interval(
            Math.Clamp(1.0 - survival.Estimate, 0.0, 1.0),
            Math.Clamp(1.0 - survival.High, 0.0, 1.0),
            Math.Clamp(1.0 - survival.Low, 0.0, 1.0));
    }

    // Binary search for the last step with Time ≤ t; −1 when t precedes every event.
    private int LastStepAtOrBefore(double t)
    {
        int lo = 0;
        int hi = _steps.Length - 1;
        int found = -1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            if (_steps[mid].Time <= t)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
