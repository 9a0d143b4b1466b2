using Simulator.Entities;

namespace Simulator.Regimes;

/// <summary>
/// A collective-security regime, consulted at the points where MODEL.md section 5 says
/// institutions act. Every hook defaults to doing nothing, which is the <c>none</c> regime.
/// A regime decides; the processes apply its decisions.
/// </summary>
public interface IRegime
{
    /// <summary>The name written to every output row.</summary>
    string Name { get; }

    /// <summary>Step 3 of the year: cohesion or credibility drift, membership, rotation, collapse.</summary>
    void Upkeep(World world) { }

    /// <summary>Step 5: may change a crisis's escalation probability or impose a settlement.</summary>
    CrisisDecision Decide(in Crisis crisis, World world) => CrisisDecision.Unchanged(crisis.PWar);

    /// <summary>Step 6, once per war-year: directives that change how a war goes on.</summary>
    WarDecision DecideWar(War war, World world) => WarDecision.None;
}
