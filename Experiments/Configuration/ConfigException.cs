namespace Experiments.Configuration;

/// <summary>
/// A problem with an experiment config. <see cref="Exception.Message"/> is always one line:
/// <c>&lt;file&gt;:&lt;line&gt;: &lt;key&gt;: &lt;problem&gt;; allowed: &lt;what is allowed&gt;</c>,
/// where the line, the key and the allowed part are left out when they do not apply.
/// </summary>
public sealed class ConfigException : Exception
{
    /// <summary>Creates the exception and its one-line message.</summary>
    public ConfigException(string file, int? line, string? key, string problem, string? allowed, Exception? innerException = null)
        : base(Format(file, line, key, problem, allowed), innerException)
    {
        File = file;
        Line = line;
        Key = key;
        Problem = problem;
        Allowed = allowed;
    }

    /// <summary>The file label: the path given to the loader, or the label given to <see cref="ConfigLoader.Parse"/>.</summary>
    public string File { get; }

    /// <summary>The 1-based line of the offending text, when known.</summary>
    public int? Line { get; }

    /// <summary>The dotted key path of the offending value (for example <c>model.world.states</c>), when known.</summary>
    public string? Key { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }

    /// <summary>What would have been accepted, when that can be said.</summary>
    public string? Allowed { get; }

    private static string Format(string file, int? line, string? key, string problem, string? allowed)
    {
        var text = line is { } l ? $"{file}:{l.ToString(System.Globalization.CultureInfo.InvariantCulture)}: " : $"{file}: ";
        if (!string.IsNullOrEmpty(key))
        {
            text += key + ": ";
        }

        text += problem;
        if (!string.IsNullOrEmpty(allowed))
        {
            text += "; allowed: " + allowed;
        }

        return OneLine(text);
    }

    /// <summary>Replaces line breaks and other control characters so a message stays on one line.</summary>
    internal static string OneLine(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var chars = text.Select(c => char.IsControl(c) ? ' ' : c).ToArray();
        return new string(chars);
    }
}
