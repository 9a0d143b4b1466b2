using System.Globalization;
using System.Numerics;
using Simulator.Parameters;
using YamlDotNet.RepresentationModel;

namespace Experiments.Configuration;

/// <summary>An experiment config being bound, and the regimes its <c>regimes</c> list may name.</summary>
internal sealed class ExperimentState(IReadOnlySet<string> knownRegimes)
{
    public ExperimentConfig Config { get; set; } = new();

    public IReadOnlySet<string> KnownRegimes { get; set; } = knownRegimes;
}

/// <summary>
/// One top-level config key, declared once: its name, meaning and what it allows (for error messages,
/// <c>sim describe</c> and docs/CONFIG.md), how it binds, and how it is written back to config.yaml.
/// </summary>
internal sealed record ExperimentKey(string Name, string Description, string Allowed) : IConfigKey
{
    /// <summary>Binds the key's value onto the state.</summary>
    public required Action<ConfigLoader.Binder, YamlNode, ExperimentState> Bind { get; init; }

    /// <summary>Keys bind in file order, except that a key of a later pass binds after those it depends on.</summary>
    public int Pass { get; init; }

    /// <summary>Runs when the config leaves the key out.</summary>
    public Action<ConfigLoader.Binder, ExperimentState>? WhenAbsent { get; init; }

    /// <summary>The value written on the key's line; null for a key written as a section.</summary>
    public Func<ExperimentConfig, string>? Inline { get; init; }

    /// <summary>When an inline key is written; null to write it always.</summary>
    public Func<ExperimentConfig, bool>? WrittenWhen { get; init; }

    /// <summary>The lines under a section key, indented by the given prefix, or null when there is nothing to write.</summary>
    public Func<ExperimentConfig, string, string?>? Section { get; init; }

    /// <summary>Whether a section's header line carries <see cref="Description"/> (model's parameters carry their own).</summary>
    public bool HeaderComment { get; init; } = true;

    /// <summary>The default as shown by <c>sim describe</c> and in docs/CONFIG.md.</summary>
    public string Default
    {
        get
        {
            var defaults = new ExperimentConfig();
            return Inline is not null ? Inline(defaults)
                : Section?.Invoke(defaults, "") is null ? "none"
                : "(below)";
        }
    }
}

/// <summary>The top-level keys of an experiment config, in the order they are listed and written.</summary>
internal static class ExperimentKeys
{
    internal const string YearlyAllowed = "every_point, first_point";
    internal const string SchedulesAllowed = "a mapping from a schedule's name to a mapping from calendar year to regime (built-in or custom), e.g. historical: {1816: concert, 1914: none, 1920: league, 1940: none, 1946: un}";

    internal const string CustomRegimesAllowed = "a mapping from a new regime's name to its definition: base (a built-in regime), add and remove (lists of mechanisms), model (parameter overrides)";

