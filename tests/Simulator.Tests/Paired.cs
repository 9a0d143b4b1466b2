namespace Simulator.Tests;

/// <summary>
/// A paired comparison over runs that share seeds (common random numbers): the mean per-run
/// difference and its standard error. Ablation tests require the effect to exceed several
/// standard errors, so they cannot pass by luck and their tolerance is derived, not guessed.
/// </summary>
internal readonly record struct Paired(double MeanDifference, double StandardError)
{
    public double ZScore => MeanDifference / StandardError;

    public static Paired Of(IReadOnlyList<double> treated, IReadOnlyList<double> baseline)
    {
        int n = treated.Count;
        var d = new double[n];
        for (int i = 0; i < n; i++) d[i] = treated[i] - baseline[i];
        double mean = d.Average();
        double variance = d.Sum(x => (x - mean) * (x - mean)) / (n - 1);
        return new Paired(mean, Math.Sqrt(variance / n));
    }

    public override string ToString() => $"mean difference {MeanDifference:G4} (SE {StandardError:G3}, z = {ZScore:F1})";
}
