using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Simulator.Parameters;
using Simulator.Regimes;

namespace Experiments.Configuration;

/// <summary>
/// Loads experiment configs strictly: unknown or duplicate keys, values of the wrong type or shape,
/// and values outside a parameter's [Param] range are all rejected with a one-line
/// <see cref="ConfigException"/> naming the file, the line and the key.
/// </summary>
public static partial class ConfigLoader
{
    /// <summary>Top-level keys, in the order of <see cref="ExperimentConfig"/>.</summary>
    internal const string TopLevelKeys = "name, seed, runs, regimes, model, custom_regimes, design, output";

    internal const int MinRuns = 1;
    internal const int MaxRuns = 10_000_000;
    internal const int MaxNameLength = 100;

    /// <summary>Reads and parses the config file at <paramref name="path"/>.</summary>
    /// <exception cref="ConfigException">The file cannot be read or is not a valid config.</exception>
    public static ExperimentConfig Load(string path, IReadOnlySet<string> knownRegimes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(knownRegimes);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            throw new ConfigException(path, null, null, "cannot read file: " + ex.Message, null, ex);
        }

        return Parse(text, path, knownRegimes);
    }

    /// <summary>Parses config text; <paramref name="fileLabel"/> names it in error messages.</summary>
    /// <exception cref="ConfigException">The text is not a valid config.</exception>
    public static ExperimentConfig Parse(string yamlText, string fileLabel, IReadOnlySet<string> knownRegimes)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentNullException.ThrowIfNull(fileLabel);
        ArgumentNullException.ThrowIfNull(knownRegimes);
        var root = YamlTree.Read(yamlText, fileLabel);
        return new Binder(fileLabel).BindExperiment(root, knownRegimes);
    }

    /// <summary>Binds YAML text whose root is one section of type <typeparamref name="T"/> (for tests of the generic binder).</summary>
    internal static T ParseSection<T>(string yamlText, string fileLabel, string path)
        where T : class, new()
    {
        var root = YamlTree.Read(yamlText, fileLabel);
        return (T)new Binder(fileLabel).BindSection(SectionSchema.For(typeof(T), path), root, new T(), path);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^([-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex NonFinitePattern();

    private sealed class Binder(string file)
    {
        public ExperimentConfig BindExperiment(YamlNode? root, IReadOnlySet<string> knownRegimes)
        {
            var config = new ExperimentConfig();
            var regimesGiven = false;
            YamlNode? regimesNode = null, customNode = null;
            var mapping = AsMapping(root, "", TopLevelKeys);
            if (mapping is not null)
            {
                foreach (var (key, keyNode, value) in Entries(mapping, ""))
                {
                    switch (key)
                    {
                        case "name":
                            config = config with { Name = ReadName(value) };
                            break;
                        case "seed":
                            config = config with { Seed = ReadSeed(value) };
                            break;
                        case "runs":
                            var runs = ReadInteger(value, "runs", new BigInteger(MinRuns), new BigInteger(MaxRuns));
                            config = config with { Runs = (int)runs };
                            break;
                        case "regimes":
                            regimesNode = value; // read after custom_regimes, which may define its names
                            regimesGiven = true;
                            break;
                        case "custom_regimes":
                            customNode = value; // bound after model, whose values it overrides
                            break;
                        case "design":
                            config = config with { Design = ReadDesign(value) };
                            break;
                        case "output":
                            var output = ReadString(value, "output", "csv, parquet");
                            config = output switch
                            {
                                "csv" => config with { Parquet = false },
                                "parquet" => config with { Parquet = true },
                                _ => throw Error(value, "output", $"{YamlScalar.Show(output)} is not an output format", "csv, parquet"),
                            };
                            break;
                        case "model":
                            var model = (ModelParameters)BindSection(SectionSchema.Model, value, config.Model, "model");
                            config = config with { Model = model };
                            break;
                        default:
                            throw UnknownKey(keyNode, key, "", TopLevelKeys);
                    }
                }
            }

            if (customNode is not null)
            {
                config = config with { CustomRegimes = ReadCustomRegimes(customNode, config.Model, knownRegimes) };
                knownRegimes = new SortedSet<string>(knownRegimes.Concat(config.CustomRegimes.Select(c => c.Name)), StringComparer.Ordinal);
            }

            if (regimesNode is not null)
            {
                config = config with { Regimes = ReadRegimes(regimesNode, knownRegimes) };
            }

            if (!regimesGiven)
            {
                foreach (var regime in config.Regimes.Where(r => !knownRegimes.Contains(r)))
                {
                    throw new ConfigException(file, null, "regimes", $"the default regime {YamlScalar.Show(regime)} is not a known regime", KnownRegimes(knownRegimes));
                }
            }

            return config;
        }

        /// <summary>Binds a mapping onto a copy of <paramref name="defaults"/>; keys left out keep their default.</summary>
        public object BindSection(SectionSchema schema, YamlNode? node, object defaults, string path)
        {
            var instance = schema.Copy(defaults);
            var mapping = AsMapping(node, path, schema.AllowedKeys);
            if (mapping is null)
            {
                return instance;
            }

            foreach (var (key, keyNode, value) in Entries(mapping, path))
            {
                var member = schema.Find(key) ?? throw UnknownKey(keyNode, key, path, schema.AllowedKeys);
                object bound = member switch
                {
                    SectionMember section => BindSection(
                        section.Section,
                        value,
                        member.Property.GetValue(instance) ?? Activator.CreateInstance(section.Section.Type)!,
                        member.Path),
                    ScalarMember scalar => ReadScalar(scalar, value),
                    _ => throw new InvalidOperationException("Unknown schema member."),
                };
                member.Property.SetValue(instance, bound);
            }

            return instance;
        }

        private object ReadScalar(ScalarMember member, YamlNode node) => member.Kind switch
        {
            ScalarKind.Int => (int)ReadBoundedInteger(node, member.Path, member.Min, member.Max),
            ScalarKind.Double => ReadDouble(node, member),
            ScalarKind.Bool => ReadBool(node, member),
            ScalarKind.String => ReadString(node, member.Path, member.Allowed),
            ScalarKind.Enum => ReadEnum(node, member),
            _ => member.MakeList(ReadStringList(node, member.Path, member.Allowed)),
        };

        private const string CustomKeys = "base, add, remove, model";
        private const string DesignKeys = "kind, samples, seed, parameters";
        private const string RangeKeys = "min, max, steps";

        private Designs.Design ReadDesign(YamlNode node)
        {
            var mapping = AsMapping(node, "design", DesignKeys) ?? throw Error(node, "design", "missing definition", "a mapping with keys " + DesignKeys);
            var kind = Designs.DesignKind.Grid;
            int samples = 16;
            ulong seed = 1;
            var parameters = ImmutableArray.CreateBuilder<Designs.DesignParameter>();
            YamlNode? parametersNode = null;
            foreach (var (key, keyNode, value) in Entries(mapping, "design"))
            {
                switch (key)
                {
                    case "kind":
                        kind = ReadString(value, "design.kind", "grid, latin_hypercube, sobol") switch
                        {
                            "grid" => Designs.DesignKind.Grid,
                            "latin_hypercube" => Designs.DesignKind.LatinHypercube,
                            "sobol" => Designs.DesignKind.Sobol,
                            var other => throw Error(value, "design.kind", $"{YamlScalar.Show(other)} is not a design kind", "grid, latin_hypercube, sobol"),
                        };
                        break;
                    case "samples":
                        samples = (int)ReadInteger(value, "design.samples", new BigInteger(2), new BigInteger(1_000_000));
                        break;
                    case "seed":
                        seed = (ulong)ReadInteger(value, "design.seed", BigInteger.Zero, new BigInteger(ulong.MaxValue));
                        break;
                    case "parameters":
                        parametersNode = value;
                        var ranges = AsMapping(value, "design.parameters", "model parameter paths such as model.un.veto_base")
                            ?? throw Error(value, "design.parameters", "missing", "one or more model parameter paths");
                        foreach (var (path, pathNode, range) in Entries(ranges, "design.parameters"))
                            parameters.Add(ReadRange(path, pathNode, range));
                        break;
                    default:
                        throw UnknownKey(keyNode, key, "design", DesignKeys);
                }
            }

            if (parameters.Count == 0)
            {
                throw Error(parametersNode ?? node, "design.parameters", "no parameters", "one or more model parameter paths with min and max");
            }

            var design = new Designs.Design(kind, parameters.ToImmutable(), samples, seed);
            try
            {
                design.Validate();
            }
            catch (ArgumentException e)
            {
                throw Error(node, "design", ConfigException.OneLine(e.Message), "a design of at most 1,000,000 points");
            }

            return design;
        }

        private Designs.DesignParameter ReadRange(string path, YamlNode pathNode, YamlNode node)
        {
            string key = "design.parameters." + path;
            var member = ModelPaths.Find(path)
                ?? throw Error(pathNode, key, "is not a numeric model parameter", "a path from sim describe, such as model.un.veto_base");
            var range = AsMapping(node, key, RangeKeys) ?? throw Error(node, key, "missing range", "a mapping with min and max (and steps for a grid)");
            double? min = null, max = null;
            int? steps = null;
            foreach (var (name, nameNode, value) in Entries(range, key))
            {
                switch (name)
                {
                    case "min":
                    case "max":
                        var scalar = RequireScalar(value, key + "." + name, member.Allowed, "a number");
                        if (!double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number)
                            || !double.IsFinite(number) || number < member.Min || number > member.Max)
                        {
                            throw Error(value, key + "." + name, $"{YamlScalar.Show(scalar.Value)} is not allowed", member.Allowed);
                        }

                        if (name == "min") min = number;
                        else max = number;
                        break;
                    case "steps":
                        steps = (int)ReadInteger(value, key + ".steps", BigInteger.One, new BigInteger(1000));
                        break;
                    default:
                        throw UnknownKey(nameNode, name, key, RangeKeys);
                }
            }

            if (min is null || max is null || min >= max)
            {
                throw Error(node, key, "needs min below max", "min and max within " + member.Allowed);
            }

            return new Designs.DesignParameter(path, min.Value, max.Value, steps, member.Kind == ScalarKind.Int);
        }

        private ImmutableArray<CustomRegime> ReadCustomRegimes(YamlNode node, ModelParameters model, IReadOnlySet<string> builtIn)
        {
            var mapping = AsMapping(node, "custom_regimes", "a mapping from a new regime's name to its definition (" + CustomKeys + ")");
            if (mapping is null)
            {
                return [];
            }

            var mechanisms = string.Join(", ", MechanismNames.All);
            var result = ImmutableArray.CreateBuilder<CustomRegime>();
            foreach (var (name, keyNode, value) in Entries(mapping, "custom_regimes"))
            {
                var path = "custom_regimes." + name;
                if (name.Length > MaxNameLength || !NamePattern().IsMatch(name))
                {
                    throw Error(keyNode, path, $"{YamlScalar.Show(name)} is not a valid regime name", "1 to 100 letters, digits, '-' or '_'");
                }

                if (builtIn.Contains(name))
                {
                    throw Error(keyNode, path, $"{YamlScalar.Show(name)} is a built-in regime", "a new name; built-in regimes are " + KnownRegimes(builtIn));
                }

                var definition = AsMapping(value, path, CustomKeys) ?? throw Error(value, path, "missing definition", "a mapping with keys " + CustomKeys);
                string? baseName = null;
                List<string> add = [], remove = [];
                var regimeModel = model;
                foreach (var (key, entryKey, entry) in Entries(definition, path))
                {
                    switch (key)
                    {
                        case "base":
                            baseName = ReadString(entry, path + ".base", KnownRegimes(builtIn));
                            if (!builtIn.Contains(baseName))
                            {
                                throw Error(entry, path + ".base", $"{YamlScalar.Show(baseName)} is not a built-in regime", KnownRegimes(builtIn));
                            }

                            break;
                        case "add":
                        case "remove":
                            var list = ReadStringList(entry, path + "." + key, "a list of mechanisms: " + mechanisms);
                            foreach (var m in list.Where(m => !MechanismNames.All.Contains(m)))
                            {
                                throw Error(entry, path + "." + key, $"{YamlScalar.Show(m)} is not a mechanism", mechanisms);
                            }

                            if (key == "add") add = list;
                            else remove = list;
                            break;
                        case "model":
                            regimeModel = (ModelParameters)BindSection(SectionSchema.Model, entry, model, path + ".model");
                            if (regimeModel.Years != model.Years)
                            {
                                // Every regime is compared year by year over the same horizon (yearly.csv, paired runs).
                                throw Error(entry, path + ".model.years", $"{regimeModel.Years} differs from model.years", $"{model.Years}, the experiment's horizon");
                            }

                            break;
                        default:
                            throw UnknownKey(entryKey, key, path, CustomKeys);
                    }
                }

                if (baseName is null)
                {
                    throw Error(value, path + ".base", "missing", KnownRegimes(builtIn));
                }

                result.Add(new CustomRegime(name, baseName, [.. add], [.. remove], regimeModel));
            }

            return result.ToImmutable();
        }

        private string ReadName(YamlNode node)
        {
            const string allowed = "1 to 100 letters, digits, '-' or '_'";
            var name = ReadString(node, "name", allowed);
            if (name.Length > MaxNameLength || !NamePattern().IsMatch(name))
            {
                throw Error(node, "name", $"{YamlScalar.Show(name)} is not a valid experiment name", allowed);
            }

            return name;
        }

        private ulong ReadSeed(YamlNode node)
        {
            var value = ReadInteger(node, "seed", BigInteger.Zero, new BigInteger(ulong.MaxValue));
            return (ulong)value;
        }

        private ImmutableArray<string> ReadRegimes(YamlNode node, IReadOnlySet<string> knownRegimes)
        {
            var allowed = KnownRegimes(knownRegimes);
            if (node is not YamlSequence sequence)
            {
                throw Error(node, "regimes", $"expected a list, found {node.Describe()}", "a list such as [none], " + allowed);
            }

            if (sequence.Items.Count == 0)
            {
                throw Error(node, "regimes", "the list is empty", "one or more regimes: " + allowed);
            }

            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var regimes = ImmutableArray.CreateBuilder<string>(sequence.Items.Count);
            for (var i = 0; i < sequence.Items.Count; i++)
            {
                var item = sequence.Items[i];
                var key = $"regimes[{i.ToString(CultureInfo.InvariantCulture)}]";
                var regime = ReadString(item, key, allowed);
                if (!knownRegimes.Contains(regime))
                {
                    throw Error(item, key, $"{YamlScalar.Show(regime)} is not a known regime", allowed);
                }

                if (!seen.TryAdd(regime, item.Line))
                {
                    throw Error(item, key, $"{YamlScalar.Show(regime)} is listed twice (first at line {seen[regime].ToString(CultureInfo.InvariantCulture)})", "each regime once");
                }

                regimes.Add(regime);
            }

            return regimes.MoveToImmutable();
        }

        private BigInteger ReadInteger(YamlNode node, string key, BigInteger min, BigInteger max)
        {
            var allowed = $"an integer from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}";
            var scalar = RequireScalar(node, key, allowed, "an integer");
            if (!IntegerPattern().IsMatch(scalar.Value))
            {
                throw Error(node, key, $"{YamlScalar.Show(scalar.Value)} is not an integer", allowed);
            }

            var value = BigInteger.Parse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            if (value < min || value > max)
            {
                throw Error(node, key, $"{scalar.Value} is out of range", allowed);
            }

            return value;
        }

        private BigInteger ReadBoundedInteger(YamlNode node, string key, double min, double max) =>
            ReadInteger(node, key, new BigInteger(Math.Ceiling(min)), new BigInteger(Math.Floor(max)));

        private double ReadDouble(YamlNode node, ScalarMember member)
        {
            var scalar = RequireScalar(node, member.Path, member.Allowed, "a number");
            if (NonFinitePattern().IsMatch(scalar.Value))
            {
                throw Error(node, member.Path, $"{YamlScalar.Show(scalar.Value)} is not a finite number", member.Allowed);
            }

            if (!FloatPattern().IsMatch(scalar.Value))
            {
                throw Error(node, member.Path, $"{YamlScalar.Show(scalar.Value)} is not a number", member.Allowed);
            }

            var value = double.Parse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (!double.IsFinite(value))
            {
                throw Error(node, member.Path, $"{YamlScalar.Show(scalar.Value)} is not a finite number", member.Allowed);
            }

            if (value < member.Min || value > member.Max)
            {
                throw Error(node, member.Path, $"{scalar.Value} is out of range", member.Allowed);
            }

            return value;
        }

        private bool ReadBool(YamlNode node, ScalarMember member)
        {
            var scalar = RequireScalar(node, member.Path, member.Allowed, "a boolean");
            return scalar.Value switch
            {
                "true" or "True" or "TRUE" => true,
                "false" or "False" or "FALSE" => false,
                _ => throw Error(node, member.Path, $"{YamlScalar.Show(scalar.Value)} is not a boolean", member.Allowed),
            };
        }

        private object ReadEnum(YamlNode node, ScalarMember member)
        {
            var text = ReadString(node, member.Path, member.Allowed);
            foreach (var (name, value) in member.EnumValues)
            {
                if (string.Equals(name, text, StringComparison.Ordinal))
                {
                    return value;
                }
            }

            throw Error(node, member.Path, $"{YamlScalar.Show(text)} is not a known value", member.Allowed);
        }

        private string ReadString(YamlNode node, string key, string allowed)
        {
            if (node is not YamlScalar scalar)
            {
                throw Error(node, key, $"expected a single value, found {node.Describe()}", allowed);
            }

            if (scalar.IsNull)
            {
                throw Error(node, key, "missing value", allowed);
            }

            return scalar.Value;
        }

        private List<string> ReadStringList(YamlNode node, string key, string allowed)
        {
            if (node is YamlScalar { IsNull: true })
            {
                return [];
            }

            if (node is not YamlSequence sequence)
            {
                throw Error(node, key, $"expected a list, found {node.Describe()}", allowed);
            }

            var items = new List<string>(sequence.Items.Count);
            for (var i = 0; i < sequence.Items.Count; i++)
            {
                items.Add(ReadString(sequence.Items[i], $"{key}[{i.ToString(CultureInfo.InvariantCulture)}]", "a string"));
            }

            return items;
        }

        /// <summary>A non-null plain scalar (numbers and booleans must not be quoted).</summary>
        private YamlScalar RequireScalar(YamlNode node, string key, string allowed, string what)
        {
            if (node is not YamlScalar scalar)
            {
                throw Error(node, key, $"expected a single value, found {node.Describe()}", allowed);
            }

            if (scalar.IsNull)
            {
                throw Error(node, key, "missing value", allowed);
            }

            if (!scalar.IsPlain)
            {
                throw Error(node, key, $"{YamlScalar.Show(scalar.Value)} is quoted, so it is a string, not {what}", allowed);
            }

            return scalar;
        }

        /// <summary>The node as a mapping; null for an absent or empty (null) value, which keeps every default.</summary>
        private YamlMapping? AsMapping(YamlNode? node, string path, string allowedKeys) => node switch
        {
            null or YamlScalar { IsNull: true } => null,
            YamlMapping mapping => mapping,
            _ => throw Error(node, path.Length == 0 ? "(top level)" : path, $"expected a mapping of keys to values, found {node.Describe()}", "a mapping with keys " + allowedKeys),
        };

        /// <summary>The entries of a mapping in file order, with keys checked to be plain names given once.</summary>
        private IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries(YamlMapping mapping, string path)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (keyNode, value) in mapping.Entries)
            {
                if (keyNode is not YamlScalar { IsNull: false } keyScalar)
                {
                    throw Error(keyNode, path.Length == 0 ? "(top level)" : path, $"a key must be a plain name, found {keyNode.Describe()}", "snake_case names");
                }

                var key = keyScalar.Value;
                var keyPath = path.Length == 0 ? key : path + "." + key;
                if (!seen.TryAdd(key, keyNode.Line))
                {
                    throw Error(keyNode, keyPath, $"duplicate key (first given at line {seen[key].ToString(CultureInfo.InvariantCulture)})", "each key once per mapping");
                }

                yield return (key, keyNode, value);
            }
        }

        private ConfigException UnknownKey(YamlNode keyNode, string key, string path, string allowedKeys)
        {
            var keyPath = path.Length == 0 ? key : path + "." + key;
            var keys = allowedKeys.Split(", ");
            var suggestion = keys
                .Select(k => (Key: k, Distance: EditDistance(k, key)))
                .Where(k => k.Distance <= Math.Max(1, key.Length / 4))
                .OrderBy(k => k.Distance)
                .Select(k => k.Key)
                .FirstOrDefault();
            var problem = suggestion is null ? "unknown key" : $"unknown key (did you mean '{suggestion}'?)";
            return Error(keyNode, ConfigException.OneLine(keyPath), problem, allowedKeys);
        }

        private ConfigException Error(YamlNode node, string key, string problem, string allowed) =>
            new(file, node.Line, key, problem, allowed);

        private static string KnownRegimes(IReadOnlySet<string> knownRegimes) =>
            knownRegimes.Count == 0 ? "(no regimes are known)" : string.Join(", ", knownRegimes.Order(StringComparer.Ordinal));

        private static int EditDistance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }
}
