using System.CommandLine;
using Experiments.Configuration;
using Simulator.Regimes;

namespace Experiments.Commands;

/// <summary><c>sim describe</c>: lists regimes and every parameter with its default, range and meaning.</summary>
internal static class DescribeCommand
{
    public static Command Create()
    {
        var command = new Command("describe", "List regimes and parameters with defaults and meaning");
        command.SetAction(_ => Cli.Guard(() =>
        {
            Console.WriteLine("Regimes: " + string.Join(", ", RegimeCatalog.Names));
            Console.WriteLine();
            Console.WriteLine($"{"parameter",-52} {"default",-10} {"range",-18} meaning");
            foreach (var p in ParameterCatalog.Describe())
                Console.WriteLine($"{p.Path,-52} {p.Default,-10} {$"[{p.Min:G6}, {p.Max:G6}]",-18} {p.Description}");
            return Cli.Ok;
        }));
        return command;
    }
}
