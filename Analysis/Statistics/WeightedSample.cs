namespace Analysis.Statistics;

/// <summary>Statistics of a weighted sample (an ABC-SMC population): mean, standard deviation and quantiles.</summary>
public static class WeightedSample
{
    public static double Mean(IReadOnlyList<double> values, IReadOnlyList<double> weights)
    {
        double sum = 0, total = 0;
        for (int i = 0; i < values.Count; i++)
        {
            sum += weights[i] * values[i];
            total += weights[i];
        }
        return sum / total;
    }

    /// <summary>The weighted standard deviation (weights as frequencies of a normalised distribution, no small-sample correction).</summary>
    public static double StandardDeviation(IReadOnlyList<double> values, IReadOnlyList<double> weights)
    {
        double mean = Mean(values, weights), sum = 0, total = 0;
        for (int i = 0; i < values.Count; i++)
        {
            sum += weights[i] * (values[i] - mean) * (values[i] - mean);
            total += weights[i];
        }
        return Math.Sqrt(sum / total);
    }

    /// <summary>
    /// The weighted quantile: the smallest value whose cumulative weight reaches p of the total (the
    /// inverse of the weighted empirical distribution). NaN values are left out; NaN when none remain.
    /// </summary>
    public static double Quantile(IReadOnlyList<double> values, IReadOnlyList<double> weights, double p)
    {
        var pairs = Enumerable.Range(0, values.Count).Where(i => !double.IsNaN(values[i]))
            .Select(i => (Value: values[i], Weight: weights[i])).OrderBy(x => x.Value).ToArray();
        if (pairs.Length == 0) return double.NaN;
        double total = pairs.Sum(x => x.Weight), cumulative = 0;
        foreach (var (value, weight) in pairs)
        {
            cumulative += weight;
            if (cumulative >= p * total) return value;
        }
        return pairs[^1].Value;
    }
}
