using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Analysis.Calibration;
using Experiments.Configuration;
using Experiments.Output;
using Simulator.Regimes;
using YamlDotNet.RepresentationModel;

namespace Experiments.Calibration;

/// <summary>
/// Reads a calibration config (Experiments/configs/calibration.yaml). Every problem is a one-line
/// <see cref="ConfigException"/> naming the file, line, key and what is allowed (exit 2), as for experiments.
/// </summary>
internal static class CalibrationConfigLoader
{
    private static readonly string Keys = CalibrationKeys.Names;
    private const string Priors = "uniform, log_uniform";

    public static CalibrationConfig Load(string path) => Load(path, YamlInput.Read(YamlInput.ReadFile(path), path).Root);

    /// <summary>The calibration config at <paramref name="path"/>, already read and parsed (<paramref name="parsed"/>: its root).</summary>
    public static CalibrationConfig Load(string path, YamlNode? parsed)
    {
        var root = parsed as YamlMappingNode
                   ?? throw new ConfigException(path, 1, null, "the calibration config is not a mapping", "a mapping with keys " + Keys);
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in root.Children)
        {
            string key = ((keyNode as YamlScalarNode)?.Value) ?? "";
            if (!Keys.Split(", ").Contains(key)) throw Error(path, keyNode, key, "unknown key", Keys);
            values[key] = value;
        }
        YamlNode Required(string key) => values.TryGetValue(key, out var v) ? v : throw Error(path, root, key, "missing", AllowedFor(key));

        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var baseNode = Required("base");
        string basePath = Path.Combine(folder, Scalar(path, baseNode, "base", "the path of an experiment config, relative to this file"));
        if (!File.Exists(basePath)) throw Error(path, baseNode, "base", $"no such file {YamlInput.Show(basePath)}", "the path of an experiment config, relative to this file");
        var experiment = ConfigLoader.Load(basePath, RegimeCatalog.Names);

        var armNode = Required("arm");
        string arm = Scalar(path, armNode, "arm", "a regime or schedule of the base config");
        var arms = RegimeCatalog.Names.Concat(experiment.CustomRegimes.Select(c => c.Name)).Concat(experiment.Schedules.Select(s => s.Name)).ToArray();
        if (!arms.Contains(arm)) throw Error(path, armNode, "arm", $"{YamlInput.Show(arm)} is not a regime or schedule of {Path.GetFileName(basePath)}", string.Join(", ", arms));

        ulong seed = (ulong)Integer(path, Required("seed"), "seed", 0, ulong.MaxValue);
        int population = (int)Integer(path, Required("population"), "population", 2, 100_000);
        var proposalsNode = Required("proposals");
        int proposals = (int)Integer(path, proposalsNode, "proposals", 2, 1_000_000);
        if (proposals < population) throw Error(path, proposalsNode, "proposals", $"{proposals} is fewer than the population ({population})", "an integer at least population");
        int generations = (int)Integer(path, Required("generations"), "generations", 1, 100);
        int runs = (int)Integer(path, Required("runs"), "runs", 1, 100_000);

        string name = values.TryGetValue("name", out var nameNode) ? Scalar(path, nameNode, "name", "letters, digits, '-' and '_'") : "calibration";
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw Error(path, nameNode!, "name", $"{YamlInput.Show(name)} is not a name", "letters, digits, '-' and '_'");

        string targetsText;
        IReadOnlyList<Target> targets;
        if (values.TryGetValue("targets", out var targetsNode))
        {
            string targetsPath = Path.Combine(folder, Scalar(path, targetsNode, "targets", "the path of a targets.csv, relative to this file"));
            try
            {
                targetsText = File.ReadAllText(targetsPath);
                targets = RecordTargets.Parse(targetsText, targetsPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                throw Error(path, targetsNode, "targets", ConfigException.OneLine(e.Message), "a readable targets.csv like data/record/targets.csv");
            }
        }
        else
        {
            targets = RecordTargets.All;
            targetsText = "embedded " + RecordTargets.ResourceName;
        }

        var parameters = ReadParameters(path, Required("parameters"));

        var canonical = new StringBuilder()
            .Append(ConfigWriter.ToYaml(experiment))
            .Append(CultureInfo.InvariantCulture, $"calibration:\n  name: {name}\n  arm: {arm}\n  seed: {seed}\n  population: {population}\n  proposals: {proposals}\n  generations: {generations}\n  runs: {runs}\n")
            .Append(CultureInfo.InvariantCulture, $"  targets_sha256: {Manifest.Sha256OfText(targetsText)}\n  parameters:\n");
        foreach (var p in parameters)
            canonical.Append(CultureInfo.InvariantCulture, $"    {p.Path}: {{prior: {p.PriorName}, min: {p.Min:R}, max: {p.Max:R}}}\n");

        return new CalibrationConfig
        {
            Name = name, Experiment = experiment, Arm = arm, Seed = seed, Population = population, Proposals = proposals,
            Generations = generations, Runs = runs, Parameters = parameters, Targets = targets, CanonicalText = canonical.ToString(),
        };
    }

