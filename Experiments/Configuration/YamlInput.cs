using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Experiments.Configuration;

/// <summary>
/// Config text read into YamlDotNet's representation model, with the limits a config needs: at most
/// <see cref="MaxBytes"/>, at most <see cref="MaxDepth"/> levels of nesting, one document, and
/// duplicate keys recorded (YamlDotNet rejects them without naming the first) so the binder can report
/// them with their key path and the line of the first occurrence.
/// </summary>
internal sealed class YamlInput
{
    /// <summary>The largest config accepted (1 MiB).</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>The deepest nesting of mappings and lists accepted; real configs use about six levels.</summary>
    public const int MaxDepth = 64;

    private readonly Dictionary<long, (string Key, int FirstLine)> duplicates;

    private YamlInput(YamlNode? root, Dictionary<long, (string Key, int FirstLine)> duplicates)
    {
        Root = root;
        this.duplicates = duplicates;
    }

    /// <summary>The single document's root node, or null when the text holds no document.</summary>
    public YamlNode? Root { get; }

    /// <summary>Reads at most <see cref="MaxBytes"/> of a file (it may be endless, such as /dev/urandom).</summary>
    public static string ReadFile(string path)
    {
        // A config argument that names no file: an unknown option the parser took for one, or a folder.
        if (Directory.Exists(path)) throw new ConfigException(path, null, null, "is a folder", "a YAML config file");
        if (path.StartsWith('-') && !File.Exists(path))
            throw new ConfigException(path, null, null, "is neither an option of the command nor a file", "an option from the command's --help, or a YAML config file");
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var buffer = new byte[MaxBytes + 1];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
            }

            if (length > MaxBytes)
            {
                throw TooLarge(path);
            }

