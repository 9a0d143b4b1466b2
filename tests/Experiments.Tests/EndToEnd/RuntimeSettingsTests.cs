namespace Experiments.Tests.EndToEnd;

/// <summary>
/// The runtime setting that runtimeconfig.json cannot carry (the runtime reads it from the environment
/// alone): hot methods profiled from their first call (README, "How fast"). sim starts itself again with it
/// (<see cref="Running.RuntimeTuning"/>), and the Slurm job scripts that run simulations set it too.
/// </summary>
public sealed class RuntimeSettingsTests
{
    private const string Knob = "DOTNET_TieredPGO_InstrumentOnlyHotCode";

    [TestCase(null)]
    [TestCase("1")]
    [TestCase("0")]
    public void Sim_ProfilesHotMethodsFromTheirFirstCall_UnlessTheEnvironmentSaysOtherwise(string? value)
    {
        bool expected = value is null ? OperatingSystem.IsLinux() : value == "0"; // sim starts itself again on Linux only
        // The real executable, as a user starts it, with the setting absent or given: the benchmark's machine line says which the engine ran with.
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment.Remove(Knob);
        if (value is not null) start.Environment[Knob] = value;
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "sim.dll"));
        foreach (var arg in new[] { "benchmark", "--runs", "1" }) start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.That(process.ExitCode, Is.Zero, error.Result);
        string machine = output.Split('\n').Single(line => line.StartsWith("machine: ", StringComparison.Ordinal));
        Assert.That(machine.EndsWith("; hot methods profiled from their first call", StringComparison.Ordinal), Is.EqualTo(expected), machine);
    }

    [TestCase("run-experiment.sh", 1)]
    [TestCase("calibrate.sh", 2)]
    public void SlurmJobScripts_ProfileHotMethodsFromTheirFirstCall(string script, int jobScripts)
    {
        string text = File.ReadAllText(Path.Combine(DocsTests.RepositoryRoot(), "scripts", "slurm", script));
        // Each job script the submitter writes (a heredoc ending in EOF) that runs the simulation (execs sim run
        // or calibrate) exports the setting first, keeping a value the environment already has.
        var jobs = text.Split("<<EOF\n").Skip(1).Select(s => s[..s.IndexOf("\nEOF\n", StringComparison.Ordinal)])
            .Where(job => job.Contains("exec ", StringComparison.Ordinal)).ToList();

        Assert.That(jobs, Has.Count.EqualTo(jobScripts));
        foreach (string job in jobs)
        {
            int export = job.IndexOf($"export {Knob}=\\${{{Knob}:-0}}", StringComparison.Ordinal);
            Assert.That(export, Is.GreaterThanOrEqualTo(0), job);
            Assert.That(job.IndexOf("exec ", export, StringComparison.Ordinal), Is.GreaterThan(export), job);
        }
    }
}
