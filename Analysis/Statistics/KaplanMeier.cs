namespace Analysis.Statistics;

/// <summary>The Kaplan–Meier product-limit estimator of a survival curve from right-censored durations.</summary>
// Hand-written: MathNet.Numerics has no survival analysis (Kaplan-Meier, Greenwood).
public static class KaplanMeier
{
    /// <summary>
    /// Fits S(t) = Π_{tⱼ ≤ t} (1 − dⱼ/nⱼ) (Kaplan &amp; Meier 1958) with Greenwood's variance.
    /// At a tied time the censored observations count as still at risk (censoring is taken to
    /// happen just after the events), the convention of Kaplan &amp; Meier and of R's survfit.
    /// </summary>
    /// <param name="durations">Time from the start of follow-up to the event or to censoring; finite and ≥ 0.</param>
    /// <param name="events">True when the event (relapse) was observed, false when censored; same length.</param>
    public static KaplanMeierCurve Fit(ReadOnlySpan<double> durations, ReadOnlySpan<bool> events)
    {
        if (durations.Length != events.Length)
        {
            throw new ArgumentException("Durations and event flags must have one entry per observation each.", nameof(events));
        }

        foreach (double d in durations)
        {
            if (!double.IsFinite(d) || d < 0.0)
            {
                throw new ArgumentOutOfRangeException(nameof(durations), d, "Durations must be finite and non-negative.");
            }
        }

        // Sort a copy of the (time, event) pairs by a total order (time, then events first) so
        // the result never depends on the input order or on the sort's stability.
        int n = durations.Length;
        var order = new (double Time, bool Event)[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = (durations[i], events[i]);
        }

        Array.Sort(order, static (a, b) =>
        {
            int byTime = a.Time.CompareTo(b.Time);
            return byTime != 0 ? byTime : b.Event.CompareTo(a.Event);
        });

        var steps = new List<KaplanMeierStep>();
        var greenwood = new List<double>();
        double survival = 1.0;
        double greenwoodSum = 0.0;
        int i0 = 0;
        while (i0 < n)
        {
            // One distinct time: everyone from i0 on is at risk; count its events and censorings.
            double time = order[i0].Time;
            long atRisk = n - i0;
            long deaths = 0;
            int i1 = i0;
            while (i1 < n && order[i1].Time == time)
            {
                if (order[i1].Event)
                {
                    deaths++;
                }

                i1++;
            }

            Step(time, atRisk, deaths, ref survival, ref greenwoodSum, steps, greenwood);

            i0 = i1;
        }

        return new KaplanMeierCurve(n, steps.ToArray(), greenwood.ToArray());
    }

    /// <summary>
    /// The same estimator from whole-year durations given as counts: <paramref name="events"/>[t]
    /// spells ended by the event at t, <paramref name="censored"/>[t] censored at t. Streaming
    /// summaries use it so that millions of spells need only two arrays; the arithmetic is the
    /// same, step by step, as <see cref="Fit"/> on the expanded spells.
    /// </summary>
    public static KaplanMeierCurve FitCounts(ReadOnlySpan<long> events, ReadOnlySpan<long> censored)
    {
        if (events.Length != censored.Length)
        {
            throw new ArgumentException("Event and censoring counts must cover the same times.", nameof(censored));
        }

        long n = 0;
        for (int t = 0; t < events.Length; t++)
        {
            if (events[t] < 0 || censored[t] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(events), "Counts must be non-negative.");
            }

            n += events[t] + censored[t];
        }

        var steps = new List<KaplanMeierStep>();
        var greenwood = new List<double>();
        double survival = 1.0;
        double greenwoodSum = 0.0;
        long removed = 0;
        for (int t = 0; t < events.Length; t++)
        {
            long atRisk = n - removed;
            long deaths = events[t];
            Step(t, atRisk, deaths, ref survival, ref greenwoodSum, steps, greenwood);

            removed += events[t] + censored[t];
        }

        return new KaplanMeierCurve(checked((int)n), steps.ToArray(), greenwood.ToArray());
    }

    /// <summary>One distinct time of the product-limit estimator: applies its events, if any, and records the step.</summary>
    private static void Step(double time, long atRisk, long deaths, ref double survival, ref double greenwoodSum,
        List<KaplanMeierStep> steps, List<double> greenwood)
    {
        if (deaths == 0)
        {
            return;
        }

        survival *= 1.0 - (double)deaths / atRisk;

        // Greenwood (1926): Var S(t) = S(t)² Σ dⱼ / (nⱼ (nⱼ − dⱼ)); the term is infinite once
        // everyone at risk has failed, where S = 0 is certain and its error is reported as 0.
        greenwoodSum += deaths < atRisk
            ? deaths / ((double)atRisk * (atRisk - deaths))
            : double.PositiveInfinity;
        double stdError = survival > 0.0 ? survival * Math.Sqrt(greenwoodSum) : 0.0;
        steps.Add(new KaplanMeierStep(time, survival, stdError, atRisk, deaths));
        greenwood.Add(greenwoodSum);
    }
}
