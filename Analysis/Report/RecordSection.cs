using System.Net;
using System.Text;
using Analysis.Calibration;
using Analysis.Plots;

namespace Analysis.Report;

/// <summary>
/// The report's "historical record" section: every target of data/record/targets.csv the run can measure,
/// per regime, beside the simulated value, the record's value and tolerance band, inside or outside, and
/// whether the target was used to calibrate (train) or kept back as an out-of-sample prediction (test);
/// then the targets not measured and why. Empty when the run measures none.
/// </summary>
internal static class RecordSection
{
    /// <summary>Each regime's checks against the measurable targets; empty when the run measures none.</summary>
    public static IReadOnlyList<(string Regime, IReadOnlyList<TargetCheck> Checks)> Checks(ResultsFolder results)
    {
        var perRegime = TargetsTable.Checks(results.Digest, results.Metrics);
        return perRegime.All(p => p.Checks.All(c => c.Simulated is null)) ? [] : perRegime;
    }

    /// <summary>For the headline of a calendar run: how many measured targets each regime lands inside.</summary>
    public static string? Tally(ResultsFolder results)
    {
        if (!results.Calendar) return null;
        var perRegime = Checks(results);
        var parts = perRegime.Select(p => (p.Regime, Judged: p.Checks.Where(c => c.Inside is not null).ToArray())).Where(p => p.Judged.Length > 0)
            .Select(p => $"{RegimeStyle.Label(p.Regime)} {p.Judged.Count(c => c.Inside == true)} of {p.Judged.Length} "
                         + $"({p.Judged.Count(c => c.Target.IsTest && c.Inside == true)} of {p.Judged.Count(c => c.Target.IsTest)} held-back test targets)").ToArray();
        return parts.Length == 0 ? null : "Against the historical record, simulated values inside the record's tolerance band: " + string.Join("; ", parts) + ".";
    }

    public static string Render(ResultsFolder results)
    {
        var (measurable, unmeasured) = TargetEvaluation.Partition(results.Eras, results.Calendar);
        var perRegime = Checks(results);
        if (perRegime.Count == 0) return "";

        var html = new StringBuilder("<h2 id=\"record\">The historical record</h2>\n");
        html.Append("<p>Each stylised fact of the record (<code>data/record/targets.csv</code>, compiled into <code>sim</code>) that this run can measure, "
                    + "beside the simulated value on the record's scale with its 95% interval over runs. <i>Inside</i> means the simulated estimate "
                    + "lies in the tolerance band: for counts the exact 95% Poisson interval of the record's count, for shares the 95% Wilson "
                    + "interval of its numerator and denominator, for relative risks a factor either way. "
                    + "<b>train</b> targets could inform the calibration; <b>test</b> targets were kept back, so the model's value is an "
                    + "out-of-sample prediction."
                    + (results.Calendar ? "" : " This run's years are not calendar years, so only rates, shares and relative risks over the whole run are "
                                                + "compared, and the record's periods only say where its numbers come from.")
                    + "</p>\n");
        int shown = 0;
        foreach (var (regime, checks) in perRegime)
        {
            var judged = checks.Where(c => c.Inside is not null).ToArray();
            if (judged.Length == 0) continue;
            string Tally(IEnumerable<TargetCheck> cs) => $"{cs.Count(c => c.Inside == true)}/{cs.Count()}";
            // The first two regimes (the baseline and, in a history config, the record's schedule) open; the others fold away.
            html.Append(shown++ < 2 ? "<details open>\n" : "<details>\n")
                .Append($"<summary><b>{E(RegimeStyle.Label(regime))}</b>: {judged.Count(c => c.Inside == true)} of {judged.Length} measured targets inside "
                        + $"their band (train {Tally(judged.Where(c => !c.Target.IsTest))}, test {Tally(judged.Where(c => c.Target.IsTest))})</summary>\n");
            html.Append($"<table class=\"record\" data-regime=\"{E(regime)}\">\n<thead><tr><th>target</th><th>quantity</th><th>period</th><th>use</th>"
                        + "<th>record</th><th>band</th><th>simulated</th><th>95% CI</th><th>verdict</th></tr></thead>\n<tbody>\n");
            foreach (var c in checks)
            {
                string pc = (c.Measure.Unit ?? c.Target.Unit).TrimStart().StartsWith('%') ? "%" : "";
                string use = c.Target.IsTest ? "<td class=\"use test\"><b>test</b></td>" : "<td class=\"use train\">train</td>";
                string verdict = c.Inside switch { true => "inside", false => "<b>outside</b>", null => $"<span class=\"meta\" title=\"{E(c.Note)}\">no value</span>" };
                html.Append($"<tr><td>{E(c.Label)}</td><td>{E(c.Target.Quantity)}</td><td{(Target.Years(c.Period) is null ? "" : " class=\"nowrap\"")}>{E(c.Period)}</td>{use}")
                    .Append($"<td class=\"num\">{E(c.RecordValue + pc)}</td><td class=\"num\">{E(c.Band + pc)}</td>")
                    .Append($"<td class=\"num\">{(c.Simulated is { } s ? Band.Format(s.Estimate) + pc : "")}</td>")
                    .Append($"<td class=\"num\">{(c.Simulated is { } i && !double.IsNaN(i.Low) ? $"[{Band.Format(i.Low)}, {Band.Format(i.High)}]" : "")}</td>")
                    .Append($"<td>{verdict}</td></tr>\n");
            }
            html.Append("</tbody>\n</table>\n</details>\n");
        }

        html.Append("<h3>How each target is measured</h3>\n<table>\n<thead><tr><th>target</th><th>record</th><th>tolerance</th><th>simulated quantity</th></tr></thead>\n<tbody>\n");
        foreach (var (target, m) in measurable)
            html.Append($"<tr><td>{E(m.Part is { } p ? $"{target.Id} ({p})" : target.Id)}</td><td>{E($"{m.Value ?? target.Value} {m.Unit ?? target.Unit}")}; {E(target.Source)}</td>")
                .Append($"<td>{E(m.Tolerance ?? target.Tolerance)}</td><td>{E(m.How)}</td></tr>\n");
        html.Append("</tbody>\n</table>\n");
        if (unmeasured.Count > 0)
        {
            html.Append("<h3>Not measured</h3>\n<ul class=\"unmeasured\">\n");
            foreach (var u in unmeasured)
                html.Append($"<li>{E(u.Label)} {E(u.Target.Quantity)}, {E(u.Target.Period)} ({(u.Target.IsTest ? "test" : "train")}): not measured ({E(u.Reason)})</li>\n");
            html.Append("</ul>\n");
        }
        return html.ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
