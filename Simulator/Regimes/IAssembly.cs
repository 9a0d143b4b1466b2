namespace Simulator.Regimes;

/// <summary>A plenary organ that may act when the deciding organ is deadlocked by a veto (Uniting for Peace).</summary>
public interface IAssembly
{
    /// <summary>True when an emergency session convenes on this question.</summary>
    bool Convenes(RegimeContext r, int key, Question question);
}
