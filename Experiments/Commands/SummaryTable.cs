using Analysis.Summary;

namespace Experiments.Commands;

/// <summary>Prints the headline metrics of a run to the terminal, with their intervals.</summary>
internal static class SummaryTable
{
    private static readonly string[] Headline =
    [
        MetricNames.WarOnsetsPer100StateYears, MetricNames.CrisisEscalationShare, MetricNames.CivilOnsetsPer100StateYears,
        MetricNames.Relapse10YearsCivil, MetricNames.Relapse10YearsInterstate, MetricNames.GreatPowerWarRunsShare,
    ];

    public static void Print(IReadOnlyList<Metric> metrics)
    {
        Console.WriteLine($"{"regime",-10} {"metric",-36} {"estimate",10}   95% interval");
        foreach (var m in metrics.Where(m => Headline.Contains(m.Name)))
            Console.WriteLine($"{m.Regime,-10} {m.Name,-36} {m.Value.Estimate,10:G4}   [{m.Value.Low:G4}, {m.Value.High:G4}]");
    }
}
