using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Analysis.Plots;
using Analysis.Summary;

namespace Analysis.Report;

/// <summary>
/// report.html: one self-contained page (figures as base64 PNG data URIs, CSS inline, no fonts,
/// scripts or links from the network) that opens the same offline, attached to an e-mail or archived.
/// </summary>
internal static class HtmlPage
{
    internal const string Style = """
        body { font-family: Georgia, "DejaVu Serif", serif; color: #222; background: #fff; margin: 0; line-height: 1.55; }
        main { max-width: 980px; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
        h1 { font-size: 2rem; margin: 0 0 .3rem; } h2 { font-size: 1.35rem; margin-top: 2.5rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
        h3 { font-size: 1.05rem; margin: 1.5rem 0 .3rem; }
        .lead { font-size: 1.15rem; background: #f6f6f2; border-left: 4px solid #0072B2; padding: .8rem 1rem; }
        .meta { color: #666; font-size: .9rem; }
        figure { margin: 2rem 0; } figure img { width: 100%; height: auto; border: 1px solid #eee; }
        figcaption { font-size: .95rem; color: #444; margin-top: .4rem; } figcaption b { color: #222; }
        table { border-collapse: collapse; width: 100%; font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; font-size: .88rem; margin: .5rem 0 1rem; }
        th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid #eee; } th { background: #f3f3f3; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.nowrap { white-space: nowrap; } summary { cursor: pointer; margin: 1rem 0 .3rem; }
        pre { background: #f7f7f7; padding: .8rem; overflow-x: auto; font-size: .8rem; border: 1px solid #eee; }
        code { font-size: .9em; }
        """;

    // Lets a headless browser (and the end-to-end test) see whether every figure decoded.
    private const string ImageCheck = """
        window.addEventListener('load', function () {
          var imgs = Array.prototype.slice.call(document.images);
          var ok = imgs.filter(function (i) { return i.complete && i.naturalWidth > 0; }).length;
          document.body.dataset.imagesOk = ok + '/' + imgs.length;
        });
        """;

