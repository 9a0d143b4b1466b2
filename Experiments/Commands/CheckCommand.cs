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

    /// <summary>A calibration config names its base experiment and the arm it fits (<c>base:</c>, <c>arm:</c>), keys no experiment config has.</summary>
    private static bool IsCalibrationConfig(YamlDotNet.RepresentationModel.YamlNode? root) =>
        root is YamlDotNet.RepresentationModel.YamlMappingNode mapping
        && new[] { "base", "arm" }.All(key => mapping.Children.Keys.Any(k => k is YamlDotNet.RepresentationModel.YamlScalarNode scalar && scalar.Value == key));
}
