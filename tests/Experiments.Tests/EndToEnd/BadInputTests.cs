namespace Experiments.Tests.EndToEnd;

/// <summary>Bad input exits 2 with one line naming file, line and key, never a stack trace, and writes nothing.</summary>
public sealed class BadInputTests
{
    private static void AssertOneLineError((int ExitCode, string Out, string Error) result, params string[] mentions)
    {
        Assert.That(result.ExitCode, Is.EqualTo(2));
        string error = result.Error.TrimEnd('\n');
        Assert.That(error, Does.Not.Contain('\n'), "one line");
        Assert.That(error, Does.Not.Contain("   at "), "no stack trace");
        foreach (var m in mentions) Assert.That(error, Does.Contain(m));
    }

    [TestCase("model:\n  world:\n    stats: 40\n", ":3:", "model.world.stats", "unknown key")]
    [TestCase("runs: many\n", ":1:", "runs")]
    [TestCase("model:\n  world:\n    states: 1\n", ":3:", "model.world.states", "2 to 2000")]
    [TestCase("model:\n  crises:\n    base_hazard: 2.5\n", ":3:", "model.crises.base_hazard", "0 to 1")]
    [TestCase("regimes: [nonexistent]\n", ":1:", "regimes", "none")]
    [TestCase("model: [1, 2\n", "YAML syntax error", "allowed: YAML")]
    [TestCase("model:\n  calendar:\n    eras: \"1900-1800\"\n", ":3:", "model.calendar.eras", "ends before it begins")]
    [TestCase("model:\n  calendar:\n    eras: \"1816 to 1914\"\n", ":3:", "model.calendar.eras", "FIRST-LAST")]
    [TestCase("model:\n  calendar:\n    start_year: 5\n    burn_in_years: 30\n", ":4:", "model.calendar.burn_in_years", "at most 5")]
    [TestCase("model:\n  calendar:\n    burn_in_years: 30\n    start_year: 5\n", ":3:", "model.calendar.burn_in_years", "before year 0")]
    // Values a design sweeps reach the model only at run time: they crashed every run they reached (IndexOutOfRange).
    [TestCase("model:\n  calendar:\n    start_year: 10\n    burn_in_years: 5\ndesign:\n  parameters:\n    model.calendar.burn_in_years: {min: 0, max: 40, steps: 3}\n",
        ":7:", "design.parameters.model.calendar.burn_in_years", "design point 1 (model.calendar.burn_in_years = 20), regime none", "before year 0")]
    [TestCase("model:\n  calendar:\n    burn_in_years: 20\ndesign:\n  kind: latin_hypercube\n  samples: 5\n  parameters:\n    model.crises.base_hazard: {min: 0.001, max: 0.01}\n    model.calendar.start_year: {min: 0, max: 100}\n",
        ":9:", "design.parameters.model.calendar.start_year", "burn-in before start_year")]
    // The horizon sizes every run's yearly series: a design over it crashed every run (IndexOutOfRange, exit 1).
    [TestCase("design:\n  parameters:\n    model.years: {min: 10, max: 20, steps: 2}\n", ":3:", "design.parameters.model.years", "same for every run", "other than model.years")]
    [TestCase("design:\n  parameters:\n    model.world.states: {min: 2.5, max: 3.5, steps: 3}\n", ":3:", "design.parameters.model.world.states.steps", "3 steps of a whole-number parameter from 2.5 to 3.5 give 1 distinct value and repeat", "at most 1 step,")]
    [TestCase("design:\n  parameters:\n    model.world.states: {min: 2.4, max: 15, steps: 13}\n", ":3:", "design.parameters.model.world.states.steps", "give 12 distinct values", "at most 12 steps")]
    // Keys the sections agree on across them: eras that hold a reported year, schedules within the reported years (a
    // custom regime's calendar does not count: a schedule runs on the experiment's model), the record's years.
    [TestCase("regimes: [h]\ncustom_regimes:\n  cal: {base: un, model: {calendar: {start_year: 1816}}}\nschedules:\n  h: {1816: un}\n", ":5:", "schedules.h.1816", "after the last reported year, 199")]
    [TestCase("model:\n  years: 50\n  calendar:\n    start_year: 1900\n    eras: \"1900-1920, 1960-1990\"\n", ":5:", "model.calendar.eras", "era 1960-1990 holds none of the reported years 1900-1949")]
    [TestCase("regimes: [h]\nmodel: {years: 20, calendar: {start_year: 1900}}\nschedules:\n  h: {1900: none, 2500: un}\n", ":4:", "schedules.h.2500", "after the last reported year, 1919")]
    [TestCase("model:\n  calendar:\n    follow_record: true\n", ":3:", "model.calendar.start_year", "from 1816 to 2015")]
    // A custom regime's model keys are named as the config writes them, not as the experiment's model.
    [TestCase("regimes: [x]\ncustom_regimes:\n  x: {base: un, model: {un: {take_up: 7}}}\n", ":3:", "custom_regimes.x.model.un.take_up", "0 to 1")]
    [TestCase("regimes: [x]\ncustom_regimes:\n  x:\n    base: un\n    model:\n      un:\n        nonsense: 1\n", ":7:", "custom_regimes.x.model.un.nonsense", "unknown key")]
    public void Run_MalformedConfig_ExitsTwoWithOneLineNamingFileLineAndKey(string yaml, params string[] mentions)
    {
        string work = SimCli.TempFolder("bad");
        string config = SimCli.WriteConfig(work, yaml, "bad.yaml");
        string output = Path.Combine(work, "out");

        var result = SimCli.Run("run", config, "--out", output, "--quiet");

        AssertOneLineError(result, ["bad.yaml", .. mentions]);
        Assert.That(Directory.Exists(output), Is.False, "nothing written");
    }

