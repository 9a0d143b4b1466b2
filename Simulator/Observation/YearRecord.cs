namespace Simulator.Observation;

/// <summary>What the world looked like at the end of one year (MODEL.md section 7, per year).</summary>
public readonly record struct YearRecord(
    int Year,
    int ActiveWars,
    int ActiveCivilConflicts,
    int Crises,
    int WarOnsets,
    int CivilOnsets,
    int AliveStates,
    int RelevantDyads,
    double BlocPolarisation,
    double RegimeStrength,
    int GreatPowers = 0,
    int Democracies = 0);
