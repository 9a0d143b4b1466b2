using System.Runtime.CompilerServices;
using Analysis.Statistics;

namespace Analysis.Results;

/// <summary>
/// Peace spells after ended episodes as whole-year counts, relapse observed or censored, by kind
/// (inter-state or civil) and by whether peacekeepers deployed: what Kaplan-Meier needs.
/// </summary>
public sealed class SpellCounts(int years)
{
    // [kind: 0 interstate, 1 civil][pko: 0 no, 1 yes] -> counts by spell length in years
    private readonly long[][][] events = New(years), censored = New(years);

    private static long[][][] New(int years) =>
        [[new long[years + 1], new long[years + 1]], [new long[years + 1], new long[years + 1]]];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called for every row or spell of a digest: see ResultsDigest.ReadEpisodes
    internal void Add(bool civil, bool peacekeeping, int years1, bool relapsed)
    {
        int t = Math.Clamp(years1, 0, years);
        (relapsed ? events : censored)[civil ? 1 : 0][peacekeeping ? 1 : 0][t]++;
    }

    /// <summary>Kaplan-Meier curve of relapse after episodes of a kind; <paramref name="peacekeeping"/> null for all of them.</summary>
    public KaplanMeierCurve Relapse(bool civil, bool? peacekeeping = null)
    {
        int k = civil ? 1 : 0;
        var e = new long[years + 1];
        var c = new long[years + 1];
        for (int p = 0; p < 2; p++)
        {
            if (peacekeeping is { } only && only != (p == 1)) continue;
            for (int t = 0; t <= years; t++)
            {
                e[t] += events[k][p][t];
                c[t] += censored[k][p][t];
            }
        }
        return KaplanMeier.FitCounts(e, c);
    }

    /// <summary>Number of ended episodes of a kind, optionally only those with or without peacekeepers.</summary>
    public long Count(bool civil, bool? peacekeeping = null)
    {
        long n = 0;
        for (int p = 0; p < 2; p++)
            if (peacekeeping is not { } only || only == (p == 1))
                n += events[civil ? 1 : 0][p].Sum() + censored[civil ? 1 : 0][p].Sum();
        return n;
    }
}
