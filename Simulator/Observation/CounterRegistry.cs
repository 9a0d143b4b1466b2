using System.Collections.Immutable;
using Simulator.Regimes;
using Simulator.Regimes.Mechanisms;

namespace Simulator.Observation;

/// <summary>
/// Every counter a run reports, in runs.csv column order: the world's counters, then the regimes'
/// (each mechanism's counters and, for a mechanism that can prevent a crisis, its
/// <c>prevented_by_&lt;name&gt;</c>), then the state system's and the dyads'. The columns, the readers and the docs derive from this list.
/// </summary>
public static class CounterRegistry
{
    /// <summary>
    /// The regime columns in the order runs.csv has always had them; counters of mechanisms
    /// registered later follow, in catalog order, so adding a mechanism only appends columns.
    /// </summary>
    private static readonly Counter[] EstablishedRegimeColumns =
    [
        SecurityCouncil.Vetoes, SecurityCouncil.Resolutions, RegimeCounters.Sanctions, RegimeCounters.SanctionsSucceeded,
        RegimeCounters.CollectiveActions, Peacekeeping.Deployed, UnitingForPeace.Sessions, Referral.Referrals, Referral.Settled,
        Congress.Congresses, RegimeCounters.CollapseYear,
        Congress.Type.Prevented!, Referral.Type.Prevented!, CollectiveSecurityPledge.Type.Prevented!, GoodOffices.Type.Prevented!,
        SecurityCouncil.Type.Prevented!, UnitingForPeace.Type.Prevented!,
    ];

    public static readonly ImmutableArray<Counter> All = Build();

    /// <summary>The counters credited with crises prevented, one per preventing mechanism, in column order.</summary>
    public static readonly ImmutableArray<(MechanismType Mechanism, Counter Counter)> Prevented =
    [
        .. All.Select(c => (Mechanism: MechanismCatalog.All.FirstOrDefault(m => m.Prevented == c), Counter: c))
              .Where(x => x.Mechanism is not null).Select(x => (x.Mechanism!, x.Counter)),
    ];

    private static ImmutableArray<Counter> Build()
    {
        var list = new List<Counter>(WorldCounters.All);
        list.AddRange(EstablishedRegimeColumns);
        list.AddRange(SystemCounters.All);
        foreach (var m in MechanismCatalog.All)
        {
            foreach (var c in m.Counters)
                if (!list.Contains(c)) list.Add(c);
            if (m.Prevented is { } p && !list.Contains(p)) list.Add(p);
        }
        if (list.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != list.Count)
            throw new InvalidOperationException("two counters share a name");
        for (int i = 0; i < list.Count; i++) list[i].Index = i;
        return [.. list];
    }

    /// <summary>The counter of this column name, or null.</summary>
    public static Counter? Find(string name)
    {
        foreach (var c in All)
            if (c.Name == name) return c;
        return null;
    }
}
