using System.Globalization;
using System.Text;

namespace Experiments.Configuration;

/// <summary>
/// Writes a resolved config as YAML: every key with its value in declaration order, each parameter
/// followed by its [Param] description as a comment. Invariant culture, shortest round-trip doubles,
/// <c>\n</c> line ends; the output depends only on the config and parses back to an equal config.
/// </summary>
public static class ConfigWriter
{
    private const string Indent = "  ";

    /// <summary>The resolved config as YAML text: every key of <see cref="ExperimentKeys"/> in declaration order.</summary>
    public static string ToYaml(ExperimentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var builder = new StringBuilder();
        builder.Append("# Experiment configuration, fully resolved: every key with its value.\n");
        var inline = ExperimentKeys.All
            .Where(k => k.Inline is not null && (k.WrittenWhen?.Invoke(config) ?? true))
            .ToDictionary(k => k.Name, k => k.Inline!(config), StringComparer.Ordinal);
        var width = inline.Count == 0 ? 0 : inline.Max(v => v.Key.Length + v.Value.Length);
        foreach (var key in ExperimentKeys.All)
        {
            if (inline.TryGetValue(key.Name, out var value))
            {
                WriteLine(builder, "", key.Name, value, key.Description, width);
            }
            else if (key.Section?.Invoke(config, Indent) is { } lines)
            {
                builder.Append(key.Name).Append(':');
                if (key.HeaderComment)
                {
                    builder.Append("   # ").Append(ConfigException.OneLine(key.Description));
                }

                builder.Append('\n').Append(lines);
            }
        }

        return builder.ToString();
    }

    /// <summary>The lines of a design, indented by <paramref name="indent"/>.</summary>
    internal static string Design(Designs.Design design, string indent)
    {
        var builder = new StringBuilder();
        string kind = design.Kind switch
        {
            Designs.DesignKind.Grid => "grid",
            Designs.DesignKind.LatinHypercube => "latin_hypercube",
            _ => "sobol",
        };
        builder.Append(indent).Append("kind: ").Append(kind).Append('\n');
        builder.Append(indent).Append("samples: ").Append(design.Samples.ToString(CultureInfo.InvariantCulture)).Append('\n');
        builder.Append(indent).Append("seed: ").Append(design.Seed.ToString(CultureInfo.InvariantCulture)).Append('\n');
        builder.Append(indent).Append("parameters:\n");
        foreach (var p in design.Parameters)
        {
            builder.Append(indent + Indent).Append(p.Path).Append(": {min: ").Append(Double(p.Min)).Append(", max: ").Append(Double(p.Max));
            if (p.Steps is { } steps) builder.Append(", steps: ").Append(steps.ToString(CultureInfo.InvariantCulture));
            builder.Append("}\n");
        }

        return builder.ToString();
    }

    /// <summary>The lines of the custom regimes, indented by <paramref name="indent"/>; model overrides are those that differ from the experiment's model.</summary>
    internal static string CustomRegimes(ExperimentConfig config, string indent)
    {
        var builder = new StringBuilder();
        foreach (var custom in config.CustomRegimes)
        {
            builder.Append(indent).Append(String(custom.Name)).Append(":\n");
            builder.Append(indent + Indent).Append("base: ").Append(String(custom.Base)).Append('\n');
            builder.Append(indent + Indent).Append("add: ").Append(List(custom.Add)).Append('\n');
            builder.Append(indent + Indent).Append("remove: ").Append(List(custom.Remove)).Append('\n');
            var overrides = new StringBuilder();
            WriteDifferences(overrides, SectionSchema.Model, custom.Model, config.Model, indent + Indent + Indent);
            if (overrides.Length > 0)
            {
                builder.Append(indent + Indent).Append("model:\n").Append(overrides);
            }
        }

        return builder.ToString();
    }

    /// <summary>Each schedule on one line: <c>name: {1816: concert, 1914: none}</c>.</summary>
    internal static string Schedules(ExperimentConfig config, string indent)
    {
        var builder = new StringBuilder();
        foreach (var schedule in config.Schedules)
            builder.Append(indent).Append(String(schedule.Name)).Append(": {")
                .AppendJoin(", ", schedule.Steps.Select(s => s.FromYear.ToString(CultureInfo.InvariantCulture) + ": " + String(s.Regime)))
                .Append("}\n");
        return builder.ToString();
    }

    /// <summary>The lines of a [Param] section, indented by <paramref name="indent"/>.</summary>
    internal static string Section(SectionSchema schema, object instance, string indent)
    {
        var builder = new StringBuilder();
        WriteSection(builder, schema, instance, indent);
        return builder.ToString();
    }

