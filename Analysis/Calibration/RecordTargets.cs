using System.Globalization;
using CsvHelper;

namespace Analysis.Calibration;

/// <summary>
/// The record's targets, data/record/targets.csv, compiled into the assembly (Analysis.csproj embeds
/// it) so a report needs nothing beside the results folder.
/// </summary>
public static class RecordTargets
{
    public const string ResourceName = "Analysis.Calibration.targets.csv";

    private static readonly string[] Columns = ["id", "quantity", "period", "value", "unit", "source", "tolerance", "use"];

    private static readonly Lazy<IReadOnlyList<Target>> Embedded = new(() => Parse(ReadResource(), ResourceName));

    /// <summary>Every target in file order.</summary>
    public static IReadOnlyList<Target> All => Embedded.Value;

    public static Target Get(string id) =>
        All.FirstOrDefault(t => t.Id == id) ?? throw new KeyNotFoundException($"{ResourceName}: no target '{id}'");

    /// <summary>
    /// Reads targets.csv text. Same reader options as <see cref="Results.CsvFile"/> (which only opens files);
    /// a missing column, a ragged row, a duplicate id or a use other than train/test is an <see cref="InvalidDataException"/>.
    /// </summary>
    public static IReadOnlyList<Target> Parse(string text, string name)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
            MalformedData = CsvMalformedDataHandling.Throw,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        var targets = new List<Target>();
        try
        {
            using var reader = CsvReader.FromText(text, options);
            var header = reader.Headers.ToArray();
            var at = Columns.Select(c => Array.IndexOf(header, c) is var i and >= 0 ? i : throw new InvalidDataException($"{name}: no column '{c}'")).ToArray();
            while (reader.Read())
            {
                string Cell(int c) => reader.GetString(at[c]).Trim();
                var target = new Target(Cell(0), Cell(1), Cell(2), Cell(3), Cell(4), Cell(5), Cell(6), Cell(7));
                if (target.Id.Length == 0) throw new InvalidDataException($"{name}:{reader.LineNumber}: empty id");
                if (target.Use is not ("train" or "test"))
                    throw new InvalidDataException($"{name}:{reader.LineNumber}: use '{target.Use}' is neither train nor test");
                if (targets.Any(t => t.Id == target.Id)) throw new InvalidDataException($"{name}:{reader.LineNumber}: duplicate id '{target.Id}'");
                targets.Add(target);
            }
        }
        catch (CsvFormatException e)
        {
            throw new InvalidDataException($"{name}:{e.LineNumber}: {e.Message.ReplaceLineEndings(" ")}");
        }
        return targets;
    }

    private static string ReadResource()
    {
        using var stream = typeof(RecordTargets).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"{ResourceName} is not embedded in the Analysis assembly");
        using var text = new StreamReader(stream);
        return text.ReadToEnd();
    }
}
