namespace Simulator.Regimes;

/// <summary>The political eras an organ lives through (Cold War, after it, later), where the regime follows a schedule rather than the alliance blocs.</summary>
public interface IEraSchedule
{
    double Polarisation(int year);
    bool IsColdWar(int year);
}
