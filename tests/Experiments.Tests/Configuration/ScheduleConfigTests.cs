using Experiments.Configuration;
using static Experiments.Tests.Configuration.ConfigTestSupport;

namespace Experiments.Tests.Configuration;

/// <summary>The <c>schedules</c> key: histories of regimes by calendar year.</summary>
public sealed class ScheduleConfigTests
{
    private const string Historical = """
        regimes: [none, historical]
        schedules:
          historical: {1816: concert, 1914: none, 1920: league, 1940: none, 1946: un}
        model: {calendar: {start_year: 1816}}
        """;

    private static ExperimentConfig Parse(string yaml) => ConfigLoader.Parse(yaml, "configs/test.yaml", Simulator.Regimes.RegimeCatalog.Names);

    [Test]
    public void Parse_Schedule_BindsItsStepsInOrder()
    {
        var config = Parse(Historical);

        var steps = config.Schedules.Single().Steps;

        Assert.That(steps.Select(s => (s.FromYear, s.Regime)),
            Is.EqualTo(new[] { (1816, "concert"), (1914, "none"), (1920, "league"), (1940, "none"), (1946, "un") }));
    }

    [Test]
    public void WriteThenParse_Schedule_RoundTrips()
    {
        var config = Parse(Historical + "\ncustom_regimes:\n  open_league: {base: league, model: {league: {non_member_great_powers: 0}}}\n")
            with { };

        var again = Parse(ConfigWriter.ToYaml(config));

        Assert.That(again, Is.EqualTo(config));
    }

    [Test]
    public void Parse_ScheduleUsingACustomRegime_ResolvesItsParameters()
    {
        var config = Parse("""
            regimes: [open]
            custom_regimes:
              open_league: {base: league, model: {league: {non_member_great_powers: 0}}}
            schedules:
              open: {1920: open_league}
            model: {calendar: {start_year: 1816}}
            """);

        var entry = config.Schedules.Single().Resolve(config.CustomRegimes).Entries.Single();

        Assert.That(entry.Parameters!.League.NonMemberGreatPowers, Is.Zero);
        Assert.That(entry.Regime.Mechanisms, Does.Contain("league_council"));
    }

    [TestCase("schedules:\n  s: {1816: unknown}\nmodel: {calendar: {start_year: 1816}}\n", 2, "schedules.s.1816", "is not a regime")]
    [TestCase("schedules:\n  s: {1900: balance, 1850: none}\nmodel: {calendar: {start_year: 1816}}\n", 2, "schedules.s.1850", "years must increase")]
    [TestCase("schedules:\n  s: {year: balance}\nmodel: {calendar: {start_year: 1816}}\n", 2, "schedules.s.year", "is not a calendar year")]
    [TestCase("schedules:\n  none: {1816: balance}\nmodel: {calendar: {start_year: 1816}}\n", 2, "schedules.none", "is already a regime")]
    [TestCase("schedules:\n  s: {}\nmodel: {calendar: {start_year: 1816}}\n", 2, "schedules.s", "empty schedule")]
    [TestCase("regimes: [s]\ncustom_regimes:\n  big: {base: balance, model: {world: {states: 60}}}\nschedules:\n  s: {1816: big}\nmodel: {calendar: {start_year: 1816}}\n", 5, "schedules.s", "overrides parameters outside its regime")]
    // In a world whose years are 0-199 a schedule from 1816 would never act: a config error, not a silent history of no institutions.
    [TestCase("schedules:\n  s: {1816: concert}\n", 2, "schedules.s.1816", "after the last reported year, 199")]
    public void Parse_BadSchedule_OneLineNamingTheKey(string yaml, int line, string key, string problem)
    {
        var error = ConfigTestSupport.ParseError(yaml, line, key);

        Assert.That(error.Message, Does.Contain(problem));
    }
}
