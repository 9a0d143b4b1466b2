namespace Analysis.Statistics;

/// <summary>One drop of a Kaplan–Meier curve: the survival just after an event time.</summary>
/// <param name="Time">The event time.</param>
/// <param name="Survival">The product-limit estimate S(t) just after <paramref name="Time"/>.</param>
/// <param name="StdError">Greenwood's standard error of S(t).</param>
/// <param name="AtRisk">Observations with duration ≥ t, those censored at t included.</param>
/// <param name="Events">Events observed at exactly t.</param>
public readonly record struct KaplanMeierStep(double Time, double Survival, double StdError, long AtRisk, long Events);