    // In the config (parameters:) or on the command line (--parameters), which replaces the config's after it is read.
    [TestCase(false)]
    [TestCase(true)]
    public void Run_PosteriorDrawingABurnInBeforeYearZero_ExitsTwoAtTheParticlesLine(bool onCommandLine)
    {
        string work = SimCli.TempFolder("posterior-calendar");
        string posterior = Path.Combine(work, "post.csv");
        File.WriteAllText(posterior, "particle,weight,model.calendar.burn_in_years\n0,0.5,5\n7,0.5,30\n");
        string model = "model:\n  calendar:\n    start_year: 10\n    burn_in_years: 5\n";
        string config = SimCli.WriteConfig(work, onCommandLine ? model : "parameters: post.csv\n" + model, "bad.yaml");
        string output = Path.Combine(work, "out");

        var result = onCommandLine
            ? SimCli.Run("run", config, "--parameters", posterior, "--out", output, "--quiet")
            : SimCli.Run("run", config, "--out", output, "--quiet");

        AssertOneLineError(result, "post.csv:3:", "model.calendar.burn_in_years", "particle 7", "before year 0");
        Assert.That(Directory.Exists(output), Is.False, "nothing written");
    }

    [Test]
    public void Check_PosteriorWhoseOnlyBadParticleHasNoWeight_IsAccepted()
    {
        string work = SimCli.TempFolder("posterior-weightless");
        File.WriteAllText(Path.Combine(work, "post.csv"), "particle,weight,model.calendar.burn_in_years\n0,1,5\n7,0,30\n");
        string config = SimCli.WriteConfig(work, "parameters: post.csv\nmodel:\n  calendar:\n    start_year: 10\n    burn_in_years: 5\n", "ok.yaml");

        var result = SimCli.Run("check", config);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
    }

    [Test]
    public void Check_DesignSweepingTheCalendarWithinBounds_IsAccepted()
    {
        string work = SimCli.TempFolder("calendar-sweep");
        string config = SimCli.WriteConfig(work,
            "model:\n  calendar:\n    start_year: 40\ndesign:\n  parameters:\n    model.calendar.burn_in_years: {min: 0, max: 40, steps: 3}\n    model.calendar.start_year: {min: 40, max: 60, steps: 2}\n", "ok.yaml");

        var result = SimCli.Run("check", config);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
    }

    [Test]
    public void Run_UnreadableConfig_ExitsTwoNamingTheFile()
    {
        string work = SimCli.TempFolder("missing");

        var result = SimCli.Run("run", Path.Combine(work, "missing.yaml"), "--quiet");

        AssertOneLineError(result, "missing.yaml", "cannot read");
    }

    // An unknown option the parser takes for the config argument, and a folder, were reported as files that could not be read.
    [TestCase("--frobnicate", "is neither an option of the command nor a file")]
    [TestCase(".", "is a folder; allowed: a YAML config file")]
    public void Run_ConfigArgumentThatIsNoFile_SaysWhatItIs(string argument, string message)
    {
        string work = SimCli.TempFolder("config-argument");

        AssertOneLineError(SimCli.Run("run", argument == "." ? work : argument, "--out", Path.Combine(work, "out"), "--quiet"), message);
    }