    private static string AllowedFor(string key) => key switch
    {
        "base" => "the path of an experiment config, relative to this file (e.g. history.yaml)",
        "arm" => "a regime or schedule of the base config (e.g. historical)",
        "parameters" => "a mapping from model parameter paths to {prior, min, max}",
        _ => "an integer",
    };

    private static ImmutableArray<CalibrationParameter> ReadParameters(string path, YamlNode node)
    {
        const string allowed = "a mapping from model parameter paths (e.g. model.crises.base_hazard) to {prior: uniform|log_uniform, min, max}";
        if (node is not YamlMappingNode mapping || mapping.Children.Count == 0) throw Error(path, node, "parameters", "no parameters", allowed);
        var parameters = ImmutableArray.CreateBuilder<CalibrationParameter>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            string p = (keyNode as YamlScalarNode)?.Value ?? "";
            string key = "parameters." + p;
            var member = ModelPaths.Find(p);
            if (member is not { Kind: ScalarKind.Double })
                throw Error(path, keyNode, key, member is null ? "not a model parameter" : "an integer parameter (a prior needs a continuous parameter)", "a real-valued model parameter path; see sim describe");
            if (parameters.Any(x => x.Path == p)) throw Error(path, keyNode, key, "given twice", "each parameter once");
            if (value is not YamlMappingNode range) throw Error(path, value, key, "not a mapping", "{prior: uniform|log_uniform, min, max}");
            PriorKind? prior = null;
            double? min = null, max = null;
            foreach (var (k, v) in range.Children)
            {
                string field = (k as YamlScalarNode)?.Value ?? "";
                switch (field)
                {
                    case "prior":
                        prior = Scalar(path, v, key + ".prior", Priors) switch
                        {
                            "uniform" => PriorKind.Uniform,
                            "log_uniform" => PriorKind.LogUniform,
                            var other => throw Error(path, v, key + ".prior", $"{YamlInput.Show(other)} is not a prior", Priors),
                        };
                        break;
                    case "min": min = Number(path, v, key + ".min", member.Min, member.Max); break;
                    case "max": max = Number(path, v, key + ".max", member.Min, member.Max); break;
                    default: throw Error(path, k, key + "." + field, "unknown key", "prior, min, max");
                }
            }
            if (prior is null || min is null || max is null) throw Error(path, range, key, "needs prior, min and max", "{prior: uniform|log_uniform, min, max}");
            if (!(min < max)) throw Error(path, range, key, $"min {min:R} is not below max {max:R}", "min < max");
            if (prior == PriorKind.LogUniform && min <= 0) throw Error(path, range, key, $"a log_uniform prior with min {min:R}", "min > 0 for log_uniform");
            parameters.Add(new CalibrationParameter(p, prior.Value, min.Value, max.Value));
        }
        return parameters.ToImmutable();
    }

    private static string Scalar(string path, YamlNode node, string key, string allowed) =>
        node is YamlScalarNode { Value: { Length: > 0 } value } ? value : throw Error(path, node, key, YamlInput.Describe(node), allowed);

    private static System.Numerics.BigInteger Integer(string path, YamlNode node, string key, System.Numerics.BigInteger min, System.Numerics.BigInteger max)
    {
        string allowed = $"an integer from {min} to {max}";
        string text = Scalar(path, node, key, allowed);
        if (!System.Numerics.BigInteger.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
            throw Error(path, node, key, $"{YamlInput.Show(text)} is not allowed", allowed);
        return v;
    }

    private static double Number(string path, YamlNode node, string key, double min, double max)
    {
        string allowed = $"a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)} (the parameter's range)";
        string text = Scalar(path, node, key, allowed);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v) || v < min || v > max)
            throw Error(path, node, key, $"{YamlInput.Show(text)} is not allowed", allowed);
        return v;
    }

    private static ConfigException Error(string path, YamlNode node, string key, string problem, string allowed) =>
        new(path, YamlInput.LineOf(node), key, problem, allowed);
}
