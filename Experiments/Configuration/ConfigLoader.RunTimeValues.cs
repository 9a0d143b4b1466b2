using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Experiments.Configuration;

public static partial class ConfigLoader
{
    internal sealed partial class Binder
    {
        /// <summary>Where each design parameter was given (design.parameters.PATH), and the posterior: values set only at run time.</summary>
        private readonly Dictionary<string, YamlNode> designNodes = new(StringComparer.Ordinal);
        private YamlNode? posteriorNode;

        /// <summary>
        /// A design's swept values and a posterior's drawn ones reach the model only at run time, past the check each
        /// section gets when it is read: one that makes a section disagree with itself (a burn-in that would begin before
        /// year 0) is a config error now, at the design parameter (or the posterior) that set it, rather than a crash of
        /// every run it reaches.
        /// </summary>
        private void CheckRunTimeValues(ExperimentConfig config)
        {
            if (Running.ExperimentPlan.FirstInconsistency(config) is not { } bad) return;
            string section = bad.Path[..(bad.Path.LastIndexOf('.') + 1)];
            string regime = config.Regimes.Length > 1 ? $", regime {bad.Regime}" : "";
            if (config.Design is { } design && design.Parameters.Select((p, j) => (p.Path, j)).Where(p => p.Path.StartsWith(section, StringComparison.Ordinal)).ToList() is [var first, ..] swept)
            {
                string values = string.Join(", ", swept.Select(p => $"{p.Path} = {bad.Values[p.j].ToString("R", CultureInfo.InvariantCulture)}"));
                string particle = bad.Particle is { } id ? $", particle {id}" : "";
                throw Error(designNodes[first.Path], "design.parameters." + first.Path,
                    $"design point {bad.Point} ({values}{regime}{particle}): {bad.Problem}", bad.Allowed + "; narrow the design's range");
            }
            throw Error(posteriorNode!, "parameters", $"posterior particle {bad.Particle}{regime}: {bad.Problem}",
                bad.Allowed + "; a posterior drawn with a different calendar does not fit this config");
        }
    }
}
