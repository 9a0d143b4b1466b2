using Analysis.Statistics;
using Simulator.Parameters;

namespace Analysis.Results;

/// <summary>
/// One calendar era of one (point, regime): the per-run counters of eras.csv, the peace spells after
/// episodes that ended in the era, and per-run counts of the wars that began in it (all, with a great
/// power, between two states only) from episodes.csv.
/// </summary>
public sealed class EraDigest
{
    private readonly Dictionary<string, RunColumn> columns = new(StringComparer.Ordinal);

    internal EraDigest(Era era, int spellYears)
    {
        Era = era;
        Spells = new SpellCounts(spellYears);
    }

    public Era Era { get; }
    public string Name => Era.Name;
    public SpellCounts Spells { get; }
    /// <summary>[kind: 0 inter-state, 1 civil]: the era's spells summed by the particle their run drew, for relapse's parameter uncertainty.</summary>
    internal KaplanMeierByParticle[] RelapseByParticle { get; } = [new(GroupDigest.RelapseYearsKept), new(GroupDigest.RelapseYearsKept)];
    /// <summary>Per run: inter-state wars begun in the era, those with a great power, those fought by two states only.</summary>
    public double[] WarsBegun { get; private set; } = [];
    public double[] WarsWithGreatPower { get; private set; } = [];
    public double[] TwoStateWars { get; private set; } = [];

    internal void Size(int runs) => (WarsBegun, WarsWithGreatPower, TwoStateWars) = (new double[runs], new double[runs], new double[runs]);

    internal void Add(string column, double value)
    {
        if (!columns.TryGetValue(column, out var values)) columns[column] = values = new RunColumn();
        values.Add(value);
    }

    /// <summary>A counter's value within the era, one per run in run order.</summary>
    public double[] Column(string name) =>
        columns.TryGetValue(name, out var list) ? list.ToArray() : throw new InvalidDataException($"eras.csv: no column '{name}' for era {Name}");
}