    public static string Render(ResultsFolder results, IReadOnlyList<(Figure Figure, string PngPath)> figures)
    {
        var html = new StringBuilder();
        string name = ExperimentName(results.ConfigYaml) ?? Path.GetFileName(Path.GetFullPath(results.Path).TrimEnd(Path.DirectorySeparatorChar));
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append($"<title>Sim report: {E(name)}</title>\n<style>\n{Style}</style>\n<script>\n{ImageCheck}</script>\n</head>\n<body>\n<main>\n");
        html.Append($"<h1>Does collective security prevent wars?</h1>\n<p class=\"meta\">Sim report for the experiment <code>{E(name)}</code>: "
                    + $"{string.Join(", ", results.Regimes.Select(r => E(RegimeStyle.Label(r))))}.</p>\n");
        html.Append("<div class=\"lead\">\n");
        foreach (var s in Headline.Sentences(results)) html.Append($"<p>{E(s)}</p>\n");
        html.Append("</div>\n");

        html.Append("<h2>Figures</h2>\n");
        foreach (var (figure, png) in figures)
        {
            string data = Convert.ToBase64String(File.ReadAllBytes(png));
            html.Append($"<figure id=\"{E(figure.Name)}\">\n<img src=\"data:image/png;base64,{data}\" width=\"{figure.Width}\" height=\"{figure.Height}\" alt=\"{E(figure.Title)}\">\n")
                .Append($"<figcaption><b>{E(figure.TitleSentence)}</b> {E(figure.Caption)} <span class=\"meta\">(plots/{E(figure.Name)}.png, .svg)</span></figcaption>\n</figure>\n");
        }

        html.Append(RecordSection.Render(results));

        // A sweep's every metric of every point made a page of tens of thousands of rows (16 MB for 384 points):
        // its page tabulates the headline outcomes by point, and summary.csv keeps the rest.
        html.Append(SweepTables.Applies(results) ? SweepTables.Render(results) : SummaryTables(results));

        html.Append("<h2>Provenance</h2>\n");
        html.Append(ManifestTable(results.ManifestJson));
        if (results.ConfigYaml is { } yaml)
            html.Append("<h3>config.yaml</h3>\n<p>The resolved config: running <code>sim run config.yaml</code> with this version reproduces these results"
                        + (BuiltFromUncommittedCode(results.ManifestJson)
                            ? " (but the build that ran it had uncommitted changes to its commit, <code>dirty</code> above: only that code does).</p>\n"
                            : ".</p>\n"))
                .Append($"<pre>{E(yaml)}</pre>\n");
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Every metric of summary.csv, a table per (point, regime).</summary>
    private static string SummaryTables(ResultsFolder results)
    {
        var html = new StringBuilder();
        bool posterior = results.Digest.HasPosterior;
        html.Append("<h2>Summary</h2>\n<p>Every metric of <code>summary.csv</code> with its 95% confidence interval and the number of runs, "
                    + "spells or observations it rests on.")
            .Append(posterior
                ? " Each run drew its parameters from a posterior, so every interval includes parameter uncertainty as well as Monte Carlo noise; "
                  + "the last column says which share of the interval's variance comes from parameter uncertainty (between particles), "
                  + "blank where it cannot be told (relapse with or without peacekeepers, rate ratios), whose intervals are Monte Carlo noise only.</p>\n"
                : " Intervals are Monte Carlo noise only: the parameters are fixed at the config's values.</p>\n");
        foreach (var group in results.Metrics.GroupBy(m => (m.Point, m.Regime)))
        {
            string point = results.Metrics.Any(m => m.Point != 0) ? $", design point {group.Key.Point}" : "";
            html.Append($"<h3>{E(RegimeStyle.Label(group.Key.Regime))}{point}</h3>\n<table>\n<thead><tr><th>metric</th><th>meaning</th><th>estimate</th><th>95% CI</th><th>n</th>{(posterior ? "<th>of which parameter uncertainty</th>" : "")}</tr></thead>\n<tbody>\n");
            foreach (var m in group)
                html.Append($"<tr><td><code>{E(m.Name)}</code></td><td>{E(MetricDescriptions.Of(m.Name))}</td><td class=\"num\">{G(m.Value.Estimate)}</td>"
                            + $"<td class=\"num\">{(double.IsNaN(m.Value.Low) ? "" : $"[{G(m.Value.Low)}, {G(m.Value.High)}]")}</td>"
                            + $"<td class=\"num\">{m.N.ToString("N0", CultureInfo.InvariantCulture)}</td>"
                            + (posterior ? $"<td class=\"num\">{Headline.Share(m.ParameterShare)}</td>" : "") + "</tr>\n");
            html.Append("</tbody>\n</table>\n");
        }
        return html.ToString();
    }

    private static string ManifestTable(string? json)
    {
        if (json is null) return "<p>No manifest.json in this folder.</p>\n";
        using var doc = JsonDocument.Parse(json);
        var rows = new StringBuilder("<table>\n<tbody>\n");
        foreach (var key in new[] { "version", "commit", "dirty", "seed", "runs", "regimes", "points", "posterior_sha256", "threads", "shards", "config_sha256", "machine", "started_utc", "wall_seconds" })
        {
            if (!doc.RootElement.TryGetProperty(key, out var value)) continue;
            string text = value.ValueKind == JsonValueKind.Array ? string.Join(", ", value.EnumerateArray().Select(v => v.ToString())) : value.ToString();
            rows.Append($"<tr><th>{E(key)}</th><td><code>{E(text)}</code></td></tr>\n");
        }
        return rows.Append("</tbody>\n</table>\n").ToString();
    }

    /// <summary>Whether the manifest says the code that ran had changes its commit does not hold.</summary>
    private static bool BuiltFromUncommittedCode(string? json)
    {
        if (json is null) return false;
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.TryGetProperty("dirty", out var dirty) && dirty.ValueKind == JsonValueKind.True;
    }

    private static string? ExperimentName(string? yaml) =>
        yaml?.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.StartsWith("name:", StringComparison.Ordinal))?["name:".Length..].Split(" #")[0].Trim().Trim('"', '\'');

    // Four significant digits; large counts (battle deaths) in grouped digits rather than exponent notation.
    internal static string G(double v) =>
        double.IsNaN(v) ? "" : v.ToString(Math.Abs(v) >= 10_000 ? "N0" : "G4", CultureInfo.InvariantCulture);

    internal static string E(string s) => WebUtility.HtmlEncode(s);
}
