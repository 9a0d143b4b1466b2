using Simulator.Observation;

namespace Experiments.Running;

/// <summary>Everything one run produced, as <see cref="Output.RunRowsWriter.Format"/> turns it into rows.</summary>
internal sealed record RunOutput(int Point, string Regime, int Run, ulong Seed, RunResult Result,
    List<EpisodeRecord> Episodes, YearSeries Yearly, IReadOnlyList<string> EraNames)
{
    /// <summary>The posterior particle the run drew (runs.csv's <c>particle</c> column), or null without a posterior.</summary>
    public int? Particle { get; init; }
}
