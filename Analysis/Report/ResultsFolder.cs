using Analysis.Results;
using Analysis.Summary;

namespace Analysis.Report;

/// <summary>
/// The files of one results folder, read once for every figure and the page: runs.csv and
/// episodes.csv.gz through one streaming pass (<see cref="ResultsDigest"/>), so a report of a large
/// experiment needs memory for a few numbers per run, not for its millions of episodes.
/// yearly.csv, config.yaml and manifest.json add figures and sections when present.
/// </summary>
public sealed class ResultsFolder
{
    private ResultsFolder(string path, ResultsDigest digest, ResultTable? yearly, IReadOnlyList<Metric> metrics,
        string? configYaml, string? manifestJson, ResultTable? points, ResultTable? sensitivity)
    {
        Points = points;
        Sensitivity = sensitivity;
        Path = path;
        Digest = digest;
        Yearly = yearly;
        Metrics = metrics;
        ConfigYaml = configYaml;
        ManifestJson = manifestJson;
        Regimes = digest.Groups.Where(g => g.Point == 0).Select(g => g.Regime).ToArray();
        // The first of each (point, regime, name), as a search of the list in order finds it: a sweep's figures
        // look up every point's metrics, which searched one by one took seconds for a few hundred points.
        foreach (var m in metrics) byKey.TryAdd((m.Point, m.Regime, m.Name), m);
    }

    private readonly Dictionary<(int Point, string Regime, string Name), Metric> byKey = new();

    /// <summary>The calendar eras of eras.csv ("1816-1914", ...); empty in an abstract world.</summary>
    public IReadOnlyList<string> Eras => Digest.EraNames;

    /// <summary>True when the years are calendar years (model.calendar): the record's dated targets apply.</summary>
    public bool Calendar => Digest.Calendar;

    /// <summary>
    /// True when the reported years are dates (config.yaml's model.calendar.start_year above 0: the file's first
    /// start_year, as sim writes the model before any custom regime), not an abstract world's years counted from 0 (from
    /// the burn-in's length when there is one): what the figures' year axes are called. Without config.yaml, when the
    /// first reported year is past any burn-in an abstract world would have (1000).
    /// </summary>
    public bool CalendarYears => ConfigYaml is { } yaml && System.Text.RegularExpressions.Regex.Match(yaml, @"^\s+start_year:\s*(-?\d+)", System.Text.RegularExpressions.RegexOptions.Multiline) is { Success: true } m
        ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 0
        : Digest.Groups.Any(g => g.FirstYear >= 1000);

    public string Path { get; }
    public ResultsDigest Digest { get; }
    /// <summary>yearly.csv's rows of design point 0 (the ones its figures draw), or null without the file.</summary>
    public ResultTable? Yearly { get; }
    public IReadOnlyList<Metric> Metrics { get; }
    public string? ConfigYaml { get; }
    public string? ManifestJson { get; }
    /// <summary>points.csv of a design (parameter values per point), or null.</summary>
    public ResultTable? Points { get; }
    /// <summary>sensitivity.csv of a Sobol design, or null.</summary>
    public ResultTable? Sensitivity { get; }

    /// <summary>Regimes in file order, which is the config's order.</summary>
    public IReadOnlyList<string> Regimes { get; }

    /// <summary>True when the folder holds the two files every report needs.</summary>
    public static bool LooksLikeResults(string folder) =>
        File.Exists(System.IO.Path.Combine(folder, ResultFiles.Runs)) && File.Exists(ResultFiles.EpisodesPath(folder));

    /// <summary>Reads a results folder whose digest and summary metrics were already computed.</summary>
    public static ResultsFolder Read(string folder, ResultsDigest digest, IReadOnlyList<Metric> metrics)
    {
        string File(string name) => System.IO.Path.Combine(folder, name);
        string? Text(string name) => System.IO.File.Exists(File(name)) ? System.IO.File.ReadAllText(File(name)) : null;
        ResultTable? Table(string name) => System.IO.File.Exists(File(name)) ? ResultTable.Read(File(name)) : null;
        // The yearly figures draw design point 0: a sweep's other points are not read (their rows took 0.4 GB of strings).
        var yearly = System.IO.File.Exists(File("yearly.csv")) ? ResultTable.ReadWhere(File("yearly.csv"), "point", "0") : null;
        return new ResultsFolder(folder, digest, yearly, metrics, Text("config.yaml"), Text("manifest.json"),
            Table("points.csv"), Table("sensitivity.csv"));
    }

    /// <summary>The digest of a regime at design point 0.</summary>
    public GroupDigest? Group(string regime) => Digest.Groups.FirstOrDefault(g => g.Point == 0 && g.Regime == regime);

    /// <summary>Runs per regime (the smallest, if regimes differ), for figure titles.</summary>
    public int RunsPerRegime() => Digest.Groups.Where(g => g.Point == 0).Select(g => g.Runs).DefaultIfEmpty(0).Min();

    /// <summary>A numeric column of runs.csv for one regime, in run order (NaN for empty cells); null when the column does not exist.</summary>
    public double[]? RunColumn(string regime, string column) => Group(regime)?.TryColumn(column);

    /// <summary>The metric of a regime at point 0, or null.</summary>
    public Metric? Find(string regime, string name) => Find(0, regime, name);

    /// <summary>The metric of a regime at a design point, or null.</summary>
    public Metric? Find(int point, string regime, string name) => byKey.GetValueOrDefault((point, regime, name));
}
