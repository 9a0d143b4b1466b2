using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Experiments.Configuration;

/// <summary>A YAML node with the 1-based line where it starts.</summary>
internal abstract class YamlNode(int line)
{
    public int Line { get; } = line;

    /// <summary>How the node is named in "expected X, found Y" messages.</summary>
    public abstract string Describe();
}

internal sealed class YamlScalar(int line, string value, bool isPlain) : YamlNode(line)
{
    public string Value { get; } = value;

    /// <summary>Untagged and unquoted, so it may be a number, a boolean or null.</summary>
    public bool IsPlain { get; } = isPlain;

    /// <summary>YAML core-schema null: an empty plain value, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "no value" : "the value " + Show(Value);

    /// <summary>The value quoted for a message, shortened and kept on one line.</summary>
    public static string Show(string value)
    {
        var text = value.Length > 60 ? value[..57] + "..." : value;
        text = text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
        return "'" + ConfigException.OneLine(text) + "'";
    }
}

internal sealed class YamlMapping(int line, IReadOnlyList<(YamlNode Key, YamlNode Value)> entries) : YamlNode(line)
{
    public IReadOnlyList<(YamlNode Key, YamlNode Value)> Entries { get; } = entries;

    public override string Describe() => "a mapping";
}

internal sealed class YamlSequence(int line, IReadOnlyList<YamlNode> items) : YamlNode(line)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override string Describe() => "a list";
}

/// <summary>
/// Reads YAML text into a small node tree from the YamlDotNet event parser, keeping every
/// mapping entry (duplicates included) and every line, so the binder can report both.
/// </summary>
internal static class YamlTree
{
    /// <summary>The single document's root node, or null when the text holds no document.</summary>
    public static YamlNode? Read(string text, string fileLabel)
    {
        var position = Mark.Empty;
        try
        {
            using var reader = new StringReader(text);
            var parser = new Parser(reader);
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            var root = ReadNode(parser, anchors, fileLabel, ref position);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                throw new ConfigException(fileLabel, LineOf(second.Start), null, "a second YAML document ('---') starts here", "one document per file");
            }

            parser.Consume<StreamEnd>();
            return root;
        }
        catch (YamlException ex)
        {
            var problem = $"YAML syntax error at column {ex.Start.Column}: {SyntaxProblem(ex)}";
            throw new ConfigException(fileLabel, LineOf(ex.Start), null, problem, null, ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this on some malformed input (for example an unclosed '[' at the end); it carries no position.
            var problem = $"YAML syntax error after column {position.Column}: the text cannot be parsed (an unclosed bracket or quote?)";
            throw new ConfigException(fileLabel, LineOf(position), null, problem, null, ex);
        }
    }

    /// <summary>Reads one node; <paramref name="position"/> tracks the end of the last event read, for errors without a position.</summary>
    private static YamlNode ReadNode(IParser parser, Dictionary<string, YamlNode> anchors, string fileLabel, ref Mark position)
    {
        YamlNode node;
        AnchorName anchor;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            position = scalar.End;
            anchor = scalar.Anchor;
            var plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && (scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific);
            node = new YamlScalar(LineOf(scalar.Start), scalar.Value, plain);
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            position = sequenceStart.End;
            anchor = sequenceStart.Anchor;
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, anchors, fileLabel, ref position));
            }

            node = new YamlSequence(LineOf(sequenceStart.Start), items);
        }
        else if (parser.TryConsume<MappingStart>(out var mappingStart))
        {
            position = mappingStart.End;
            anchor = mappingStart.Anchor;
            var entries = new List<(YamlNode, YamlNode)>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = ReadNode(parser, anchors, fileLabel, ref position);
                var value = ReadNode(parser, anchors, fileLabel, ref position);
                entries.Add((key, value));
            }

            node = new YamlMapping(LineOf(mappingStart.Start), entries);
        }
        else
        {
            var alias = parser.Consume<AnchorAlias>();
            position = alias.End;
            return anchors.TryGetValue(alias.Value.Value, out var target)
                ? target
                : throw new ConfigException(fileLabel, LineOf(alias.Start), null, $"unknown alias '*{alias.Value.Value}'", "an alias of an anchor defined earlier");
        }

        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }

        return node;
    }

    private static string SyntaxProblem(YamlException ex)
    {
        // YamlDotNet prefixes some messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the position is reported separately.
        var message = ex.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && cut >= 0)
        {
            message = message[(cut + 3)..];
        }

        return ConfigException.OneLine(message).Trim();
    }

    private static int LineOf(Mark mark) => (int)Math.Clamp(mark.Line, 1, int.MaxValue);
}
