namespace Experiments.Output;

/// <summary>CSV naming convention: snake_case names (the dialect itself is Analysis.Results.CsvRows).</summary>
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
}