            using var reader = new StreamReader(new MemoryStream(buffer, 0, length), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            throw new ConfigException(path, null, null, "cannot read file: " + ex.Message.TrimEnd('.'), "a readable YAML config file", ex);
        }
    }

    /// <summary>What a config's text must be, for syntax errors.</summary>
    private const string SyntaxAllowed = "YAML: key: value lines, indented by spaces under their section, lists in [ ] or - items";

    /// <summary>Parses config text; every problem is a one-line <see cref="ConfigException"/>.</summary>
    public static YamlInput Read(string text, string fileLabel)
    {
        if (text.Length > MaxBytes)
        {
            throw TooLarge(fileLabel);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ConfigException(fileLabel, 1, null, "the config is empty", "a mapping with keys " + ExperimentKeys.Allowed + " (write {} to run every default)");
        }

        var parser = new GuardedParser(new Parser(new StringReader(text)), fileLabel);
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            return new YamlInput(stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode, parser.Duplicates);
        }
        catch (YamlException ex)
        {
            var problem = $"YAML syntax error at column {ex.Start.Column.ToString(CultureInfo.InvariantCulture)}: {SyntaxProblem(ex).TrimEnd('.')}";
            throw new ConfigException(fileLabel, LineOf(ex.Start), null, problem, SyntaxAllowed, ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this on some malformed input (for example an unclosed '[' at the end); it carries no position.
            var problem = $"YAML syntax error after column {parser.Position.Column.ToString(CultureInfo.InvariantCulture)}: the text cannot be parsed (an unclosed bracket or quote?)";
            throw new ConfigException(fileLabel, LineOf(parser.Position), null, problem, SyntaxAllowed, ex);
        }
        catch (ArgumentException ex)
        {
            // Resolving an alias used as a key can make two keys equal after the mapping was read.
            var problem = $"YAML error after column {parser.Position.Column.ToString(CultureInfo.InvariantCulture)}: a key is given twice (through an alias)";
            throw new ConfigException(fileLabel, LineOf(parser.Position), null, problem, "each key once per mapping", ex);
        }
    }

    /// <summary>The 1-based line where a node starts.</summary>
    public static int LineOf(YamlNode node) => LineOf(node.Start);

    /// <summary>When <paramref name="key"/> repeats an earlier key of its mapping: the key as written and the first one's line.</summary>
    public bool IsDuplicate(YamlNode key, out string name, out int firstLine)
    {
        var found = duplicates.TryGetValue(key.Start.Index, out var duplicate);
        (name, firstLine) = duplicate;
        return found;
    }

    /// <summary>YAML core-schema null: an empty plain value, <c>~</c> or <c>null</c>.</summary>
    public static bool IsNull(YamlNode node) => node is YamlScalarNode scalar && IsPlain(scalar) && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>Untagged and unquoted, so it may be a number, a boolean or null.</summary>
    public static bool IsPlain(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && (scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific);

    /// <summary>How a node is named in "expected X, found Y" messages.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ when IsNull(node) => "no value",
        YamlScalarNode scalar => "the value " + Show(scalar.Value ?? ""),
        _ => "an unresolved alias",
    };

    /// <summary>The value quoted for a message, shortened and kept on one line.</summary>
    public static string Show(string value)
    {
        var text = value.Length > 60 ? value[..57] + "..." : value;
        text = text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
        return "'" + ConfigException.OneLine(text) + "'";
    }

    private static ConfigException TooLarge(string file) =>
        new(file, null, null, $"the file is larger than {MaxBytes / (1 << 20)} MiB", "a config of at most " + MaxBytes.ToString(CultureInfo.InvariantCulture) + " bytes");

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

    /// <summary>
    /// Passes the parser's events to the representation model, enforcing one document and the depth
    /// limit, tracking the last position (for errors that carry none), and renaming a repeated plain
    /// key so the model keeps both while <see cref="Duplicates"/> remembers it.
    /// </summary>
    private sealed class GuardedParser(IParser inner, string file) : IParser
    {
        private readonly Stack<Frame> frames = new();
        private int documents;

        public Dictionary<long, (string Key, int FirstLine)> Duplicates { get; } = [];

        public Mark Position { get; private set; } = Mark.Empty;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            if (!inner.MoveNext())
            {
                Current = null;
                return false;
            }

            var current = inner.Current!;
            Position = current.End;
            switch (current)
            {
                case DocumentStart start:
                    if (++documents > 1)
                    {
                        throw new ConfigException(file, LineOf(start.Start), null, "a second YAML document ('---') starts here", "one document per file");
                    }

                    break;
                case Scalar scalar:
                    current = CheckKey(scalar);
                    NodeDone();
                    break;
                case AnchorAlias:
                    NodeDone();
                    break;
                case MappingStart or SequenceStart:
                    if (frames.Count >= MaxDepth)
                    {
                        throw new ConfigException(file, LineOf(current.Start), null, $"nested more than {MaxDepth} levels deep", $"at most {MaxDepth} levels of mappings and lists");
                    }

                    frames.Push(new Frame(current is MappingStart));
                    break;
                case MappingEnd or SequenceEnd:
                    frames.Pop();
                    NodeDone();
                    break;
            }

            Current = current;
            return true;
        }

        private Scalar CheckKey(Scalar scalar)
        {
            if (!frames.TryPeek(out var frame) || !frame.IsMapping || !frame.AtKey)
            {
                return scalar;
            }

            if (frame.Keys.TryAdd(scalar.Value, LineOf(scalar.Start)))
            {
                return scalar;
            }

            Duplicates[scalar.Start.Index] = (scalar.Value, frame.Keys[scalar.Value]);
            var unique = scalar.Value + "\0" + Duplicates.Count.ToString(CultureInfo.InvariantCulture);
            return new Scalar(scalar.Anchor, scalar.Tag, unique, scalar.Style, scalar.IsPlainImplicit, scalar.IsQuotedImplicit, scalar.Start, scalar.End);
        }

        private void NodeDone()
        {
            if (frames.TryPeek(out var frame) && frame.IsMapping)
            {
                frame.AtKey = !frame.AtKey;
            }
        }

        private sealed class Frame(bool isMapping)
        {
            public bool IsMapping { get; } = isMapping;

            public bool AtKey { get; set; } = true;

            public Dictionary<string, int> Keys { get; } = new(StringComparer.Ordinal);
        }
    }
}
