using Analysis.Results;
using Analysis.Statistics;
using Experiments.Running;

namespace Experiments.Output;

/// <summary>
/// The yearly statistics of an experiment, aggregated online and exactly: per (point, regime, year)
/// a histogram of each integer quantity (active wars, crises, ...) and fixed-point sums of the
/// continuous ones (polarisation, regime strength). Integer sums are associative, so the totals do
/// not depend on thread count, shard boundaries or resumption, and shards merge by addition.
/// Memory does not grow with runs. yearly_counts.csv stores this state; yearly.csv is derived from it.
/// </summary>
internal sealed class YearlyCounts
{
    /// <summary>Continuous values in [0, 1] are summed as integers in units of 2^-32.</summary>
    private const double FixedPoint = 4294967296.0;
    private static readonly string[] Continuous = ["bloc_polarisation", "regime_strength"];
    private static readonly int Quantities = Columns.YearlyQuantities.Length;

    private sealed class Cell(int years)
    {
        public readonly long[][] Histograms = Enumerable.Range(0, years * Quantities).Select(_ => new long[8]).ToArray();
        public readonly long[][] Sums = [new long[years], new long[years]];
    }

    private readonly SortedDictionary<(int Point, int Regime), Cell> cells = new();
    private readonly IReadOnlyList<string> regimes;
    private readonly int years;
    /// <summary>Calendar label of the first reported year (0 in an abstract world): files say calendar years.</summary>
    private readonly int firstYear;

    public YearlyCounts(IReadOnlyList<string> regimes, int years, int firstYear = 0)
    {
        this.regimes = regimes;
        this.years = years;
        this.firstYear = firstYear;
    }

    private Cell At(int point, int regime)
    {
        if (!cells.TryGetValue((point, regime), out var cell)) cells[(point, regime)] = cell = new Cell(years);
        return cell;
    }

    private static void Count(ref long[] histogram, int value, long count)
    {
        if (value >= histogram.Length) Array.Resize(ref histogram, Math.Max(value + 1, histogram.Length * 2));
        histogram[value] += count;
    }

    public void Add(FinishedRun o, int regimeIndex)
    {
        var cell = At(o.Point, regimeIndex);
        var values = o.Yearly.Values;
        for (int i = 0; i < values.Length; i++) Count(ref cell.Histograms[i], values[i], 1);
        for (int y = 0; y < years; y++)
        {
            cell.Sums[0][y] += (long)Math.Round(o.Yearly.Polarisation[y] * FixedPoint);
            cell.Sums[1][y] += (long)Math.Round(o.Yearly.RegimeStrength[y] * FixedPoint);
        }
    }

    /// <summary>Adds another aggregate (a shard's) to this one.</summary>
    public void Merge(YearlyCounts other)
    {
        foreach (var (key, theirs) in other.cells)
        {
            var mine = At(key.Point, key.Regime);
            for (int i = 0; i < theirs.Histograms.Length; i++)
                for (int v = 0; v < theirs.Histograms[i].Length; v++)
                    if (theirs.Histograms[i][v] != 0) Count(ref mine.Histograms[i], v, theirs.Histograms[i][v]);
            for (int s = 0; s < mine.Sums.Length; s++)
                for (int y = 0; y < years; y++) mine.Sums[s][y] += theirs.Sums[s][y];
        }
    }

    /// <summary>Writes the mergeable state: point, regime, year, quantity, value, count (sums: value empty, count = sum in 2^-32 units).</summary>
    public void WriteCounts(string path) =>
        CsvRows.WriteFile(path, ["point", "regime", "year", "quantity", "value", "count"], line =>
        {
            foreach (var ((point, regime), cell) in cells)
                for (int y = 0; y < years; y++)
                {
                    for (int q = 0; q < Quantities; q++)
                    {
                        var h = cell.Histograms[q * years + y];
                        for (int v = 0; v < h.Length; v++)
                            if (h[v] != 0) line.Add(point).Add(regimes[regime]).Add(firstYear + y).Add(Columns.YearlyQuantities[q]).Add(v).Add(h[v]).End();
                    }
                    for (int s = 0; s < Continuous.Length; s++)
                        line.Add(point).Add(regimes[regime]).Add(firstYear + y).Add(Continuous[s] + "_sum").Add("").Add(cell.Sums[s][y]).End();
                }
        });

    /// <summary>The largest yearly count a counts file may hold (wars or states under way in one year).</summary>
    private const int MaxValue = 1_000_000;

    public static YearlyCounts ReadCounts(string path, IReadOnlyList<string> regimes, int years, int firstYear = 0)
    {
        var counts = new YearlyCounts(regimes, years, firstYear);
        using var file = CsvFile.Open(path);
        int cPoint = file.Column("point"), cRegime = file.Column("regime"), cYear = file.Column("year"),
            cQuantity = file.Column("quantity"), cValue = file.Column("value"), cCount = file.Column("count");
        while (file.Next())
        {
            int point = file.Int(cPoint), label = file.Int(cYear), year = label - firstYear;
            string regimeName = file.Text(cRegime), quantity = file.Text(cQuantity);
            int regime = IndexOf(regimes, regimeName);
            if (regime < 0 || year < 0 || year >= years)
                throw new InvalidDataException($"{path}:{file.Line}: unexpected regime '{regimeName}' or year {label}");
            long count = file.Long(cCount);
            var cell = counts.At(point, regime);
            int q = Array.IndexOf(Columns.YearlyQuantities, quantity);
            if (q >= 0 && file.Int(cValue) is var value && value is < 0 or > MaxValue)
                throw new InvalidDataException($"{path}:{file.Line}: value {value} of '{quantity}' is not a yearly count (0 to {MaxValue})");
            if (q >= 0) Count(ref cell.Histograms[q * years + year], file.Int(cValue), count);
            else if (Array.IndexOf(Continuous, quantity.Replace("_sum", "")) is var s and >= 0) cell.Sums[s][year] += count;
            else throw new InvalidDataException($"{path}:{file.Line}: unknown quantity '{quantity}'");
        }
        return counts;
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++)
            if (names[i] == name) return i;
        return -1;
    }

    /// <summary>yearly.csv: mean and 10/50/90% quantiles over runs of each quantity, and the means of the continuous ones.</summary>
    public void WriteYearly(string path)
    {
        var header = new List<string> { "point", "regime", "year" };
        foreach (var q in Columns.YearlyQuantities) header.AddRange([$"{q}_mean", $"{q}_p10", $"{q}_p50", $"{q}_p90"]);
        header.AddRange(Continuous.Select(c => c + "_mean"));
        CsvRows.WriteFile(path, header, line =>
        {
            foreach (var ((point, regime), cell) in cells)
                for (int y = 0; y < years; y++)
                {
                    line.Add(point).Add(regimes[regime]).Add(firstYear + y);
                    long runs = cell.Histograms[y].Sum();
                    for (int q = 0; q < Quantities; q++)
                    {
                        var h = cell.Histograms[q * years + y];
                        long sum = 0;
                        for (int v = 0; v < h.Length; v++) sum += v * h[v];
                        line.Add((double)sum / runs).Add(Quantiles.FromCounts(h, 0.1)).Add(Quantiles.FromCounts(h, 0.5)).Add(Quantiles.FromCounts(h, 0.9));
                    }
                    foreach (var s in cell.Sums) line.Add(s[y] / FixedPoint / runs);
                    line.End();
                }
        });
    }
}
