using System.CommandLine;
using Analysis.Report;

namespace Experiments.Commands;

/// <summary><c>sim report DIR</c>: regenerates summary.csv, plots/ and report.html from a results folder.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "Results folder written by 'sim run' (holds runs.csv and episodes.csv)" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing on success" };
        var command = new Command("report", "Statistics, plots and report.html from a results folder") { folder, quiet };
        command.SetAction(parse => Execute(parse.GetValue(folder)!, parse.GetValue(quiet)));
        return command;
    }

    public static int Execute(string folder, bool quiet) => Cli.Guard(() =>
    {
        if (!ResultsFolder.LooksLikeResults(folder))
            throw new UsageException($"{folder}: not a results folder (no runs.csv and episodes.csv); allowed: a folder written by 'sim run'");
        var outcome = ReportBuilder.Build(folder);
        if (!quiet) Console.WriteLine($"report: {outcome.FigureFiles.Count / 2} figures -> {outcome.ReportPath}");
        return Cli.Ok;
    });
}
