using Simulator.Entities;
using Simulator.Observation;
using Simulator.Parameters;
using Simulator.Processes;
using Simulator.Randomness;
using Simulator.Regimes;

namespace Simulator.Engine;

/// <summary>Runs one world history: builds the world from a seed, advances it year by year, reports to an observer.</summary>
public static class Simulation
{
    private sealed class Silent : IObserver;

    /// <summary>
    /// Runs one history under the regime with the given run seed: the burn-in, then
    /// <c>parameters.Years</c> reported years.
    /// </summary>
    public static RunResult Run(ModelParameters parameters, IRegime regime, ulong runSeed, IObserver? observer = null)
    {
        var window = new ReportingWindow(observer ?? new Silent());
        var context = new RunContext(parameters, new Draws(runSeed), regime, window);
        var world = new World(parameters, context.Draws);
        var eras = new EraTally(parameters.Calendar.ParseEras(), context.Counters.Totals);
        var keys = YearKeyCache.Take(context.Draws);
        regime.Begin(world, keys, context.Counters.Totals);
        var year = YearOf(context, out var fighting, out var civil);

        int first = parameters.FirstYear, last = first + parameters.SimulatedYears - 1;
        context.Counters.Totals.IsOpen = false;
        for (int y = first; y <= last; y++)
        {
            world.Year = y;
            if (y == parameters.FirstReportedYear) Open(world, context, window);
            context.Counters.BeginYear();
            eras.BeginYear(y);
            foreach (var process in year) process.Advance(world);
            Observe(world, context);
            eras.EndYear(y);
        }
        Censor(world, fighting, civil);
        world.Release();
        YearKeyCache.Keep(keys);
        return context.Counters.ToResult(parameters.Years, eras.ToValues(parameters.FirstReportedYear, last));
    }

    /// <summary>The steps of one year, for one run: the order is part of the model (MODEL.md section 3), written here and nowhere else.</summary>
    internal static IAnnualProcess[] YearOf(RunContext context, out WarFighting fighting, out CivilStrife civil)
    {
        civil = new CivilStrife(context);
        fighting = new WarFighting(context, civil);
        return
        [
            .. context.Parameters.Calendar.FollowRecord ? [new StateSystem(context)] : Array.Empty<IAnnualProcess>(),
            new PowerGrowth(context),
            new AllianceFormation(context),
            new RegimeUpkeep(context),
            new CrisisOnset(context),
            new CrisisBargaining(context, fighting),
            fighting,
            civil,
            new PeaceSpells(context),
        ];
    }

    /// <summary>The reported years begin: counters, observers and episode numbers start here.</summary>
    private static void Open(World world, RunContext context, ReportingWindow window)
    {
        context.Counters.Totals.IsOpen = true;
        context.FirstReportedEpisode = world.NextEpisode;
        window.Open(world.NextEpisode);
    }

    /// <summary>Step 9: exposure counts and the yearly record (observers hear it only in the reported years).</summary>
    private static void Observe(World world, RunContext context)
    {
        var c = context.Counters;
        int states = world.AliveCount, greatPowers = world.GreatPowerCount(), democracies = world.LivingDemocracies;
        c.Add(WorldCounters.StateYears, states);
        c.Add(WorldCounters.GreatPowerStateYears, greatPowers);
        c.Add(WorldCounters.ContiguousDyadYears, world.LivingContiguousDyads);
        c.Add(WorldCounters.DistantDyadYears, world.LivingDistantDyads);
        if (c.Totals.IsOpen) DyadObservation.CountYear(world, c);
        context.Observer.YearEnded(new YearRecord(world.Year, world.Wars.Count, world.CivilConflicts.Count,
            c.CrisesThisYear, c.WarOnsetsThisYear, c.CivilOnsetsThisYear, world.AliveCount, world.RelevantCount, world.BlocPolarisation,
            context.Regime.CollapseYear is null ? context.Regime.Strength : 0, greatPowers, democracies));
    }

    /// <summary>Episodes still going at the horizon are reported as censored, in episode order.</summary>
    private static void Censor(World world, WarFighting fighting, CivilStrife civil)
    {
        var open = new List<(int Episode, War? War, CivilConflict? Civil)>();
        foreach (var w in world.Wars) open.Add((w.Episode, w, null));
        foreach (var c in world.CivilConflicts) open.Add((c.Episode, null, c));
        open.Sort((x, y) => x.Episode.CompareTo(y.Episode));
        foreach (var (_, war, conflict) in open)
        {
            if (war is not null) fighting.Report(war, null, EndReason.Censored);
            else civil.Report(conflict!, null, EndReason.Censored);
        }
    }
}
