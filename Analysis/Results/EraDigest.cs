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

    /// <summary>Room for the per-run counts of <paramref name="runs"/> runs, grown in steps (<see cref="Complete"/> cuts them to size).</summary>
    internal void Grow(int runs)
    {
        if (runs <= WarsBegun.Length) return;
        Resize(Math.Max(16, Math.Max(runs, 2 * WarsBegun.Length)));
    }

    /// <summary>Every run is in: the per-run counts cut to the runs.</summary>
    internal void Complete(int runs) => Resize(runs);

    private void Resize(int length)
    {
        var (begun, withGreatPower, twoStates) = (WarsBegun, WarsWithGreatPower, TwoStateWars);
        Array.Resize(ref begun, length);
        Array.Resize(ref withGreatPower, length);
        Array.Resize(ref twoStates, length);
        (WarsBegun, WarsWithGreatPower, TwoStateWars) = (begun, withGreatPower, twoStates);
    }

    internal void Add(string column, double value)
    {
        if (!columns.TryGetValue(column, out var values)) columns[column] = values = new RunColumn();
        values.Add(value);
    }

    /// <summary>A counter's value within the era, one per run in run order.</summary>
    public double[] Column(string name) =>
        columns.TryGetValue(name, out var list) ? list.ToArray() : throw new InvalidDataException($"eras.csv: no column '{name}' for era {Name}");
}