    public static IReadOnlyList<ExperimentKey> All { get; } =
    [
        new("name", "Results go to results/<name>/.", ConfigLoader.NameAllowed)
        {
            Bind = (b, value, s) => s.Config = s.Config with { Name = b.ReadName(value) },
            Inline = c => ConfigWriter.String(c.Name),
        },
        new("seed", "Master seed (unsigned 64-bit integer).", ConfigLoader.Binder.IntegerAllowed(BigInteger.Zero, ulong.MaxValue))
        {
            Bind = (b, value, s) => s.Config = s.Config with { Seed = (ulong)b.ReadInteger(value, "seed", BigInteger.Zero, ulong.MaxValue) },
            Inline = c => c.Seed.ToString(CultureInfo.InvariantCulture),
        },
        new(
            "runs",
            $"Replications per design point and regime ({ConfigLoader.MinRuns}-{ConfigLoader.MaxRuns.ToString(CultureInfo.InvariantCulture)}).",
            ConfigLoader.Binder.IntegerAllowed(ConfigLoader.MinRuns, ConfigLoader.MaxRuns))
        {
            Bind = (b, value, s) => s.Config = s.Config with { Runs = (int)b.ReadInteger(value, "runs", ConfigLoader.MinRuns, ConfigLoader.MaxRuns) },
            Inline = c => c.Runs.ToString(CultureInfo.InvariantCulture),
        },
        new("regimes", "Regimes to compare.", "a list of one or more regimes: built-in ones (sim describe lists them) or names from custom_regimes or schedules")
        {
            // After custom_regimes and schedules, which may define the names it lists.
            Pass = 3,
            Bind = (b, value, s) => s.Config = s.Config with { Regimes = b.ReadRegimes(value, s.KnownRegimes) },
            WhenAbsent = (b, s) => b.CheckDefaultRegimes(s.Config, s.KnownRegimes),
            Inline = c => ConfigWriter.List(c.Regimes),
        },
        new("model", "Every parameter of the model; the sections below list them.", "a mapping of the sections below")
        {
            Bind = (b, value, s) => s.Config = s.Config with { Model = (ModelParameters)b.BindSection(SectionSchema.Model, value, s.Config.Model, "model") },
            Section = (c, indent) => ConfigWriter.Section(SectionSchema.Model, c.Model, indent),
            HeaderComment = false,
        },
        new("custom_regimes", "Counterfactual regimes: a base plus or minus mechanisms; model keys override the above.", CustomRegimesAllowed)
        {
            // After model, whose values a custom regime's model overrides.
            Pass = 1,
            Bind = (b, value, s) =>
            {
                s.Config = s.Config with { CustomRegimes = b.ReadCustomRegimes(value, s.Config.Model, s.KnownRegimes) };
                s.KnownRegimes = new SortedSet<string>(s.KnownRegimes.Concat(s.Config.CustomRegimes.Select(c => c.Name)), StringComparer.Ordinal);
            },
            Section = (c, indent) => c.CustomRegimes.IsDefaultOrEmpty ? null : ConfigWriter.CustomRegimes(c, indent),
        },
        new("schedules", "Histories of regimes: from each calendar year on, the named regime acts (none before the first year given).", SchedulesAllowed)
        {
            // After custom_regimes, whose names a schedule may use.
            Pass = 2,
            Bind = (b, value, s) =>
            {
                s.Config = s.Config with { Schedules = b.ReadSchedules(value, s.KnownRegimes, s.Config) };
                b.CheckScheduledRegimes(value, s.Config);
                s.KnownRegimes = new SortedSet<string>(s.KnownRegimes.Concat(s.Config.Schedules.Select(c => c.Name)), StringComparer.Ordinal);
            },
            Section = (c, indent) => c.Schedules.IsDefaultOrEmpty ? null : ConfigWriter.Schedules(c, indent),
        },
        new(
            "design",
            "A sweep over numeric parameters: every point runs every regime with the same run seeds.",
            $"a mapping with keys kind ({ConfigLoader.DesignKinds}), samples, seed, parameters (model parameter path: {{min, max, steps}})")
        {
            Bind = (b, value, s) => s.Config = s.Config with { Design = b.ReadDesign(value) },
            Section = (c, indent) => c.Design is { } design ? ConfigWriter.Design(design, indent) : null,
        },
        new("output", "parquet also writes runs and episodes as Parquet.", "csv, parquet")
        {
            Bind = (b, value, s) => s.Config = s.Config with
            {
                Parquet = b.ReadString(value, "output", "csv, parquet") switch
                {
                    "csv" => false,
                    "parquet" => true,
                    var other => throw b.Error(value, "output", $"{YamlInput.Show(other)} is not an output format", "csv, parquet"),
                },
            },
            Inline = c => c.Parquet ? "parquet" : "csv",
            // csv, the default, is left out so that configs written before this key existed keep their bytes.
            WrittenWhen = c => c.Parquet,
        },
        new("yearly", "Which design points keep yearly statistics (yearly.csv, yearly_counts.csv): first_point keeps design point 0 alone, the one the report draws, so that a sweep of many points holds and writes little.", YearlyAllowed)
        {
            Bind = (b, value, s) => s.Config = s.Config with
            {
                YearlyFirstPointOnly = b.ReadString(value, "yearly", YearlyAllowed) switch
                {
                    "every_point" => false,
                    "first_point" => true,
                    var other => throw b.Error(value, "yearly", $"{YamlInput.Show(other)} is not a choice of design points", YearlyAllowed),
                },
            },
            Inline = c => c.YearlyFirstPointOnly ? "first_point" : "every_point",
            // every_point, the default, is left out so that configs written before this key existed keep their bytes.
            WrittenWhen = c => c.YearlyFirstPointOnly,
        },
        new(
            "parameters",
            "A posterior over model parameters: run r of every regime and design point draws one particle by weight and runs with its values over the model's (a design's swept parameters and a custom regime's overrides win).",
            ConfigLoader.ParametersAllowed)
        {
            Bind = (b, value, s) => s.Config = s.Config with { Posterior = b.ReadPosterior(value) },
            // Written only with a posterior, so configs without one keep their bytes. The results folder keeps a copy
            // beside config.yaml, pinned by its hash, so the folder reproduces on its own.
            Section = (c, indent) => c.Posterior is { } p
                ? $"{indent}file: {Uncertainty.Posterior.FileName}\n{indent}sha256: {p.Sha256}\n"
                : null,
        },
    ];

    /// <summary>The keys for lookup while binding.</summary>
    public static KeySet<ExperimentKey> Set { get; } = new(All, "the experiment config");

    /// <summary>The top-level keys, comma-separated, as listed in error messages.</summary>
    public static string Allowed => Set.Allowed;
}
