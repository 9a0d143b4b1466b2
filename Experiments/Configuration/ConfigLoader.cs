using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Simulator.Parameters;
using Simulator.Regimes;
using YamlDotNet.RepresentationModel;

namespace Experiments.Configuration;

/// <summary>
/// Loads experiment configs strictly: unknown or duplicate keys, values of the wrong type or shape,
/// and values outside a parameter's [Param] range are all rejected with a one-line
/// <see cref="ConfigException"/> naming the file, the line and the key. Every mapping binds the same
/// way: each key is looked up in a declared <see cref="KeySet{TKey}"/> (the top-level
/// <see cref="ExperimentKeys"/>, the [Param] records' <see cref="SectionSchema"/>, or the fixed keys of a
/// design, range or custom regime) and binds its value.
/// </summary>
public static partial class ConfigLoader
{
    internal const int MinRuns = 1;
    internal const int MaxRuns = 10_000_000;
    internal const int MaxNameLength = 100;
    internal const string NameAllowed = "1 to 100 letters, digits, '-' or '_'";

    /// <summary>Reads and parses the config file at <paramref name="path"/> (at most 1 MiB).</summary>
    /// <exception cref="ConfigException">The file cannot be read or is not a valid config.</exception>
    public static ExperimentConfig Load(string path, IReadOnlySet<string> knownRegimes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(knownRegimes);
        return Parse(YamlInput.ReadFile(path), path, knownRegimes);
    }

