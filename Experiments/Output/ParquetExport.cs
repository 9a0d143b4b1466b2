using Analysis.Results;
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
        using var file = CsvFile.Open(csvPath);
        var fields = file.Header.Select(n => n == "seed" ? new DataField<ulong>(n)
            : Text.Contains(n) ? new DataField<string>(n)
            : Flags.Contains(n) ? new DataField<bool>(n)
            : (DataField)new DataField<long?>(n)).ToArray();
        var schema = new ParquetSchema(fields);
        using (var stream = File.Create(AtomicFile.TempPath(parquetPath)))
        {
            var writer = ParquetWriter.CreateAsync(schema, stream).GetAwaiter().GetResult();
            var columns = fields.Select(f => f.Name == "seed" ? (System.Collections.IList)new List<ulong>(RowGroupSize)
                : Text.Contains(f.Name) ? new List<string>(RowGroupSize)
                : Flags.Contains(f.Name) ? new List<bool>(RowGroupSize)
                : new List<long?>(RowGroupSize)).ToArray();
            for (bool more = file.Next(); ; more = file.Next())
            {
                if (more)
                    for (int c = 0; c < fields.Length; c++)
                        switch (columns[c])
                        {
                            case List<ulong> seeds: seeds.Add(file.ULong(c)); break;
                            case List<string> text: text.Add(file.Text(c)); break;
                            case List<bool> flags: flags.Add(file.Utf8(c).SequenceEqual("true"u8)); break;
                            case List<long?> numbers: numbers.Add(file.IsEmpty(c) ? null : file.Long(c)); break;
                        }
                if (columns[0].Count == RowGroupSize || (!more && columns[0].Count > 0))
                {
                    WriteGroup(writer, fields, columns);
                    foreach (var column in columns) column.Clear();
                }
                if (!more) break;
            }
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        AtomicFile.Commit(parquetPath);
    }

    private static void WriteGroup(ParquetWriter writer, DataField[] fields, System.Collections.IList[] columns)
    {
        using var group = writer.CreateRowGroup();
        for (int c = 0; c < fields.Length; c++)
        {
            var task = columns[c] switch
            {
                List<ulong> seeds => group.WriteAsync<ulong>(fields[c], seeds.ToArray()),
                List<string> text => group.WriteAsync(fields[c], text.ToArray()),
                List<bool> flags => group.WriteAsync<bool>(fields[c], flags.ToArray()),
                List<long?> numbers => group.WriteAsync<long>(fields[c], numbers.ToArray()),
                _ => throw new InvalidOperationException(),
            };
            task.GetAwaiter().GetResult();
        }
    }
}
