using Analysis.Results;
using Analysis.Summary;

namespace Analysis.Report;

/// <summary>
/// The files of one results folder, read once for every figure and the page. Only runs.csv and
/// episodes.csv are required; yearly.csv, config.yaml and manifest.json add figures and sections.
/// </summary>
public sealed class ResultsFolder
{
    private ResultsFolder(string path, ResultTable runs, EpisodeTable episodes, ResultTable? yearly, IReadOnlyList<Metric> metrics,
        string? configYaml, string? manifestJson)
    {
        Path = path;
        Runs = runs;
        Episodes = episodes;
        Yearly = yearly;
        Metrics = metrics;
        ConfigYaml = configYaml;
        ManifestJson = manifestJson;
        Regimes = runs.Rows.Select(r => r[runs.Column("regime")]).Distinct().ToArray();
    }

    public string Path { get; }
    public ResultTable Runs { get; }
    public EpisodeTable Episodes { get; }
    public ResultTable? Yearly { get; }
    public IReadOnlyList<Metric> Metrics { get; }
    public string? ConfigYaml { get; }
    public string? ManifestJson { get; }

    /// <summary>Regimes in file order, which is the config's order.</summary>
    public IReadOnlyList<string> Regimes { get; }

    /// <summary>True when the folder holds the two files every report needs.</summary>
    public static bool LooksLikeResults(string folder) =>
        File.Exists(System.IO.Path.Combine(folder, "runs.csv")) && File.Exists(System.IO.Path.Combine(folder, "episodes.csv"));

    /// <summary>Reads a results folder with the summary metrics already computed from it.</summary>
    public static ResultsFolder Read(string folder, IReadOnlyList<Metric> metrics)
    {
        string File(string name) => System.IO.Path.Combine(folder, name);
        string? Text(string name) => System.IO.File.Exists(File(name)) ? System.IO.File.ReadAllText(File(name)) : null;
        return new ResultsFolder(folder, ResultTable.Read(File("runs.csv")), EpisodeTable.Read(File("episodes.csv")),
            System.IO.File.Exists(File("yearly.csv")) ? ResultTable.Read(File("yearly.csv")) : null, metrics, Text("config.yaml"), Text("manifest.json"));
    }

    /// <summary>Runs per regime (the smallest, if regimes differ), for figure titles.</summary>
    public int RunsPerRegime()
    {
        int c = Runs.Column("regime");
        return Runs.Rows.GroupBy(r => r[c]).Select(g => g.Count()).DefaultIfEmpty(0).Min();
    }

    /// <summary>Rows of runs.csv for one regime at design point 0, in run order.</summary>
    public IReadOnlyList<string[]> RunsOf(string regime)
    {
        int c = Runs.Column("regime"), p = Runs.Column("point");
        return Runs.Rows.Where(r => r[c] == regime && r[p] == "0").ToArray();
    }

    /// <summary>A numeric column of runs.csv for one regime; null when the column does not exist.</summary>
    public double[]? RunColumn(string regime, string column)
    {
        if (!Runs.Header.Contains(column)) return null;
        int c = Runs.Column(column);
        return RunsOf(regime).Select(r => ResultTable.Number(r[c])).ToArray();
    }

    /// <summary>The metric of a regime at point 0, or null.</summary>
    public Metric? Find(string regime, string name) =>
        Metrics.FirstOrDefault(m => m.Point == 0 && m.Regime == regime && m.Name == name);
}
