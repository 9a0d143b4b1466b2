namespace Experiments.Tests.EndToEnd;

/// <summary>The real `sim` executable as a separate process: exit codes and streams as a user sees them.</summary>
public sealed class ProcessTests
{
    private static (int ExitCode, string Out, string Error) Sim(params string[] args) => SimCli.RunProcess(args);

    [Test]
    public void Sim_MalformedConfig_ExitsTwoWithOneLineAndNoStackTrace()
    {
        string work = SimCli.TempFolder("process-bad");
        string config = SimCli.WriteConfig(work, "model:\n  war:\n    ally_join_probability: 1.7\n", "bad.yaml");

        var result = Sim("run", config, "--out", Path.Combine(work, "out"));

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1));
        Assert.That(result.Error, Does.Contain("bad.yaml:3:").And.Contain("model.war.ally_join_probability").And.Contain("0 to 1"));
        Assert.That(result.Error, Does.Not.Contain("   at "));
    }

    [Test]
    public void Sim_Run_PrintsPlainProgressWhenRedirectedAndTheHeadlineTable()
    {
        string work = SimCli.TempFolder("process-run");
        string config = SimCli.WriteConfig(work, SimCli.SmallConfig);

        var result = Sim("run", config, "--out", Path.Combine(work, "out"), "--runs", "40");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Error, Does.Contain("runs 40/40").And.Contain("runs/s"));
        Assert.That(result.Out, Does.Contain("wars/100 state-yrs"));
    }
}
