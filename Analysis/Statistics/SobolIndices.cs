namespace Analysis.Statistics;

/// <summary>First-order and total-order Sobol indices of each input, with bootstrap intervals.</summary>
/// <param name="First">S_i: the share of the output variance explained by input i alone.</param>
/// <param name="Total">ST_i: the share of the variance that involves input i, interactions included.</param>
public sealed record SobolIndices(IReadOnlyList<Interval> First, IReadOnlyList<Interval> Total);
