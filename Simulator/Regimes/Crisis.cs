namespace Simulator.Regimes;

/// <summary>A crisis as a regime sees it: who, and how likely war is without the regime.</summary>
public readonly record struct Crisis(int Year, int Challenger, int Target, int Dyad, double PWar);