    [Test]
    public void Check_CalibrationConfig_IsCheckedAsSimCalibrateReadsIt()
    {
        string shipped = Path.Combine(DocsTests.RepositoryRoot(), "Experiments", "configs", "calibration.yaml");
        string work = SimCli.TempFolder("check-calibration");
        File.Copy(Path.Combine(DocsTests.RepositoryRoot(), "Experiments", "configs", "history.yaml"), Path.Combine(work, "history.yaml"));
        File.Copy(Path.Combine(DocsTests.RepositoryRoot(), "Experiments", "configs", "posterior.csv"), Path.Combine(work, "posterior.csv"));
        string bad = SimCli.WriteConfig(work, File.ReadAllText(shipped).Replace("population: 100", "population: 0", StringComparison.Ordinal), "calibration.yaml");

        var good = SimCli.Run("check", shipped);

        // It was refused as an experiment config ("base: unknown key").
        Assert.That(good.ExitCode, Is.Zero, good.Error);
        Assert.That(good.Out, Does.Contain("a valid calibration config for sim calibrate"));
        AssertOneLineError(SimCli.Run("check", bad), "calibration.yaml:", "population");
        // Without its arm it is still a calibration config, and the error is calibrate's.
        string armless = SimCli.WriteConfig(work, File.ReadAllText(shipped).Replace("arm: historical", "", StringComparison.Ordinal), "armless.yaml");
        AssertOneLineError(SimCli.Run("check", armless), "armless.yaml:", "arm", "missing");
    }

    [Test]
    public void Check_ConfigFromAPipe_IsReadOnce()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("mkfifo");
        string work = SimCli.TempFolder("check-pipe");
        string fifo = Path.Combine(work, "config.yaml");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
        var writer = Task.Run(() => File.WriteAllText(fifo, "runs: 5\n"));

        // Reading it twice (to tell a calibration config from an experiment's) found the pipe empty the second time.
        var check = Task.Run(() => SimCli.Run("check", fifo));
        bool finished = check.Wait(TimeSpan.FromSeconds(30));
        if (!finished) File.WriteAllText(fifo, ""); // a second reader waits for a writer: give it one, then fail
        writer.Wait();

