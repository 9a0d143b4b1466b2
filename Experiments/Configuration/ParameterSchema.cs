using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Simulator.Parameters;
using Simulator.Regimes;

namespace Experiments.Configuration;

/// <summary>How a scalar parameter is written in YAML and stored in its record.</summary>
internal enum ScalarKind
{
    Int,
    Double,
    Bool,
    String,
    Enum,
    StringList,
}

/// <summary>One settable member of a section: either a scalar parameter or a nested section.</summary>
internal abstract class SchemaMember(PropertyInfo? property, string key, string path) : IConfigKey
{
    /// <summary>The record property behind the member (null for a mechanism's options section).</summary>
    public PropertyInfo? Property { get; } = property;

    /// <summary>The YAML key: snake_case of the property name.</summary>
    public string Key { get; } = key;

    string IConfigKey.Name => Key;

    /// <summary>The dotted key path, for example <c>model.world.states</c>.</summary>
    public string Path { get; } = path;

    /// <summary>The member's value in its owning section.</summary>
    public virtual object? GetValue(object owner) => Property!.GetValue(owner);

    /// <summary>Sets the value on a private copy of the owner and returns the owner (a new one where the owner is immutable).</summary>
    public virtual object WithValue(object owner, object? value)
    {
        Property!.SetValue(owner, value);
        return owner;
    }
}

/// <summary>A nested record bound from a sub-mapping.</summary>
internal class SectionMember(PropertyInfo? property, string key, string path, SectionSchema section)
    : SchemaMember(property, key, path)
{
    public SectionSchema Section { get; } = section;
}

/// <summary>One mechanism's options under <c>model.mechanisms</c>, kept in the immutable <see cref="MechanismOptions"/>.</summary>
internal sealed class MechanismOptionsMember(string mechanism, string path, SectionSchema section)
    : SectionMember(null, mechanism, path, section)
{
    public override object? GetValue(object owner) => ((MechanismOptions)owner)[Key];

    public override object WithValue(object owner, object? value) => ((MechanismOptions)owner).With(Key, value!);
}

/// <summary>A scalar (or list of strings) parameter with its <see cref="ParamAttribute"/>.</summary>
internal sealed class ScalarMember(PropertyInfo property, string key, string path, ScalarKind kind, ParamAttribute? param)
    : SchemaMember(property, key, path)
{
    public ScalarKind Kind { get; } = kind;

    public string Description { get; } = param?.Description ?? "";

    /// <summary>Where the default comes from (a source, the calibration, "judgement"), when the [Param] says.</summary>
    public string? Basis { get; } = param?.Basis;

    /// <summary>Inclusive lower bound: the [Param] minimum, clamped to the range of the property type.</summary>
    public double Min { get; } = kind == ScalarKind.Int ? Math.Max(param?.Min ?? double.NegativeInfinity, int.MinValue) : param?.Min ?? double.NegativeInfinity;

    /// <summary>Inclusive upper bound: the [Param] maximum, clamped to the range of the property type.</summary>
    public double Max { get; } = kind == ScalarKind.Int ? Math.Min(param?.Max ?? double.PositiveInfinity, int.MaxValue) : param?.Max ?? double.PositiveInfinity;

    /// <summary>Enum members by their snake_case names, in declaration order (enums only).</summary>
    public IReadOnlyList<KeyValuePair<string, object>> EnumValues { get; } = kind == ScalarKind.Enum
        ? [.. property.PropertyType.GetFields(BindingFlags.Public | BindingFlags.Static)
            .OrderBy(f => f.MetadataToken)
            .Select(f => new KeyValuePair<string, object>(Naming.SnakeCase(f.Name), f.GetValue(null)!))]
        : [];

    /// <summary>Short type name for docs: int, double, bool, string, enum or list of strings.</summary>
    public string TypeName => Kind switch
    {
        ScalarKind.Int => "int",
        ScalarKind.Double => "double",
        ScalarKind.Bool => "bool",
        ScalarKind.String => "string",
        ScalarKind.Enum => "enum (" + string.Join(" | ", EnumValues.Select(v => v.Key)) + ")",
        _ => "list of strings",
    };

    /// <summary>What values are allowed, for error messages.</summary>
    public string Allowed => Kind switch
    {
        ScalarKind.Int => Ranges.Describe("an integer", Min, Max),
        ScalarKind.Double => Ranges.Describe("a number", Min, Max),
        ScalarKind.Bool => "true or false",
        ScalarKind.String => "a string",
        ScalarKind.Enum => "one of " + string.Join(", ", EnumValues.Select(v => v.Key)),
        _ => "a list of strings, for example [a, b]",
    };

    /// <summary>Converts the strings read from YAML to the property's collection type.</summary>
    public object MakeList(IReadOnlyList<string> items)
    {
        var type = Property!.PropertyType;
        if (type == typeof(ImmutableArray<string>))
        {
            return items.ToImmutableArray();
        }

        if (type == typeof(string[]))
        {
            return items.ToArray();
        }

        return items.ToList();
    }

    /// <summary>Reads the strings of a list-valued property (null or default collections read as empty).</summary>
    public static IReadOnlyList<string> ReadList(object? value) => value switch
    {
        ImmutableArray<string> { IsDefault: true } => [],
        ImmutableArray<string> array => array,
        IEnumerable<string> items => [.. items],
        _ => [],
    };
}