    /// <summary>Only the parameters whose values differ from <paramref name="baseline"/>, with their sections.</summary>
    private static void WriteDifferences(StringBuilder builder, SectionSchema schema, object instance, object baseline, string indent)
    {
        foreach (var member in schema.Members)
        {
            if (member is ScalarMember scalar)
            {
                var value = Format(scalar, scalar.GetValue(instance));
                if (value != Format(scalar, scalar.GetValue(baseline)))
                {
                    WriteLine(builder, indent, scalar.Key, value, scalar.Description, scalar.Key.Length + value.Length);
                }
            }
            else if (member is SectionMember section)
            {
                var inner = new StringBuilder();
                var child = section.GetValue(instance) ?? Activator.CreateInstance(section.Section.Type)!;
                var baseChild = section.GetValue(baseline) ?? Activator.CreateInstance(section.Section.Type)!;
                WriteDifferences(inner, section.Section, child, baseChild, indent + Indent);
                if (inner.Length > 0)
                {
                    builder.Append(indent).Append(section.Key).Append(":\n").Append(inner);
                }
            }
        }
    }

    /// <summary>One section of type <typeparamref name="T"/> as the root mapping (for tests of the generic writer).</summary>
    internal static string SectionToYaml<T>(T value, string path)
        where T : class
    {
        var builder = new StringBuilder();
        WriteSection(builder, SectionSchema.For(typeof(T), path), value, "");
        return builder.ToString();
    }

    /// <summary>A scalar parameter's value as YAML (also the <see cref="ParameterInfo.Default"/> text).</summary>
    internal static string Format(ScalarMember member, object? value) => member.Kind switch
    {
        ScalarKind.Int => ((int)value!).ToString(CultureInfo.InvariantCulture),
        ScalarKind.Double => Double((double)value!),
        ScalarKind.Bool => (bool)value! ? "true" : "false",
        ScalarKind.String => value is string text ? String(text) : "null",
        ScalarKind.Enum => member.EnumValues.FirstOrDefault(v => v.Value.Equals(value)).Key
            ?? ((Enum)value!).ToString("D"),
        _ => List(ScalarMember.ReadList(value)),
    };

    private static void WriteSection(StringBuilder builder, SectionSchema schema, object instance, string indent)
    {
        var values = schema.Members.OfType<ScalarMember>()
            .ToDictionary(m => m.Key, m => Format(m, m.GetValue(instance)), StringComparer.Ordinal);
        var width = values.Count == 0 ? 0 : values.Max(v => v.Key.Length + v.Value.Length);
        foreach (var member in schema.Members)
        {
            if (member is ScalarMember scalar)
            {
                WriteLine(builder, indent, scalar.Key, values[scalar.Key], scalar.Description, width);
            }
            else if (member is SectionMember section && section.Section.Members.Count > 0)
            {
                builder.Append(indent).Append(section.Key).Append(":\n");
                var child = section.GetValue(instance) ?? Activator.CreateInstance(section.Section.Type)!;
                WriteSection(builder, section.Section, child, indent + Indent);
            }
        }
    }

    private static void WriteAligned(StringBuilder builder, string indent, IReadOnlyList<(string Key, string Value, string Comment)> lines)
    {
        var width = lines.Max(s => s.Key.Length + s.Value.Length);
        foreach (var (key, value, comment) in lines)
        {
            WriteLine(builder, indent, key, value, comment, width);
        }
    }

    private static void WriteLine(StringBuilder builder, string indent, string key, string value, string comment, int width)
    {
        builder.Append(indent).Append(key).Append(": ").Append(value);
        if (comment.Length > 0)
        {
            builder.Append(' ', width - key.Length - value.Length + 2).Append("# ").Append(ConfigException.OneLine(comment));
        }

        builder.Append('\n');
    }

    private static string Double(double value) =>
        double.IsNaN(value) ? ".nan"
        : double.IsPositiveInfinity(value) ? ".inf"
        : double.IsNegativeInfinity(value) ? "-.inf"
        : value.ToString("R", CultureInfo.InvariantCulture);

    internal static string List(IReadOnlyList<string> items) => "[" + string.Join(", ", items.Select(String)) + "]";

    /// <summary>A string as YAML: plain when that reads back as the same string, double-quoted otherwise.</summary>
    internal static string String(string text)
    {
        var plain = text.Length > 0
            && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')
            && !char.IsAsciiDigit(text[0]) && text[0] != '-' && text[0] != '.'
            && text is not ("true" or "True" or "TRUE" or "false" or "False" or "FALSE")
            && text is not ("null" or "Null" or "NULL");
        if (plain)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ when char.IsControl(c) => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }
}
