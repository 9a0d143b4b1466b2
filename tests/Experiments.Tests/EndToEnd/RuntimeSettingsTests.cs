namespace Experiments.Tests.EndToEnd;

/// <summary>
/// The runtime setting that runtimeconfig.json cannot carry (the runtime reads it from the environment
/// alone): hot methods profiled from their first call (README, "How fast"). The Slurm job scripts that
/// run simulations set it.
/// </summary>
public sealed class RuntimeSettingsTests
{
    private const string Knob = "DOTNET_TieredPGO_InstrumentOnlyHotCode";

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
