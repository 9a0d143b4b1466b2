namespace Simulator.Regimes;

/// <summary>What an organ is asked about; part of the key of its draws, so the numbers are part of the reproducibility contract.</summary>
public enum Question
{
    /// <summary>Action on a crisis.</summary>
    Crisis = 0,
    /// <summary>Action on an ongoing war.</summary>
    War = 1,
    /// <summary>A peacekeeping mandate after an episode ended.</summary>
    Mission = 2,
    /// <summary>A question put to the League Council (its own stream of draws).</summary>
    League = 3,
    /// <summary>Envoys to mediate an ongoing civil conflict in the host.</summary>
    Mediation = 4,
}
