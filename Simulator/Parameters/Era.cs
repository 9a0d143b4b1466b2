using System.Globalization;

namespace Simulator.Parameters;

/// <summary>A span of calendar years reported on its own, e.g. 1816-1914 (both years included).</summary>
public sealed record Era(int FirstYear, int LastYear)
{
    /// <summary>The era's name in outputs: <c>1816-1914</c>.</summary>
    public string Name => FirstYear.ToString(CultureInfo.InvariantCulture) + "-" + LastYear.ToString(CultureInfo.InvariantCulture);

    public bool Contains(int year) => year >= FirstYear && year <= LastYear;

    /// <summary>Parses "a-b, c-d"; throws <see cref="FormatException"/> with a one-line reason.</summary>
    public static IReadOnlyList<Era> ParseList(string text)
    {
        var eras = new List<Era>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Split('-');
            if (ends.Length != 2
                || !int.TryParse(ends[0], NumberStyles.None, CultureInfo.InvariantCulture, out int first)
                || !int.TryParse(ends[1], NumberStyles.None, CultureInfo.InvariantCulture, out int last))
                throw new FormatException($"era '{part}' is not of the form FIRST-LAST, e.g. 1816-1914");
            if (last < first) throw new FormatException($"era '{part}' ends before it begins");
            eras.Add(new Era(first, last));
        }
        return eras;
    }
}
