using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace Experiments.Output;

/// <summary>
/// <c>output: parquet</c>: writes runs.parquet and episodes.parquet beside the CSV files, typed
/// (integers, booleans, text; empty cells as nulls) and in row groups, so pandas, R and DuckDB read
/// large experiments quickly. The CSV files stay the canonical record that merge and resume use.
/// </summary>
internal static class ParquetExport
{
    private const int RowGroupSize = 65_536;
    private static readonly HashSet<string> Text = ["regime", "kind", "ended_by"];
    private static readonly HashSet<string> Flags = ["great_power_war", "pko"];

    public static void Convert(string csvPath, string parquetPath)
    {
        using var reader = new StreamReader(csvPath);
        var names = (reader.ReadLine() ?? throw new InvalidDataException($"{csvPath}: empty file")).Split(',');
        var fields = names.Select(n => n == "seed" ? new DataField<ulong>(n)
            : Text.Contains(n) ? new DataField<string>(n)
            : Flags.Contains(n) ? new DataField<bool>(n)
            : (DataField)new DataField<long?>(n)).ToArray();
        var schema = new ParquetSchema(fields);
        string temp = AtomicFile.TempPath(parquetPath);
        using (var stream = File.Create(temp))
        {
            var writer = ParquetWriter.CreateAsync(schema, stream).GetAwaiter().GetResult();
            var rows = new List<string[]>(RowGroupSize);
            for (string? line = reader.ReadLine(); ; line = reader.ReadLine())
            {
                if (line is { Length: > 0 }) rows.Add(line.Split(','));
                if (rows.Count == RowGroupSize || (line is null && rows.Count > 0))
                {
                    WriteGroup(writer, fields, rows);
                    rows.Clear();
                }
                if (line is null) break;
            }
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        File.Move(temp, parquetPath, overwrite: true);
    }

    private static void WriteGroup(ParquetWriter writer, DataField[] fields, List<string[]> rows)
    {
        using var group = writer.CreateRowGroup();
        for (int c = 0; c < fields.Length; c++)
        {
            var field = fields[c];
            if (field.Name == "seed")
                group.WriteAsync<ulong>(field, rows.Select(r => ulong.Parse(r[c], CultureInfo.InvariantCulture)).ToArray()).GetAwaiter().GetResult();
            else if (Text.Contains(field.Name))
                group.WriteAsync(field, rows.Select(r => r[c]).ToArray()).GetAwaiter().GetResult();
            else if (Flags.Contains(field.Name))
                group.WriteAsync<bool>(field, rows.Select(r => r[c] == "true").ToArray()).GetAwaiter().GetResult();
            else
                group.WriteAsync<long>(field, rows.Select(r => r[c].Length == 0 ? (long?)null : long.Parse(r[c], CultureInfo.InvariantCulture)).ToArray())
                    .GetAwaiter().GetResult();
        }
    }
}
