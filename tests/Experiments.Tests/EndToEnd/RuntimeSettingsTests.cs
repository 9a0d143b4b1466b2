namespace Experiments.Tests.EndToEnd;

/// <summary>
/// The runtime setting that runtimeconfig.json cannot carry (the runtime reads it from the environment
/// alone): hot methods profiled from their first call (README, "How fast"). `dotnet run` starts sim with it
/// (a target of Experiments.csproj), and the Slurm job scripts that run simulations set it.
/// </summary>
public sealed class RuntimeSettingsTests
{
    private const string Knob = "DOTNET_TieredPGO_InstrumentOnlyHotCode";

    [TestCase(null, "Release", "0")]
    [TestCase("1", "Release", "1")]
    [TestCase("0", "Release", "0")]
    [TestCase(null, "Debug", null)]
    [TestCase(null, "Release -p:ProfileHotMethodsFromTheirFirstCall=false", null)]
    public void DotnetRun_StartsSimWithHotMethodsProfiledFromTheirFirstCall_UnlessTold(string? value, string configuration, string? expected)
    {
        // What `dotnet run --project Experiments` would start: the project's run command and arguments.
        var (command, arguments) = RunCommandOf(configuration);
        if (OperatingSystem.IsWindows() || expected is null)
        {
            Assert.That(command, Does.Not.EqualTo("/bin/sh"));
            Assert.That(arguments, Does.Not.Contain(Knob));
            return;
        }
        string sim = $"\"{Path.Combine(DocsTests.RepositoryRoot(), "Experiments", "bin", "Release", "net10.0", "sim")}\"";
        Assert.That(arguments, Does.Contain(sim));
        // Started as dotnet run starts it (its arguments, then the user's, escaped, in one string), with env in sim's
        // place: the environment sim would have, and the user's argument as sim would get it (env prints NAME=VALUE operands).
        const string userArgument = "SIM_ARGUMENT=a b $HOME \"q\" ; `x`";
        string escaped = $"\"{userArgument.Replace("\"", "\\\"", StringComparison.Ordinal)}\""; // as dotnet run escapes it (no backslashes to double)
        var start = new System.Diagnostics.ProcessStartInfo(command, arguments.Replace(sim, "/usr/bin/env", StringComparison.Ordinal) + " " + escaped)
            { RedirectStandardOutput = true };
        start.Environment.Remove(Knob);
        if (value is not null) start.Environment[Knob] = value;
        using var process = System.Diagnostics.Process.Start(start)!;
        string environment = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(environment.Split('\n'), Does.Contain($"{Knob}={expected}").And.Contain(userArgument), environment);
    }

    /// <summary>The run command and arguments `dotnet run` computes for Experiments.csproj in <paramref name="configuration"/> (and any further MSBuild options).</summary>
    private static (string Command, string Arguments) RunCommandOf(string configuration)
    {
        var start = new System.Diagnostics.ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment.Remove(Knob);
        foreach (var arg in new[] { "msbuild", "-nodeReuse:false", Path.Combine(DocsTests.RepositoryRoot(), "Experiments", "Experiments.csproj"), "-t:ComputeRunArguments",
                     "-getProperty:RunCommand", "-getProperty:RunArguments", "-nologo" }.Concat(("-p:Configuration=" + configuration).Split(' ')))
            start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, output + error.Result);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var properties = json.RootElement.GetProperty("Properties");
        return (properties.GetProperty("RunCommand").GetString()!, properties.GetProperty("RunArguments").GetString()!);
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
