using Experiments.Tests.EndToEnd;

namespace Experiments.Tests.Golden;

/// <summary>
/// The same config and seed give the same result files whatever the processor offers: the engine's
/// vector loops (dyad exposure counts, lotteries, nearest states) take 256- or 128-bit or no hardware
/// vectors depending on the machine, and exp and log are Sim's own (PortableMath), not the
/// C library's. Here one machine plays the others: the runtime is told to hide AVX-512 (so the per-state
/// loops take four lanes where they took eight; nothing changes on a machine without it), AVX (so 128-bit
/// vectors only and the per-state loops one lane) or every hardware intrinsic (software vectors). The
/// manifests say which width each run's per-state loops took, so the test knows the other path ran.
/// </summary>
public sealed class ProcessorIndependenceTests
{
    [TestCase("DOTNET_EnableAVX512")]
    [TestCase("DOTNET_EnableAVX")]
    [TestCase("DOTNET_EnableHWIntrinsic")]
    public void Run_WithoutTheProcessorsVectors_GivesTheSameFiles(string switchedOff)
    {
        foreach (var (name, yaml) in new[] { ("abstract", GoldenRunsTests.Config), ("calendar", SimCli.CalendarConfig("processors", 32, 6)) })
        {
            string work = SimCli.TempFolder(name);
            string config = SimCli.WriteConfig(work, yaml);
            string usual = Path.Combine(work, "usual"), without = Path.Combine(work, "without");
            Assert.That(SimCli.Run("run", config, "--out", usual, "--no-report", "--quiet").ExitCode, Is.Zero);

            using var process = SimCli.Start(["run", config, "--out", without, "--no-report", "--quiet"], (switchedOff, "0"));
            string error = process.StandardError.ReadToEnd();
            process.WaitForExit();

            Assert.That(process.ExitCode, Is.Zero, error);
            string usualLoops = VectorLoops(usual), withoutLoops = VectorLoops(without);
            Assert.That(withoutLoops, Is.EqualTo(switchedOff == "DOTNET_EnableAVX512" && usualLoops.StartsWith("eight") ? "four lanes (AVX2)"
                : switchedOff == "DOTNET_EnableAVX512" ? usualLoops : "one lane"), $"the usual run's loops: {usualLoops}");
            SimCli.AssertSameData(usual, without);
        }
    }

    /// <summary>The width of the per-state vector loops a run's manifest records (the end of its machine).</summary>
    private static string VectorLoops(string folder)
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        string machine = manifest.RootElement.GetProperty("machine").GetString()!;
        return machine[(machine.IndexOf("vector loops: ", StringComparison.Ordinal) + "vector loops: ".Length)..];
    }
}