        Assert.That(finished, Is.True, "sim check waited for a second read of the pipe");
        Assert.That(check.Result.ExitCode, Is.Zero, check.Result.Error);
        Assert.That(check.Result.Out, Does.Contain("runs: 5"));
    }

    // Configs the checks of eras, schedules and calendars must not refuse.
    [TestCase("model:\n  years: 110\n  calendar: {start_year: 1816, eras: \"1816-1914, 1919-1939\"}\n")] // an era past the horizon (1925) counts its years within it
    [TestCase("regimes: [h]\nschedules:\n  h: {1816: concert, 1946: un}\ndesign:\n  parameters:\n    model.calendar.start_year: {min: 0, max: 1816, steps: 2}\n")] // a design reaches 1816
    public void Check_ConfigsWithinTheCalendarChecks_AreAccepted(string yaml)
    {
        string work = SimCli.TempFolder("calendar-ok");

        var result = SimCli.Run("check", SimCli.WriteConfig(work, yaml, "ok.yaml"));

        Assert.That(result.ExitCode, Is.Zero, result.Error);
    }

    [Test]
    public void Check_ExperimentConfigWithAStrayBaseKey_IsAnExperimentConfigError()
    {
        string work = SimCli.TempFolder("stray-base");

        AssertOneLineError(SimCli.Run("check", SimCli.WriteConfig(work, "runs: 5\nbase: history.yaml\n", "bad.yaml")), "bad.yaml:2:", "base: unknown key");
    }

    [Test]
    public void Check_MalformedConfig_ExitsTwo()
    {
        string work = SimCli.TempFolder("check");
        string config = SimCli.WriteConfig(work, "seed: -5\n", "bad.yaml");

        AssertOneLineError(SimCli.Run("check", config), "bad.yaml:1:", "seed");
    }

    [TestCase("")]
    [TestCase("  \n\t\n")]
    public void Run_EmptyConfig_ExitsTwoInsteadOfRunningDefaults(string yaml)
    {
        string work = SimCli.TempFolder("empty");
        string config = SimCli.WriteConfig(work, yaml, "empty.yaml");
        string output = Path.Combine(work, "out");

        var result = SimCli.Run("run", config, "--out", output, "--quiet");

        AssertOneLineError(result, "empty.yaml:1:", "the config is empty");
        Assert.That(Directory.Exists(output), Is.False, "nothing written");
    }

    [Test]
    public void Check_EndlessRandomFile_ExitsTwoAfterReadingAtMostOneMebibyte()
    {
        if (!File.Exists("/dev/urandom")) Assert.Ignore("needs /dev/urandom");

        var result = SimCli.Run("check", "/dev/urandom");

        AssertOneLineError(result, "/dev/urandom", "larger than 1 MiB");
    }

    [Test]
    public void Check_Config20000LevelsDeep_ExitsTwoInTheRealProcess()
    {
        // The real executable: a stack overflow would kill it (exit code 134 and a trace), not return 2.
        string work = SimCli.TempFolder("deep");
        string config = SimCli.WriteConfig(work, "model: " + new string('[', 20_000) + new string(']', 20_000) + "\n", "deep.yaml");

        var result = SimCli.RunProcess("check", config);

        AssertOneLineError(result, "deep.yaml:1:", "nested more than 64 levels deep");
    }

    [TestCase("--threads", "0")]
    [TestCase("--runs", "0")]
    [TestCase("--runs", "lots")]
    [TestCase("--no-such-option")]
    public void Run_BadOption_ExitsTwo(params string[] option)
    {
        string work = SimCli.TempFolder("option");
        string config = SimCli.WriteConfig(work, SimCli.SmallConfig);

        AssertOneLineError(SimCli.Run(["run", config, "--out", Path.Combine(work, "out"), "--quiet", .. option]));
    }

    // A value the parser cannot read as the option's type: the option, the value and what is allowed, not a .NET type name.
    [TestCase("--runs", "lots", "--runs: 'lots' is not allowed; allowed: a positive integer")]
    [TestCase("--runs", "99999999999", "--runs: '99999999999' is not allowed")]
    [TestCase("--seed", "-1", "--seed: '-1' is not allowed; allowed: an integer from 0 to 18446744073709551615")]
    [TestCase("--threads", "two", "--threads: 'two' is not allowed; allowed: a positive integer")]
    public void Run_OptionValueOfTheWrongType_SaysWhatIsAllowed(string option, string value, string message)
    {
        string work = SimCli.TempFolder("option-type");
        string config = SimCli.WriteConfig(work, SimCli.SmallConfig);

        var result = SimCli.Run("run", config, "--out", Path.Combine(work, "out"), "--quiet", option, value);

        AssertOneLineError(result, message);
        Assert.That(result.Error, Does.Not.Contain("System."));
    }

    [Test]
    public void Run_OutputPathThatIsAFile_ExitsTwoAndLeavesTheFile()
    {
        string work = SimCli.TempFolder("out-file");
        string config = SimCli.WriteConfig(work, SimCli.SmallConfig);
        string file = Path.Combine(work, "a-file");
        File.WriteAllText(file, "mine\n");

        AssertOneLineError(SimCli.Run("run", config, "--out", file, "--quiet"), "a-file: is a file", "allowed: a folder path");
        AssertOneLineError(SimCli.Run("run", config, "--out", Path.Combine(file, "sub"), "--quiet"), "cannot be made a results folder", "allowed: a folder path you may write to");
        Assert.That(File.ReadAllText(file), Is.EqualTo("mine\n"));
    }

    [Test]
    public void Check_ValidConfig_PrintsEveryDefault()
    {
        string work = SimCli.TempFolder("check-ok");
        string config = SimCli.WriteConfig(work, SimCli.SmallConfig);

        var result = SimCli.Run("check", config);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Out, Does.Contain("runs: 120"));
        Assert.That(result.Out, Does.Contain("states: 40"));
        Assert.That(result.Out, Does.Contain("base_hazard:"));
    }

    [Test]
    public void Describe_ListsRegimesAndParameters()
    {
        var result = SimCli.Run("describe");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Out, Does.Contain("none"));
        Assert.That(result.Out, Does.Contain("model.world.states"));
        Assert.That(result.Out, Does.Contain("model.crises.base_hazard"));
    }
}
