using Analysis.Results;

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
    /// Reads targets.csv text with the project's CSV reader; a missing column, a ragged row, a
    /// duplicate id or a use other than train/test is an <see cref="InvalidDataException"/>.
    /// </summary>
    public static IReadOnlyList<Target> Parse(string text, string name)
    {
        var targets = new List<Target>();
        using var file = CsvFile.FromText(text, name);
        var at = Columns.Select(file.Column).ToArray();
        while (file.Next())
        {
            string Cell(int c) => file.Text(at[c]).Trim();
            var target = new Target(Cell(0), Cell(1), Cell(2), Cell(3), Cell(4), Cell(5), Cell(6), Cell(7));
            if (target.Id.Length == 0) throw new InvalidDataException($"{name}:{file.Line}: empty id");
            if (target.Use is not ("train" or "test"))
                throw new InvalidDataException($"{name}:{file.Line}: use '{target.Use}' is neither train nor test");
            if (targets.Any(t => t.Id == target.Id)) throw new InvalidDataException($"{name}:{file.Line}: duplicate id '{target.Id}'");
            targets.Add(target);
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
