using Experiments.Tests.EndToEnd;

namespace Experiments.Tests.Golden;

/// <summary>
/// The same config and seed give the same result files whatever the processor offers: the engine's
/// vector loops (dyad exposure counts, lotteries, nearest states) take 256- or 128-bit or no hardware
/// vectors depending on the machine, and exp and log are Sim's own (PortableMath), not the
/// C library's. Here one machine plays the others: the runtime is told to hide AVX (so 128-bit
/// vectors only) or every hardware intrinsic (software vectors).
/// </summary>
public sealed class ProcessorIndependenceTests
{
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
            SimCli.AssertSameData(usual, without);
        }
    }
}
