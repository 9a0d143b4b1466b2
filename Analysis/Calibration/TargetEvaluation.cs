using Analysis.Statistics;
using Analysis.Summary;

namespace Analysis.Calibration;

/// <summary>Sets the record's targets beside the simulated metrics of one results folder.</summary>
public static class TargetEvaluation
{
    /// <summary>The targets this run can measure (its eras and mode permit), and the others with the reason.</summary>
    /// <param name="eras">The run's calendar eras ("1816-1914", ...); empty in an abstract world.</param>
    /// <param name="calendar">True when the run's years are calendar years.</param>
    public static (IReadOnlyList<(Target Target, Measure Measure)> Measurable, IReadOnlyList<UnmeasuredTarget> Unmeasured) Partition(
        IReadOnlyCollection<string> eras, bool calendar, IReadOnlyList<Target>? targets = null)
    {
        var measurable = new List<(Target, Measure)>();
        var unmeasured = new List<UnmeasuredTarget>();
        foreach (var target in targets ?? RecordTargets.All)
        {
            var measures = TargetMeasures.All.Where(m => m.TargetId == target.Id).ToArray();
            if (measures.Length == 0)
            {
                unmeasured.Add(new UnmeasuredTarget(target, null,
                    TargetMeasures.NotMeasured.TryGetValue(target.Id, out var why) ? why : "no simulated metric measures it"));
                continue;
            }
            foreach (var m in measures)
            {
                string era = m.Era(target);
                if (m.CalendarOnly && !calendar)
                    unmeasured.Add(new UnmeasuredTarget(target, m.Part, "a count over a stretch of real history: needs a calendar run (model.calendar)"));
                else if (m.PerEra && !eras.Contains(era))
                    unmeasured.Add(new UnmeasuredTarget(target, m.Part, $"{era} is not one of this run's eras (model.calendar.eras)"));
                else measurable.Add((target, m));
            }
        }
        return (measurable, unmeasured);
    }

    /// <summary>Each measurable target beside a regime's metric (design point 0).</summary>
    public static IReadOnlyList<TargetCheck> Check(IReadOnlyList<Metric> metrics, string regime,
        IReadOnlyList<(Target Target, Measure Measure)> measurable)
    {
        var checks = new List<TargetCheck>();
        foreach (var (target, m) in measurable)
        {
            string name = m.MetricName(target);
            string value = m.Value ?? target.Value;
            long? count = m.CountFrom is { } from && RecordTargets.Get(from).Number is { } n ? (long)n : null;
            var band = Tolerance.For(m.Tolerance ?? target.Tolerance, value, m.Unit ?? target.Unit, count);
            var metric = metrics.FirstOrDefault(x => x.Point == 0 && x.Regime == regime && x.Name == name);
            Interval? simulated = null;
            string note = m.How;
            if (metric is null) note = $"no {name} for this regime";
            else if (double.IsNaN(metric.Value.Estimate)) note = $"{name} is undefined for this regime (nothing to count)";
            else
            {
                double e = m.ToTarget(target, metric.Value.Estimate), a = m.ToTarget(target, metric.Value.Low), b = m.ToTarget(target, metric.Value.High);
                simulated = new Interval(e, Math.Min(a, b), Math.Max(a, b));
            }
            checks.Add(new TargetCheck(target, m, value, band, simulated, note));
        }
        return checks;
    }
}
