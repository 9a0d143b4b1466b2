using System.Globalization;

namespace Experiments.Output;

/// <summary>Invariant, round-trippable formatting of CSV cells; files use '\n' line ends.</summary>
internal static class Csv
{
    public static string Cell(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    public static string Cell(int value) => value.ToString(CultureInfo.InvariantCulture);
    public static string Cell(long value) => value.ToString(CultureInfo.InvariantCulture);
    public static string Cell(ulong value) => value.ToString(CultureInfo.InvariantCulture);
    public static string Cell(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
    public static string Cell(bool value) => value ? "true" : "false";

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
