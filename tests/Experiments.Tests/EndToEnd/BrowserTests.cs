using System.Diagnostics;

namespace Experiments.Tests.EndToEnd;

/// <summary>Opens report.html in headless Chromium, as a reader would, with no network.</summary>
public sealed class BrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Test]
    public void Report_OpenedInHeadlessChromium_LoadsEveryImageWithoutConsoleErrors()
    {
        // Arrange
        if (!File.Exists(Chromium)) Assert.Ignore($"{Chromium} is not installed (.ci/run installs it)");
        string work = SimCli.TempFolder("browser");
        string config = SimCli.WriteConfig(work, SimCli.SmallConfig);
        string results = Path.Combine(work, "out");
        var run = SimCli.Run("run", config, "--out", results, "--runs", "20", "--quiet");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        int images = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(Path.Combine(results, "report.html")), "<img ").Count;

        // Act: the page's own script writes "loaded/total" into <body data-images-ok> once everything has loaded.
        var (dom, log) = Open(new Uri(Path.GetFullPath(Path.Combine(results, "report.html"))).AbsoluteUri, Path.Combine(work, "profile"));

        // Assert
        Assert.That(images, Is.GreaterThan(0));
        Assert.That(dom, Does.Contain($"data-images-ok=\"{images}/{images}\""), log);
        Assert.That(log.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal)), Is.Empty);
    }

    private static (string Dom, string Log) Open(string url, string profile)
    {
        var start = new ProcessStartInfo(Chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
                     "--dump-dom", "--virtual-time-budget=5000", url,
                 })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        var error = process.StandardError.ReadToEndAsync();
        string dom = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("chromium did not finish within 90 s");
        }
        return (dom, error.Result);
    }
}
