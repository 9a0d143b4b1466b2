namespace Simulator.Parameters;

/// <summary>
/// A section of parameters whose values must agree with one another, beyond each key's own range. The config
/// loader asks once the section is read, and reports a disagreement as it reports a value out of range.
/// </summary>
public interface IConsistentSection
{
    /// <summary>The first disagreement: the key to name (within the section), what is wrong and what is allowed; null when none.</summary>
    (string Key, string Problem, string Allowed)? Disagreement();
}
