namespace Simulator.Randomness;

/// <summary>
/// The keyed generator as the regimes ask it: each (purpose, year) key is folded once a year and kept,
/// not twice again for every draw. A Council vote draws its take-up, each permanent member's veto and
/// each elected member's vote under three purposes of the same year, and the folding of the year's key
/// was most of each draw's cost. The same draws as <see cref="Draws"/>: only where the key comes from differs.
/// </summary>
internal sealed class YearKeyCache : IDrawSource
{
    /// <summary>Purposes are numbered below this (<see cref="Purpose"/>); any other is folded each time.</summary>
    private const int Purposes = 512;

    /// <summary>One spare cache per thread (its keys forgotten when taken): a run needs one, and 6 KB a run was a tenth of a run's garbage.</summary>
    [ThreadStatic] private static YearKeyCache? spare;

    /// <summary>This thread's spare cache, keyed to <paramref name="runDraws"/> and holding no key yet, or a new one.</summary>
    public static YearKeyCache Take(Draws runDraws)
    {
        var cache = spare;
        spare = null;
        if (cache is null) return new YearKeyCache(runDraws);
        cache.draws = runDraws;
        Array.Fill(cache.years, int.MinValue);
        return cache;
    }

    /// <summary>Keeps the cache for the thread's next run; the run that took it must not use it after.</summary>
    public static void Keep(YearKeyCache cache) => spare = cache;

    private Draws draws;

    public YearKeyCache(Draws draws) => this.draws = draws;

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
