using Simulator.Parameters;

namespace Experiments.Configuration;

/// <summary>Reads and sets numeric model parameters by their config path (<c>model.un.veto_base</c>), for designs and posteriors.</summary>
internal static class ModelPaths
{
    /// <summary>The scalar at a path, or null when the path names no int or double parameter.</summary>
    public static ScalarMember? Find(string path)
    {
        var keys = path.Split('.');
        if (keys.Length < 2 || keys[0] != "model") return null;
        var schema = SectionSchema.Model;
        for (int i = 1; i < keys.Length; i++)
        {
            var member = schema.Find(keys[i]);
            if (i == keys.Length - 1)
                return member is ScalarMember { Kind: ScalarKind.Int or ScalarKind.Double } scalar ? scalar : null;
            if (member is not SectionMember section) return null;
            schema = section.Section;
        }
        return null;
    }

    /// <summary>
    /// The parameters every run of an experiment shares, which a design or a posterior cannot vary from run to run: the
    /// horizon sizes every run's yearly series and the experiment's yearly tables once for all (a design over it crashed).
    /// </summary>
    public static readonly IReadOnlyList<string> SameForEveryRun = ["model.years"];

    /// <summary>What a design or posterior may vary, for messages.</summary>
    public const string VariedAllowed = "a numeric model parameter from sim describe other than model.years (set the horizon under model: and run an experiment per horizon)";

    /// <summary>
    /// True when the parameter at <paramref name="path"/> belongs to a section whose values must agree with one
    /// another (<see cref="IConsistentSection"/>, such as the calendar's start year and burn-in): a value set at run
    /// time there, by a design or a posterior, must be checked against the section's others.
    /// </summary>
    public static bool InConsistentSection(string path) =>
        Find(path)?.Property?.DeclaringType?.IsAssignableTo(typeof(IConsistentSection)) == true;

    /// <summary>The model's sections whose values must agree, with their config paths (model.calendar), in schema order.</summary>
    public static IEnumerable<(string Path, IConsistentSection Section)> ConsistentSections(ModelParameters model) => ConsistentSections(SectionSchema.Model, model);

    private static IEnumerable<(string Path, IConsistentSection Section)> ConsistentSections(SectionSchema schema, object instance)
    {
        if (instance is IConsistentSection consistent) yield return (schema.Path, consistent);
        foreach (var member in schema.Members)
            if (member is SectionMember section && section.GetValue(instance) is { } value)
                foreach (var found in ConsistentSections(section.Section, value))
                    yield return found;
    }

    /// <summary>The model's first section whose values disagree: the key's full path, what is wrong and what is allowed; null when none.</summary>
    public static (string Path, string Problem, string Allowed)? Disagreement(ModelParameters model)
    {
        foreach (var (path, section) in ConsistentSections(model))
            if (section.Disagreement() is var (key, problem, allowed))
                return (path + "." + key, problem, allowed);
        return null;
    }

    /// <summary>The value of the numeric parameter at <paramref name="path"/> (a path <see cref="Find"/> accepts).</summary>
    public static double Value(ModelParameters model, string path)
    {
        var keys = path.Split('.');
        object instance = model;
        var schema = SectionSchema.Model;
        for (int i = 1; i < keys.Length; i++)
        {
            switch (schema.Find(keys[i]))
            {
                case SectionMember section:
                    instance = section.GetValue(instance)!;
                    schema = section.Section;
                    break;
                case ScalarMember { Kind: ScalarKind.Int or ScalarKind.Double } scalar when i == keys.Length - 1:
                    return Convert.ToDouble(scalar.GetValue(instance), System.Globalization.CultureInfo.InvariantCulture);
                default:
                    throw new ArgumentException($"'{path}' is not a numeric model parameter", nameof(path));
            }
        }
        throw new ArgumentException($"'{path}' is not a numeric model parameter", nameof(path));
    }

    /// <summary>A copy of the model with the parameter at <paramref name="path"/> set (integers rounded).</summary>
    public static ModelParameters With(ModelParameters model, string path, double value) =>
        (ModelParameters)Set(SectionSchema.Model, model, path.Split('.'), 1, value);

    private static object Set(SectionSchema schema, object instance, string[] keys, int i, double value)
    {
        var copy = schema.Copy(instance);
        switch (schema.Find(keys[i]))
        {
            case ScalarMember { Kind: ScalarKind.Int } s:
                copy = s.WithValue(copy, (int)Math.Round(value, MidpointRounding.AwayFromZero));
                break;
            case ScalarMember { Kind: ScalarKind.Double } s:
                copy = s.WithValue(copy, value);
                break;
            case SectionMember section:
                copy = section.WithValue(copy, Set(section.Section, section.GetValue(copy)!, keys, i + 1, value));
                break;
            default:
                throw new ArgumentException($"'{string.Join('.', keys)}' is not a numeric model parameter", nameof(keys));
        }
        return copy;
    }
}
