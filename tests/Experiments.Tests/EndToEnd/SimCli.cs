using Experiments.Commands;

namespace Experiments.Tests.EndToEnd;

/// <summary>Runs the `sim` command line in-process and captures what it prints.</summary>
internal static class SimCli
{
    private static readonly Lock ConsoleLock = new();

    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        lock (ConsoleLock)
        {
            var (stdout, stderr) = (Console.Out, Console.Error);
            var capturedOut = new StringWriter();
            var capturedError = new StringWriter();
            Console.SetOut(capturedOut);
            Console.SetError(capturedError);
            try
            {
                int code = Cli.Execute(args);
                return (code, capturedOut.ToString(), capturedError.ToString());
            }
            finally
            {
                Console.SetOut(stdout);
                Console.SetError(stderr);
            }
        }
    }

    /// <summary>Starts the real `sim` executable (sim.dll beside the test assembly) with redirected output.</summary>
    public static System.Diagnostics.Process Start(params string[] args) => Start(args, []);

    /// <summary>Starts the real `sim` executable with extra environment variables (e.g. a fault point).</summary>
    public static System.Diagnostics.Process Start(string[] args, params (string Name, string Value)[] environment)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "sim.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        return System.Diagnostics.Process.Start(start)!;
    }

    /// <summary>Runs the real `sim` executable to completion and returns what it printed.</summary>
    public static (int ExitCode, string Out, string Error) RunProcess(params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// This test process's scratch folder: named by the process, so that suites run at the same time
    /// (from two checkouts, or two worktrees) never overwrite each other's fixtures. Deleted when the
    /// run ends (<see cref="ScratchCleanup"/>).
    /// </summary>
    public static readonly string ScratchRoot = Path.Combine(Path.GetTempPath(), "sim-tests", "run-" + Environment.ProcessId);

    /// <summary>A fresh empty folder under the test's temporary directory.</summary>
    public static string TempFolder(string name)
    {
        string path = Path.Combine(ScratchRoot, TestContext.CurrentContext.Test.ID, name);
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A small experiment config written to a file.</summary>
    public static string WriteConfig(string folder, string yaml, string file = "experiment.yaml")
    {
        string path = Path.Combine(folder, file);
        File.WriteAllText(path, yaml);
        return path;
    }

    /// <summary>The files of a run that must be byte-identical however it was split, interrupted or resumed.</summary>
    public static readonly string[] DataFiles = ["runs.csv", "episodes.csv.gz", "yearly.csv", "yearly_counts.csv", "summary.csv", "targets.csv", "config.yaml"];

    public static void AssertSameData(string expected, string actual)
    {
        foreach (var file in DataFiles)
            Assert.That(File.ReadAllBytes(Path.Combine(actual, file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(expected, file))), file);
    }

    /// <summary>A table's CSV bytes: a .gz file decompressed (every member, as pandas, R and DuckDB read it).</summary>
    public static byte[] CsvBytes(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.Ordinal)) return File.ReadAllBytes(path);
        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
        var text = new MemoryStream();
        gzip.CopyTo(text);
        return text.ToArray();
    }

    /// <summary>A table's CSV text (a .gz file decompressed).</summary>
    public static string CsvText(string path) => System.Text.Encoding.UTF8.GetString(CsvBytes(path));

    public const string SmallConfig = """
        name: small
        seed: 424242
        runs: 120
        regimes: [none]
        model:
          years: 120
        """;

    /// <summary>A small calendar experiment: 1816-2015 after a 20-year burn-in, five eras, no institutions against two schedules.</summary>
    public static string CalendarConfig(string name, int seed, int runs) => $$"""
        name: {{name}}
        seed: {{seed}}
        runs: {{runs}}
        regimes: [none, historical, un_from_1816]
        model:
          years: 200
          calendar:
            start_year: 1816
            burn_in_years: 20
            follow_record: true
            eras: "1816-1914, 1919-1939, 1946-1989, 1990-2007, 2008-2015"
        schedules:
          historical: {1816: concert, 1914: none, 1920: league, 1940: none, 1946: un}
          un_from_1816: {1816: un}
        """;
}
