using System.CommandLine;
using Experiments.Configuration;
using Simulator.Regimes;

namespace Experiments.Commands;

/// <summary><c>sim check CONFIG</c>: validates a config and prints it resolved, every default filled in.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var config = new Argument<string?>("CONFIG") { Description = "Experiment config (YAML); default: Experiments/configs/default.yaml", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("check", "Validate a config and print it resolved") { config };
        command.SetAction(parse => Cli.Guard(() =>
        {
            var loaded = ConfigLoader.Load(parse.GetValue(config) ?? Cli.DefaultConfigPath(), RegimeCatalog.Names);
            Console.Write(ConfigWriter.ToYaml(loaded));
            return Cli.Ok;
        }));
        return command;
    }
}
