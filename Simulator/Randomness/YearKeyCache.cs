namespace Simulator.Randomness;

/// <summary>
/// The keyed generator as the regimes ask it: each (purpose, year) key is folded once a year and kept,
/// not twice again for every draw. A Council vote draws its take-up, each permanent member's veto and
/// each elected member's vote under three purposes of the same year, and the folding of the year's key
/// was most of each draw's cost. The same draws as <see cref="Draws"/>: only where the key comes from differs.
/// </summary>
internal sealed class YearKeyCache(Draws draws) : IDrawSource
{
    /// <summary>Purposes are numbered below this (<see cref="Purpose"/>); any other is folded each time.</summary>
    private const int Purposes = 512;

    private readonly ulong[] keys = new ulong[Purposes];
    private readonly int[] years = NoYears();

    private static int[] NoYears()
    {
        var years = new int[Purposes];
        Array.Fill(years, int.MinValue); // no key kept yet
        return years;
    }

    public double Uniform(Purpose purpose, int year, int a, int b = 0, int c = 0) =>
        Draws.UniformFrom(YearKey(purpose, year), a, b, c);

    public DrawRow Row(Purpose purpose, int year) => new(YearKey(purpose, year));

    private ulong YearKey(Purpose purpose, int year)
    {
        int p = (int)purpose;
        if ((uint)p >= Purposes) return draws.YearKey(purpose, year);
        if (years[p] != year)
        {
            keys[p] = draws.YearKey(purpose, year);
            years[p] = year;
        }
        return keys[p];
    }
}
