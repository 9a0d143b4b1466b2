using System.CommandLine;
using Experiments.Configuration;
using Simulator.Regimes;

namespace Experiments.Commands;

/// <summary><c>sim check CONFIG</c>: validates a config and prints it resolved, every default filled in; validates a calibration config.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var config = new Argument<string?>("CONFIG") { Description = "Experiment config (YAML); default: Experiments/configs/default.yaml", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("check", "Validate a config and print it resolved (a calibration config: validate it)") { config };
        command.SetAction(parse => Cli.Guard(() =>
        {
            string path = parse.GetValue(config) ?? Cli.DefaultConfigPath();
            // Read once: the path may be a pipe (/dev/stdin, <(...)).
            string text = YamlInput.ReadFile(path);
            var root = YamlInput.Read(text, path).Root;
            if (IsCalibrationConfig(root))
            {
                // sim calibrate's config (a base experiment, an arm and priors): checked as sim calibrate reads it.
                var calibration = Calibration.CalibrationConfigLoader.Load(path, root);
                Console.WriteLine($"{path}: a valid calibration config for sim calibrate: {calibration.Parameters.Length} parameters, "
                                  + $"arm {calibration.Arm} of its base experiment ({calibration.Experiment.Name})");
                return Cli.Ok;
            }
            var loaded = ConfigLoader.Parse(text, path, RegimeCatalog.Names);
            Console.Write(ConfigWriter.ToYaml(loaded));
            return Cli.Ok;
        }));
        return command;
    }

    /// <summary>
    /// A calibration config names its base experiment (<c>base:</c>) and has a key of its own no experiment config has (the
    /// arm it fits, its population...); a <c>base:</c> alone is an experiment config's unknown key.
    /// </summary>
    private static bool IsCalibrationConfig(YamlDotNet.RepresentationModel.YamlNode? root)
    {
        if (root is not YamlDotNet.RepresentationModel.YamlMappingNode mapping) return false;
        var keys = mapping.Children.Keys.OfType<YamlDotNet.RepresentationModel.YamlScalarNode>().Select(k => k.Value).ToHashSet(StringComparer.Ordinal);
        return keys.Contains("base")
               && Calibration.CalibrationKeys.All.Any(k => k.Name != "base" && keys.Contains(k.Name) && ExperimentKeys.All.All(e => e.Name != k.Name));
    }
}
