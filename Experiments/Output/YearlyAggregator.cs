using Analysis.Results;
using Analysis.Statistics;
using Experiments.Running;

namespace Experiments.Output;

/// <summary>
/// yearly.csv: per (point, regime, year) the mean and the 10/50/90% quantiles of each yearly
/// quantity over runs, aggregated online. The quantities are small integers, so exact histograms
/// replace stored samples: memory does not grow with runs and the result does not depend on order.
/// </summary>
internal sealed class YearlyAggregator
{
    private readonly record struct Key(int Point, string Regime);
    private sealed class Cell(int years, int quantities)
    {
        public long Runs;
        public readonly long[][] Histograms = CreateHistograms(years * quantities);
        public readonly double[] PolarisationSum = new double[years];
        public readonly double[] StrengthSum = new double[years];
    }

    private readonly List<(Key Key, Cell Cell)> cells = new();
    private readonly int years;
    private static readonly int Quantities = Columns.YearlyQuantities.Length;

    public YearlyAggregator(int years) => this.years = years;

    private static long[][] CreateHistograms(int count)
    {
        var h = new long[count][];
        for (int i = 0; i < count; i++) h[i] = new long[8];
        return h;
    }

    public void Add(RunOutput o)
    {
        var key = new Key(o.Point, o.Regime);
        Cell? cell = null;
        foreach (var (k, c) in cells)
            if (k == key) { cell = c; break; }
        if (cell is null)
        {
            cell = new Cell(years, Quantities);
            cells.Add((key, cell));
        }
        cell.Runs++;
        var values = o.Yearly.Values;
        for (int i = 0; i < values.Length; i++)
        {
            int v = values[i];
            if (v >= cell.Histograms[i].Length) Array.Resize(ref cell.Histograms[i], Math.Max(v + 1, cell.Histograms[i].Length * 2));
            cell.Histograms[i][v]++;
        }
        // Summed in run order (the writer's order), so the floating-point total is the same at any thread count.
        for (int y = 0; y < years; y++)
        {
            cell.PolarisationSum[y] += o.Yearly.Polarisation[y];
            cell.StrengthSum[y] += o.Yearly.RegimeStrength[y];
        }
    }

    public void Write(string folder)
    {
        string path = Path.Combine(folder, "yearly.csv");
        using (var w = Csv.Create(AtomicFile.TempPath(path)))
        {
            var header = new List<string> { "point", "regime", "year" };
            foreach (var q in Columns.YearlyQuantities)
                header.AddRange([$"{q}_mean", $"{q}_p10", $"{q}_p50", $"{q}_p90"]);
            header.Add("bloc_polarisation_mean");
            header.Add("regime_strength_mean");
            w.WriteLine(string.Join(',', header));
            foreach (var (key, cell) in cells)
                for (int y = 0; y < years; y++)
                {
                    var row = new List<string> { Csv.Cell(key.Point), key.Regime, Csv.Cell(y) };
                    for (int q = 0; q < Quantities; q++)
                    {
                        var h = cell.Histograms[q * years + y];
                        long sum = 0;
                        for (int v = 0; v < h.Length; v++) sum += v * h[v];
                        row.Add(Csv.Cell((double)sum / cell.Runs));
                        row.Add(Csv.Cell(Quantiles.FromCounts(h, 0.1)));
                        row.Add(Csv.Cell(Quantiles.FromCounts(h, 0.5)));
                        row.Add(Csv.Cell(Quantiles.FromCounts(h, 0.9)));
                    }
                    row.Add(Csv.Cell(cell.PolarisationSum[y] / cell.Runs));
                    row.Add(Csv.Cell(cell.StrengthSum[y] / cell.Runs));
                    w.WriteLine(string.Join(',', row));
                }
        }
        AtomicFile.Commit(path);
    }
}
