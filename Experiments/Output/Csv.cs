namespace Experiments.Output;

/// <summary>CSV file conventions: snake_case names, UTF-8 without a byte-order mark, '\n' line ends.</summary>
internal static class Csv
{
    /// <summary>snake_case of an enum member name (GovernmentVictory → government_victory).</summary>
    public static string Snake(string name)
    {
        var chars = new System.Text.StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) chars.Append('_');
            chars.Append(char.ToLowerInvariant(name[i]));
        }
        return chars.ToString();
    }

    public static StreamWriter Create(string path) =>
        new(path, append: false, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
}