    /// <summary>Parses config text; <paramref name="fileLabel"/> names it in error messages.</summary>
    /// <exception cref="ConfigException">The text is not a valid config.</exception>
    public static ExperimentConfig Parse(string yamlText, string fileLabel, IReadOnlySet<string> knownRegimes)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentNullException.ThrowIfNull(fileLabel);
        ArgumentNullException.ThrowIfNull(knownRegimes);
        var input = YamlInput.Read(yamlText, fileLabel);
        return new Binder(fileLabel, input).BindExperiment(input.Root, knownRegimes);
    }

    /// <summary>Binds YAML text whose root is one section of type <typeparamref name="T"/> (for tests of the generic binder).</summary>
    internal static T ParseSection<T>(string yamlText, string fileLabel, string path)
        where T : class, new()
    {
        var input = YamlInput.Read(yamlText, fileLabel);
        return (T)new Binder(fileLabel, input).BindSection(SectionSchema.For(typeof(T), path), input.Root, new T(), path);
    }

    [GeneratedRegex(@"^[A-Za-z0-9_-]+\z", RegexOptions.CultureInvariant)] // \z: "$" would also match before a final newline
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^[-+]?[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^([-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))\z", RegexOptions.CultureInvariant)]
    private static partial Regex NonFinitePattern();

    /// <summary>A design being bound.</summary>
    internal sealed class DesignState
    {
        public Designs.DesignKind Kind { get; set; } = Designs.DesignKind.Grid;

        public int Samples { get; set; } = 16;

        public ulong Seed { get; set; } = 1;

        public ImmutableArray<Designs.DesignParameter>.Builder Parameters { get; } = ImmutableArray.CreateBuilder<Designs.DesignParameter>();

        public YamlNode? ParametersNode { get; set; }
    }

    /// <summary>One design parameter's range being bound.</summary>
    internal sealed class RangeState(string key, ScalarMember member)
    {
        public string Key { get; } = key;

        public ScalarMember Member { get; } = member;

        public double? Min { get; set; }

        public double? Max { get; set; }

        public int? Steps { get; set; }
    }

    /// <summary>A custom regime being bound.</summary>
    internal sealed class CustomState(string path, ModelParameters model, IReadOnlySet<string> builtIn)
    {
        public string Path { get; } = path;

        public IReadOnlySet<string> BuiltIn { get; } = builtIn;

        public ModelParameters ExperimentModel { get; } = model;

        public string? Base { get; set; }

        public List<string> Add { get; set; } = [];

        public List<string> Remove { get; set; } = [];

        public ModelParameters Model { get; set; } = model;
    }

    internal const string DesignKinds = "grid, latin_hypercube, sobol";

    private static readonly KeySet<MappingKey<DesignState>> DesignKeys = new(
    [
        new("kind", (b, value, d) => d.Kind = b.ReadString(value, "design.kind", DesignKinds) switch
        {
            "grid" => Designs.DesignKind.Grid,
            "latin_hypercube" => Designs.DesignKind.LatinHypercube,
            "sobol" => Designs.DesignKind.Sobol,
            var other => throw b.Error(value, "design.kind", $"{YamlInput.Show(other)} is not a design kind", DesignKinds),
        }),
        new("samples", (b, value, d) => d.Samples = (int)b.ReadInteger(value, "design.samples", new BigInteger(2), new BigInteger(1_000_000))),
        new("seed", (b, value, d) => d.Seed = (ulong)b.ReadInteger(value, "design.seed", BigInteger.Zero, new BigInteger(ulong.MaxValue))),
        new("parameters", (b, value, d) =>
        {
            d.ParametersNode = value;
            var ranges = b.AsMapping(value, "design.parameters", "model parameter paths such as model.un.veto_base")
                ?? throw b.Error(value, "design.parameters", "missing", "one or more model parameter paths");
            foreach (var (path, pathNode, range) in b.OpenEntries(ranges, "design.parameters"))
            {
                d.Parameters.Add(b.ReadRange(path, pathNode, range));
            }
        }),
    ], "design");

    private static readonly KeySet<MappingKey<RangeState>> RangeKeys = new(
    [
        new("min", (b, value, r) => r.Min = b.ReadRangeBound(value, r, "min")),
        new("max", (b, value, r) => r.Max = b.ReadRangeBound(value, r, "max")),
        new("steps", (b, value, r) => r.Steps = (int)b.ReadInteger(value, r.Key + ".steps", BigInteger.One, new BigInteger(1000))),
    ], "a design parameter");

    private static readonly KeySet<MappingKey<CustomState>> CustomKeys = new(
    [
        new("base", (b, value, c) =>
        {
            var known = KnownRegimes(c.BuiltIn);
            c.Base = b.ReadString(value, c.Path + ".base", known);
            if (!c.BuiltIn.Contains(c.Base))
            {
                throw b.Error(value, c.Path + ".base", $"{YamlInput.Show(c.Base)} is not a built-in regime", known);
            }
        }),
        new("add", (b, value, c) => c.Add = b.ReadMechanisms(value, c.Path + ".add")),
        new("remove", (b, value, c) => c.Remove = b.ReadMechanisms(value, c.Path + ".remove")),
        new("model", (b, value, c) =>
        {
            c.Model = (ModelParameters)b.BindSection(SectionSchema.Model, value, c.ExperimentModel, c.Path + ".model");
            if (c.Model.Years != c.ExperimentModel.Years)
            {
                // Every regime is compared year by year over the same horizon (yearly.csv, paired runs).
                throw b.Error(value, c.Path + ".model.years", $"{c.Model.Years} differs from model.years", $"{c.ExperimentModel.Years}, the experiment's horizon");
            }
        }),
    ], "a custom regime");

    /// <summary>What a custom regime's definition may hold.</summary>
    internal static string CustomRegimeKeys => CustomKeys.Allowed;

    /// <summary>What a design may hold.</summary>
    internal static string DesignKeyNames => DesignKeys.Allowed;

    internal static string KnownRegimes(IReadOnlySet<string> knownRegimes) =>
        knownRegimes.Count == 0 ? "(no regimes are known)" : string.Join(", ", knownRegimes.Order(StringComparer.Ordinal));

    /// <summary>Binds YAML nodes to config values; the bind functions of the declared keys call its readers.</summary>
    internal sealed partial class Binder(string file, YamlInput input)
    {
        public ExperimentConfig BindExperiment(YamlNode? root, IReadOnlySet<string> knownRegimes)
        {
            var state = new ExperimentState(knownRegimes);
            var given = new HashSet<string>(StringComparer.Ordinal);
            var deferred = new List<(ExperimentKey Key, YamlNode Value)>();
            var mapping = AsMapping(root, "", ExperimentKeys.Allowed);
            if (mapping is not null)
            {
                foreach (var (key, _, value) in Entries(mapping, "", ExperimentKeys.Set))
                {
                    given.Add(key.Name);
                    if (key.Pass == 0)
                    {
                        key.Bind(this, value, state);
                    }
                    else
                    {
                        deferred.Add((key, value));
                    }
                }
            }

            foreach (var (key, value) in deferred.OrderBy(d => d.Key.Pass))
            {
                key.Bind(this, value, state);
            }

            foreach (var key in ExperimentKeys.All.Where(k => !given.Contains(k.Name)))
            {
                key.WhenAbsent?.Invoke(this, state);
            }

            CheckRunTimeValues(state.Config);
            return state.Config;
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

            foreach (var (member, _, value) in Entries(mapping, path, schema.Keys))
            {
                // The key as the config writes it: under a custom regime, custom_regimes.NAME.model.un.take_up, not the schema's model.un.take_up.
                string at = path + "." + member.Key;
                object bound = member switch
                {
                    SectionMember section => BindSection(
                        section.Section,
                        value,
                        member.GetValue(instance) ?? Activator.CreateInstance(section.Section.Type)!,
                        at),
                    ScalarMember scalar => ReadScalar(scalar, value, at),
                    _ => throw new InvalidOperationException("Unknown schema member."),
                };
                instance = member.WithValue(instance, bound);
            }

            if (instance is Simulator.Parameters.IConsistentSection consistent && consistent.Disagreement() is var (key, problem, allowed))
            {
                // At the disagreeing key where the section gives it, else at the section.
                // A key of a nested section (calendar.eras, of the model's) is found section by section.
                YamlNode at = mapping;
                foreach (var part in key.Split('.'))
                {
                    if (at is not YamlMappingNode within || within.Children.FirstOrDefault(e => e.Key is YamlScalarNode k && k.Value == part).Value is not { } child) break;
                    at = child;
                }
                throw Error(at, path + "." + key, problem, allowed);
            }

            return instance;
        }

        public Designs.Design ReadDesign(YamlNode node)
        {
            var mapping = AsMapping(node, "design", DesignKeys.Allowed) ?? throw Error(node, "design", "missing definition", "a mapping with keys " + DesignKeys.Allowed);
            var state = new DesignState();
            foreach (var (key, _, value) in Entries(mapping, "design", DesignKeys))
            {
                key.Bind(this, value, state);
            }

            if (state.Parameters.Count == 0)
            {
                throw Error(state.ParametersNode ?? node, "design.parameters", "no parameters", "one or more model parameter paths with min and max");
            }

            var design = new Designs.Design(state.Kind, state.Parameters.ToImmutable(), state.Samples, state.Seed);
            try
            {
                design.Validate();
            }
            catch (ArgumentException e)
            {
                throw Error(node, "design", ConfigException.OneLine(e.Message), "a design of at most 1,000,000 points");
            }

            foreach (var parameter in design.Parameters)
            {
                // A grid whose steps round to the same whole number repeats points: runs spent twice on one point.
                if (design.Kind == Designs.DesignKind.Grid && parameter.IsInteger && Designs.DesignPoints.DistinctIntegerGridValues(parameter) is var distinct && distinct < parameter.Steps)
                {
                    throw Error(designNodes[parameter.Path], "design.parameters." + parameter.Path + ".steps",
                        $"{parameter.Steps} steps of a whole-number parameter from {parameter.Min.ToString(CultureInfo.InvariantCulture)} to {parameter.Max.ToString(CultureInfo.InvariantCulture)} give {distinct} distinct value{(distinct == 1 ? "" : "s")} and repeat design points",
                        $"at most {distinct} step{(distinct == 1 ? "" : "s")}, or a wider range");
                }
            }

            return design;
        }

        public Designs.DesignParameter ReadRange(string path, YamlNode pathNode, YamlNode node)
        {
            string key = "design.parameters." + path;
            var member = ModelPaths.Find(path)
                ?? throw Error(pathNode, key, "is not a numeric model parameter", "a path from sim describe, such as model.un.veto_base");
            if (ModelPaths.SameForEveryRun.Contains(path)) throw Error(pathNode, key, "is the same for every run of an experiment", ModelPaths.VariedAllowed);
            var mapping = AsMapping(node, key, RangeKeys.Allowed) ?? throw Error(node, key, "missing range", "a mapping with min and max (and steps for a grid)");
            var range = new RangeState(key, member);
            foreach (var (name, _, value) in Entries(mapping, key, RangeKeys))
            {
                name.Bind(this, value, range);
            }

            if (range.Min is not { } min || range.Max is not { } max || min >= max)
            {
                throw Error(node, key, "needs min below max", "min and max within " + member.Allowed);
            }

            designNodes[path] = pathNode;
            return new Designs.DesignParameter(path, min, max, range.Steps, member.Kind == ScalarKind.Int);
        }

        public double ReadRangeBound(YamlNode value, RangeState range, string name)
        {
            var member = range.Member;
            var scalar = RequireScalar(value, range.Key + "." + name, member.Allowed, "a number");
            if (!double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number)
                || !double.IsFinite(number) || number < member.Min || number > member.Max)
            {
                throw Error(value, range.Key + "." + name, $"{YamlInput.Show(scalar.Value!)} is not allowed", member.Allowed);
            }

            return number;
        }

        public ImmutableArray<CustomRegime> ReadCustomRegimes(YamlNode node, ModelParameters model, IReadOnlySet<string> builtIn)
        {
            var mapping = AsMapping(node, "custom_regimes", ExperimentKeys.CustomRegimesAllowed);
            if (mapping is null)
            {
                return [];
            }

            var result = ImmutableArray.CreateBuilder<CustomRegime>();
            foreach (var (name, keyNode, value) in OpenEntries(mapping, "custom_regimes"))
            {
                var path = "custom_regimes." + name;
                if (name.Length > MaxNameLength || !NamePattern().IsMatch(name))
                {
                    throw Error(keyNode, path, $"{YamlInput.Show(name)} is not a valid regime name", NameAllowed);
                }

                if (builtIn.Contains(name))
                {
                    throw Error(keyNode, path, $"{YamlInput.Show(name)} is a built-in regime", "a new name; built-in regimes are " + KnownRegimes(builtIn));
                }

                var definition = AsMapping(value, path, CustomKeys.Allowed) ?? throw Error(value, path, "missing definition", "a mapping with keys " + CustomKeys.Allowed);
                var state = new CustomState(path, model, builtIn);
                foreach (var (key, _, entry) in Entries(definition, path, CustomKeys))
                {
                    key.Bind(this, entry, state);
                }

                if (state.Base is null)
                {
                    throw Error(value, path + ".base", "missing", KnownRegimes(builtIn));
                }

                result.Add(new CustomRegime(name, state.Base, [.. state.Add], [.. state.Remove], state.Model));
            }

            return result.ToImmutable();
        }

        /// <summary>
        /// The last year a schedule's runs can report: its model's (a schedule runs on the experiment's model; its custom
        /// regimes may not change the calendar), or that of the latest start (or, in a world counted from 0, burn-in) a
        /// design sweeps; none when a posterior draws them.
        /// </summary>
        private static int LatestReportedYear(ExperimentConfig config)
        {
            string[] calendar = ["model.calendar.start_year", "model.calendar.burn_in_years"];
            if (config.Posterior?.Paths.Any(calendar.Contains) == true) return int.MaxValue;
            int latest = config.Model.LastReportedYear;
            foreach (var swept in config.Design?.Parameters.Where(p => calendar.Contains(p.Path)) ?? [])
                latest = Math.Max(latest, (int)Math.Floor(swept.Max) + config.Model.Years - 1);
            return latest;
        }

        public ImmutableArray<ScheduleConfig> ReadSchedules(YamlNode node, IReadOnlySet<string> known, ExperimentConfig config)
        {
            var mapping = AsMapping(node, "schedules", ExperimentKeys.SchedulesAllowed);
            if (mapping is null)
            {
                return [];
            }

            var result = ImmutableArray.CreateBuilder<ScheduleConfig>();
            int latest = LatestReportedYear(config);
            foreach (var (name, keyNode, value) in OpenEntries(mapping, "schedules"))
            {
                var path = "schedules." + name;
                if (name.Length > MaxNameLength || !NamePattern().IsMatch(name))
                {
                    throw Error(keyNode, path, $"{YamlInput.Show(name)} is not a valid schedule name", NameAllowed);
                }

                if (known.Contains(name))
                {
                    throw Error(keyNode, path, $"{YamlInput.Show(name)} is already a regime", "a new name; regimes are " + KnownRegimes(known));
                }

                var years = AsMapping(value, path, ExperimentKeys.SchedulesAllowed)
                            ?? throw Error(value, path, "missing schedule", "a mapping from calendar year to regime, e.g. {1816: concert, 1914: none}");
                var steps = new List<ScheduleStep>();
                foreach (var (year, yearNode, regimeNode) in OpenEntries(years, path))
                {
                    var at = path + "." + year;
                    if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out int from) || from > 3000)
                    {
                        throw Error(yearNode, at, $"{YamlInput.Show(year)} is not a calendar year", "a year from 0 to 3000");
                    }

                    if (from > latest)
                    {
                        throw Error(yearNode, at, $"{from.ToString(CultureInfo.InvariantCulture)} is after the last reported year, {latest.ToString(CultureInfo.InvariantCulture)}",
                            "a year up to the last one model.calendar.start_year and model.years report");
                    }

                    if (steps.Count > 0 && from <= steps[^1].FromYear)
                    {
                        throw Error(yearNode, at, "years must increase", $"a year after {steps[^1].FromYear.ToString(CultureInfo.InvariantCulture)}");
                    }

                    var regime = ReadString(regimeNode, at, KnownRegimes(known));
                    if (!known.Contains(regime))
                    {
                        throw Error(regimeNode, at, $"{YamlInput.Show(regime)} is not a regime", KnownRegimes(known));
                    }

                    steps.Add(new ScheduleStep(from, regime));
                }

                if (steps.Count == 0)
                {
                    throw Error(value, path, "empty schedule", "a mapping from calendar year to regime, e.g. {1816: concert, 1914: none}");
                }

                result.Add(new ScheduleConfig(name, [.. steps]));
            }

            return result.ToImmutable();
        }

        /// <summary>
        /// Inside a schedule a custom regime's mechanisms read its own parameters, but the world is the
        /// run's: its overrides may only touch the regime sections (concert, league, un, mechanisms).
        /// </summary>
        public void CheckScheduledRegimes(YamlNode node, ExperimentConfig config)
        {
            foreach (var schedule in config.Schedules)
                foreach (var step in schedule.Steps)
                    if (config.CustomRegimes.FirstOrDefault(c => c.Name == step.Regime) is { } custom
                        && custom.Model with { Concert = config.Model.Concert, League = config.Model.League, Un = config.Model.Un, Mechanisms = config.Model.Mechanisms } != config.Model)
                        throw Error(node, "schedules." + schedule.Name, $"custom regime {YamlInput.Show(custom.Name)} overrides parameters outside its regime",
                            "inside a schedule, custom regimes that override only model.concert, model.league, model.un or model.mechanisms");
        }

        public List<string> ReadMechanisms(YamlNode node, string key)
        {
            var mechanisms = string.Join(", ", MechanismNames.All);
            var list = ReadStringList(node, key, "a list of mechanisms: " + mechanisms);
            foreach (var m in list.Where(m => !MechanismNames.All.Contains(m)))
            {
                throw Error(node, key, $"{YamlInput.Show(m)} is not a mechanism", mechanisms);
            }

            return list;
        }

        public string ReadName(YamlNode node)
        {
            var name = ReadString(node, "name", NameAllowed);
            if (name.Length > MaxNameLength || !NamePattern().IsMatch(name))
            {
                throw Error(node, "name", $"{YamlInput.Show(name)} is not a valid experiment name", NameAllowed);
            }

            return name;
        }

        public ImmutableArray<string> ReadRegimes(YamlNode node, IReadOnlySet<string> knownRegimes)
        {
            var allowed = KnownRegimes(knownRegimes);
            if (node is not YamlSequenceNode sequence)
            {
                throw Error(node, "regimes", $"expected a list, found {YamlInput.Describe(node)}", "a list such as [none], " + allowed);
            }

            if (sequence.Children.Count == 0)
            {
                throw Error(node, "regimes", "the list is empty", "one or more regimes: " + allowed);
            }

            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var regimes = ImmutableArray.CreateBuilder<string>(sequence.Children.Count);
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                var item = sequence.Children[i];
                var key = $"regimes[{i.ToString(CultureInfo.InvariantCulture)}]";
                var regime = ReadString(item, key, allowed);
                if (!knownRegimes.Contains(regime))
                {
                    throw Error(item, key, $"{YamlInput.Show(regime)} is not a known regime", allowed);
                }

                if (!seen.TryAdd(regime, YamlInput.LineOf(item)))
                {
                    throw Error(item, key, $"{YamlInput.Show(regime)} is listed twice (first at line {seen[regime].ToString(CultureInfo.InvariantCulture)})", "each regime once");
                }

                regimes.Add(regime);
            }

            return regimes.MoveToImmutable();
        }

        /// <summary>Fails when the default regimes (kept because the config names none) are not known.</summary>
        public void CheckDefaultRegimes(ExperimentConfig config, IReadOnlySet<string> knownRegimes)
        {
            foreach (var regime in config.Regimes.Where(r => !knownRegimes.Contains(r)))
            {
                throw new ConfigException(file, null, "regimes", $"the default regime {YamlInput.Show(regime)} is not a known regime", KnownRegimes(knownRegimes));
            }
        }

        public BigInteger ReadInteger(YamlNode node, string key, BigInteger min, BigInteger max)
        {
            var allowed = IntegerAllowed(min, max);
            var text = RequireScalar(node, key, allowed, "an integer").Value!;
            if (!IntegerPattern().IsMatch(text))
            {
                throw Error(node, key, $"{YamlInput.Show(text)} is not an integer", allowed);
            }

            var value = BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            if (value < min || value > max)
            {
                throw Error(node, key, $"{text} is out of range", allowed);
            }

            return value;
        }

        internal static string IntegerAllowed(BigInteger min, BigInteger max) =>
            $"an integer from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}";

        public string ReadString(YamlNode node, string key, string allowed)
        {
            if (node is not YamlScalarNode scalar)
            {
                throw Error(node, key, $"expected a single value, found {YamlInput.Describe(node)}", allowed);
            }

            if (YamlInput.IsNull(scalar))
            {
                throw Error(node, key, "missing value", allowed);
            }

            return scalar.Value!;
        }

        /// <summary>The node as a mapping; null for an absent or empty (null) value, which keeps every default.</summary>
        public YamlMappingNode? AsMapping(YamlNode? node, string path, string allowedKeys) => node switch
        {
            null => null,
            _ when YamlInput.IsNull(node) => null,
            YamlMappingNode mapping => mapping,
            _ => throw Error(node, path.Length == 0 ? "(top level)" : path, $"expected a mapping of keys to values, found {YamlInput.Describe(node)}", "a mapping with keys " + allowedKeys),
        };

        /// <summary>The entries of a mapping whose keys are names chosen in the config (regimes, parameter paths).</summary>
        public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> OpenEntries(YamlMappingNode mapping, string path)
        {
            foreach (var (keyNode, value) in mapping.Children)
            {
                yield return (CheckKey(keyNode, path), keyNode, value);
            }
        }

        /// <summary>The entries of a mapping in file order, each key a declared one given once.</summary>
        public IEnumerable<(TKey Key, YamlNode KeyNode, YamlNode Value)> Entries<TKey>(YamlMappingNode mapping, string path, KeySet<TKey> keys)
            where TKey : IConfigKey
        {
            foreach (var (keyNode, value) in mapping.Children)
            {
                var name = CheckKey(keyNode, path);
                var key = keys.Find(name) ?? throw UnknownKey(keyNode, name, path, keys.Allowed);
                yield return (key, keyNode, value);
            }
        }

        public ConfigException Error(YamlNode node, string key, string problem, string allowed) =>
            new(file, YamlInput.LineOf(node), key, problem, allowed);

        /// <summary>A key's name, checked to be a plain name not given before in its mapping.</summary>
        private string CheckKey(YamlNode keyNode, string path)
        {
            if (keyNode is not YamlScalarNode keyScalar || YamlInput.IsNull(keyScalar))
            {
                throw Error(keyNode, path.Length == 0 ? "(top level)" : path, $"a key must be a plain name, found {YamlInput.Describe(keyNode)}", "snake_case names");
            }

            if (input.IsDuplicate(keyNode, out var name, out var firstLine))
            {
                var keyPath = path.Length == 0 ? name : path + "." + name;
                throw Error(keyNode, keyPath, $"duplicate key (first given at line {firstLine.ToString(CultureInfo.InvariantCulture)})", "each key once per mapping");
            }

            return keyScalar.Value!;
        }

        private object ReadScalar(ScalarMember member, YamlNode node, string key) => member.Kind switch
        {
            ScalarKind.Int => (int)ReadInteger(node, key, new BigInteger(Math.Ceiling(member.Min)), new BigInteger(Math.Floor(member.Max))),
            ScalarKind.Double => ReadDouble(node, member, key),
            ScalarKind.Bool => ReadBool(node, member, key),
            ScalarKind.String => ReadString(node, key, member.Allowed),
            ScalarKind.Enum => ReadEnum(node, member, key),
            _ => member.MakeList(ReadStringList(node, key, member.Allowed)),
        };

        private double ReadDouble(YamlNode node, ScalarMember member, string key)
        {
            var text = RequireScalar(node, key, member.Allowed, "a number").Value!;
            if (NonFinitePattern().IsMatch(text))
            {
                throw Error(node, key, $"{YamlInput.Show(text)} is not a finite number", member.Allowed);
            }

            if (!FloatPattern().IsMatch(text))
            {
                throw Error(node, key, $"{YamlInput.Show(text)} is not a number", member.Allowed);
            }

            var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (!double.IsFinite(value))
            {
                throw Error(node, key, $"{YamlInput.Show(text)} is not a finite number", member.Allowed);
            }

            if (value < member.Min || value > member.Max)
            {
                throw Error(node, key, $"{text} is out of range", member.Allowed);
            }

            return value;
        }

        private bool ReadBool(YamlNode node, ScalarMember member, string key) => RequireScalar(node, key, member.Allowed, "a boolean").Value switch
        {
            "true" or "True" or "TRUE" => true,
            "false" or "False" or "FALSE" => false,
            var text => throw Error(node, key, $"{YamlInput.Show(text!)} is not a boolean", member.Allowed),
        };

        private object ReadEnum(YamlNode node, ScalarMember member, string key)
        {
            var text = ReadString(node, key, member.Allowed);
            foreach (var (name, value) in member.EnumValues)
            {
                if (string.Equals(name, text, StringComparison.Ordinal))
                {
                    return value;
                }
            }

            throw Error(node, key, $"{YamlInput.Show(text)} is not a known value", member.Allowed);
        }

        private List<string> ReadStringList(YamlNode node, string key, string allowed)
        {
            if (YamlInput.IsNull(node))
            {
                return [];
            }

            if (node is not YamlSequenceNode sequence)
            {
                throw Error(node, key, $"expected a list, found {YamlInput.Describe(node)}", allowed);
            }

            var items = new List<string>(sequence.Children.Count);
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                items.Add(ReadString(sequence.Children[i], $"{key}[{i.ToString(CultureInfo.InvariantCulture)}]", "a string"));
            }

            return items;
        }

        /// <summary>A non-null plain scalar (numbers and booleans must not be quoted).</summary>
        private YamlScalarNode RequireScalar(YamlNode node, string key, string allowed, string what)
        {
            var text = ReadString(node, key, allowed);
            var scalar = (YamlScalarNode)node;
            if (!YamlInput.IsPlain(scalar))
            {
                throw Error(node, key, $"{YamlInput.Show(text)} is quoted, so it is a string, not {what}", allowed);
            }

            return scalar;
        }

        private ConfigException UnknownKey(YamlNode keyNode, string key, string path, string allowedKeys)
        {
            var keyPath = path.Length == 0 ? key : path + "." + key;
            var suggestion = allowedKeys.Split(", ")
                .Select(k => (Key: k, Distance: EditDistance(k, key)))
                .Where(k => k.Distance <= Math.Max(1, key.Length / 4))
                .OrderBy(k => k.Distance)
                .Select(k => k.Key)
                .FirstOrDefault();
            var problem = suggestion is null ? "unknown key" : $"unknown key (did you mean '{suggestion}'?)";
            return Error(keyNode, ConfigException.OneLine(keyPath), problem, allowedKeys);
        }

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
