using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Experiments.Configuration;

public static partial class ConfigLoader
{
    /// <summary>
    /// A posterior's particles reach the model only at run time, past the check each section gets when it is read: a
    /// particle a run can draw that makes a section disagree with itself (a burn-in that would begin before year 0) is an
    /// error of the posterior file at the particle's line, before any run, rather than a crash of every run that draws it.
    /// For the config's own posterior (the loader asks) and for one given instead on the command line (<c>--parameters</c>).
    /// </summary>
    /// <exception cref="ConfigException">A particle disagrees.</exception>
    public static void CheckPosterior(ExperimentConfig config)
    {
        if (config.Posterior is not { } posterior || Running.ExperimentPlan.FirstInconsistency(config) is not { Row: { } row } bad) return;
        string point = config.Design is null ? "" : $"design point {bad.Point}, ";
        throw new ConfigException(posterior.Source, Uncertainty.Posterior.Line(row), bad.Path,
            $"particle {posterior.Ids[row]} ({point}regime {bad.Regime}): {bad.Problem}",
            bad.Allowed + "; a posterior fitted with another calendar does not fit this config");
    }

    internal sealed partial class Binder
    {
        /// <summary>Where each design parameter was given (design.parameters.PATH): its values are set only at run time.</summary>
        private readonly Dictionary<string, YamlNode> designNodes = new(StringComparer.Ordinal);

        /// <summary>
        /// A design's swept values reach the model only at run time, past the check each section gets when it is read: a
        /// point that makes a section disagree with itself (a burn-in that would begin before year 0) is a config error now,
        /// at the design parameter that set it, rather than a crash of every run at that point. Then the posterior's
        /// particles (<see cref="CheckPosterior"/>), over the design's points.
        /// </summary>
        private void CheckRunTimeValues(ExperimentConfig config)
        {
            if (Running.ExperimentPlan.FirstInconsistency(config with { Posterior = null }) is { } bad && config.Design is { } design)
            {
                string section = bad.Path[..(bad.Path.LastIndexOf('.') + 1)];
                var swept = design.Parameters.Select((p, j) => (p.Path, j)).Where(p => p.Path.StartsWith(section, StringComparison.Ordinal)).ToList();
                string values = string.Join(", ", swept.Select(p => $"{p.Path} = {bad.Values[p.j].ToString("R", CultureInfo.InvariantCulture)}"));
                string blame = swept.Count > 0 ? swept[0].Path : design.Parameters[0].Path;
                throw Error(designNodes[blame], "design.parameters." + blame,
                    $"design point {bad.Point} ({values}), regime {bad.Regime}: {bad.Problem}", bad.Allowed + "; narrow the design's range");
            }
            CheckPosterior(config);
        }
    }
}
