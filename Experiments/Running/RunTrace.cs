using System.Buffers;
using System.Globalization;
using System.Text;
using Experiments.Commands;
using Experiments.Configuration;
using Experiments.Output;
using Simulator.Engine;
using Simulator.Entities;
using Simulator.Observation;

namespace Experiments.Running;

/// <summary>
/// <c>sim run CONFIG --only-run K [--trace [FILE]]</c>: replays run K (the <c>run</c> column, 0-based)
/// of design point 0 under each regime, with the same seed as in the experiment, and prints its rows
/// of runs.csv; with --trace, first the year-by-year events the model reported to its observer:
/// every crisis (who, p_war without and with the regime, the draw, the outcome and the mechanism
/// credited), wars and civil conflicts begun and ended, and each year's totals.
/// </summary>
internal static class RunTrace
{
    public static int Replay(ExperimentConfig config, int run, string? tracePath)
    {
        if (run < 0 || run >= config.Runs)
            throw new UsageException($"--only-run: {run} is not allowed; allowed: a run from 0 to {config.Runs - 1}");
        var plan = new ExperimentPlan(config);
        var text = new StringBuilder();
        var rows = new StringBuilder(string.Join(',', Analysis.Results.Columns.RunsOf(config.Posterior is not null)) + "\n");
        for (int regime = 0; regime < config.Regimes.Length; regime++)
        {
            var (create, model, seed, particle) = plan.Setup(0, regime, run);
            var trace = new TraceObserver(model.Years, model.FirstReportedYear);
            var result = Simulation.Run(model, create(), seed, trace);
            var output = new RunOutput(0, config.Regimes[regime], run, seed, result, trace.Episodes, trace.Yearly, []) { Particle = particle };
            var formatted = RunRowsWriter.Format(output, ArrayPool<byte>.Shared);
            ArrayPool<byte>.Shared.GiveBack(formatted.Episodes);
            string row = Encoding.UTF8.GetString(formatted.Runs);
            rows.Append(row);
            if (tracePath is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"# run {run} of point 0, regime {config.Regimes[regime]}, seed {seed}, {model.Years} years\n");
                trace.WriteTo(text);
                text.Append(CultureInfo.InvariantCulture, $"totals: crises {trace.Crises}, prevented {trace.Prevented}, interstate wars begun {trace.Begun(EpisodeKind.Interstate)}, "
                                                           + $"civil conflicts begun {trace.Begun(EpisodeKind.Civil)}\n");
                text.Append("runs.csv: ").Append(row).Append('\n');
            }
        }
        if (tracePath is null or "-") Console.Out.Write(tracePath is null ? rows.ToString() : text.ToString());
        else
        {
            AtomicFile.WriteAllText(tracePath, text.ToString());
            Console.Out.Write(rows.ToString());
        }
        return Cli.Ok;
    }

    /// <summary>Keeps the run's events (episodes for runs.csv too) and renders them in year order.</summary>
    private sealed class TraceObserver(int years, int firstYear) : IObserver
    {
        private readonly List<(int Year, int Order, string Text)> events = [];
        private readonly RunRecorder recorder = new(years, firstYear);

        public List<EpisodeRecord> Episodes => recorder.Episodes;
        public YearSeries Yearly => recorder.Yearly;
        public int Crises { get; private set; }
        public int Prevented { get; private set; }
        public int Begun(EpisodeKind kind) => Episodes.Count(e => e.Kind == kind);

        public bool ObservesCrises => true;

        public void CrisisResolved(in CrisisRecord c)
        {
            Crises++;
            bool prevented = c.Outcome != CrisisOutcome.War && c.Draw < c.PWarWithoutRegime; // as the model counts crises_prevented
            if (prevented) Prevented++;
            events.Add((c.Year, 0, F($"crisis {c.Challenger} vs {c.Target}{(c.IsContiguous ? " (contiguous)" : "")}, great powers {c.GreatPowers}: "
                                     + $"p_war {c.PWarWithoutRegime:F4} without the regime, {c.PWar:F4} with it, draw {c.Draw:F4} -> "
                                     + $"{Naming.SnakeCase(c.Outcome.ToString())}{(prevented ? ", prevented" : "")}{(c.Mechanism is { } m ? ", credited to " + m : "")}")));
        }

        public void EpisodeEnded(in EpisodeRecord e)
        {
            recorder.EpisodeEnded(e);
            string what = e.Kind == EpisodeKind.Interstate ? $"war {e.Episode} ({e.Challenger} vs {e.Target})" : $"civil conflict {e.Episode} (state {e.Challenger})";
            events.Add((e.StartYear, 1, F($"{what} begins{(e.RelapseOf is { } r ? $", renewing episode {r}" : "")}")));
            if (e.EndYear is { } end)
                events.Add((end, 2, F($"{what} ends: {Names.Of(e.EndedBy)}, {Math.Round(e.BattleDeaths)} battle deaths, {e.Participants} participants{(e.Peacekeeping ? ", peacekeeping" : "")}")));
        }

        public void YearEnded(in YearRecord y)
        {
            recorder.YearEnded(y);
            events.Add((y.Year, 3, F($"end of year: {y.ActiveWars} wars, {y.ActiveCivilConflicts} civil conflicts active; {y.Crises} crises, "
                                     + $"{y.WarOnsets} war onsets, {y.CivilOnsets} civil onsets; {y.AliveStates} states")));
        }

        public void WriteTo(StringBuilder text)
        {
            foreach (var (year, _, line) in events.OrderBy(e => e.Year).ThenBy(e => e.Order))
                text.Append(CultureInfo.InvariantCulture, $"year {year}: {line}\n");
        }

        /// <summary>Text as is: the build is culture-invariant (InvariantGlobalization).</summary>
        private static string F(string s) => s;
    }
}