/// <summary>The bindable shape of one record type: its members in declaration order.</summary>
internal sealed class SectionSchema
{
    private static readonly ConcurrentDictionary<(Type, string), SectionSchema> Cache = new();

    private readonly MethodInfo? clone;

    private SectionSchema(Type type, string path)
    {
        Type = type;
        Path = path;
        if (type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new InvalidOperationException($"Config section {type.Name} needs a parameterless constructor (a record with init properties).");
        }

        clone = type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
        var members = new List<SchemaMember>();
        if (type == typeof(MechanismOptions))
        {
            // One subsection per mechanism that registered options, named after it.
            foreach (var name in new MechanismOptions().Names)
                members.Add(new MechanismOptionsMember(name, path + "." + name, For(new MechanismOptions()[name].GetType(), path + "." + name)));
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true } || property.SetMethod is not { IsPublic: true })
            {
                continue;
            }

            var key = Naming.SnakeCase(property.Name);
            var memberPath = path + "." + key;
            var param = property.GetCustomAttribute<ParamAttribute>();
            members.Add(ClassifyScalar(property.PropertyType) is { } kind
                ? new ScalarMember(property, key, memberPath, kind, param)
                : IsSection(property.PropertyType)
                    ? new SectionMember(property, key, memberPath, For(property.PropertyType, memberPath))
                    : throw new InvalidOperationException($"Config parameter {type.Name}.{property.Name} has unsupported type {property.PropertyType}."));
        }

        Members = members;
        Keys = new KeySet<SchemaMember>(members, type.Name);
    }

    /// <summary>The schema of <see cref="ModelParameters"/> under the key <c>model</c>.</summary>
    public static SectionSchema Model => For(typeof(ModelParameters), "model");

    public Type Type { get; }

    public string Path { get; }

    public IReadOnlyList<SchemaMember> Members { get; }

    /// <summary>The members by key, and the keys comma-separated for error messages.</summary>
    public KeySet<SchemaMember> Keys { get; }

    /// <summary>The keys of this section, comma-separated, for error messages.</summary>
    public string AllowedKeys => Keys.Allowed;

    public static SectionSchema For(Type type, string path) => Cache.GetOrAdd((type, path), static k => new SectionSchema(k.Item1, k.Item2));

    public SchemaMember? Find(string key) => Keys.Find(key);

    /// <summary>A private copy of <paramref name="value"/> that may be mutated through its init setters.</summary>
    public object Copy(object value) => value is MechanismOptions ? value : clone?.Invoke(value, null) ?? CopyByProperties(value);

    /// <summary>Every scalar member of this section and its subsections, depth first in declaration order.</summary>
    public IEnumerable<(ScalarMember Member, object Owner)> Scalars(object instance)
    {
        foreach (var member in Members)
        {
            if (member is ScalarMember scalar)
            {
                yield return (scalar, instance);
            }
            else if (member is SectionMember section && member.GetValue(instance) is { } child)
            {
                foreach (var inner in section.Section.Scalars(child))
                {
                    yield return inner;
                }
            }
        }
    }

    private object CopyByProperties(object value)
    {
        var copy = Activator.CreateInstance(Type)!;
        foreach (var member in Members)
        {
            copy = member.WithValue(copy, member.GetValue(value));
        }

        return copy;
    }

    private static ScalarKind? ClassifyScalar(Type type)
    {
        if (type == typeof(int))
        {
            return ScalarKind.Int;
        }

        if (type == typeof(double))
        {
            return ScalarKind.Double;
        }

        if (type == typeof(bool))
        {
            return ScalarKind.Bool;
        }

        if (type == typeof(string))
        {
            return ScalarKind.String;
        }

        if (type.IsEnum)
        {
            return ScalarKind.Enum;
        }

        if (type == typeof(ImmutableArray<string>) || type == typeof(string[]) || type == typeof(List<string>)
            || type == typeof(IReadOnlyList<string>) || type == typeof(IList<string>) || type == typeof(IEnumerable<string>)
            || type == typeof(IReadOnlyCollection<string>))
        {
            return ScalarKind.StringList;
        }

        return null;
    }

    private static bool IsSection(Type type) => type.IsClass && !type.IsAbstract && type != typeof(string);
}

/// <summary>Wording of numeric ranges.</summary>
internal static class Ranges
{
    public static string Describe(string what, double min, double max)
    {
        var hasMin = !double.IsNegativeInfinity(min);
        var hasMax = !double.IsPositiveInfinity(max);
        return (hasMin, hasMax) switch
        {
            (true, true) => $"{what} from {Number(min)} to {Number(max)}",
            (true, false) => $"{what} of at least {Number(min)}",
            (false, true) => $"{what} of at most {Number(max)}",
            _ => what,
        };
    }

    /// <summary>Shortest round-trip invariant form.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
