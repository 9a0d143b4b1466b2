using ScottPlot;

namespace Analysis.Plots;

/// <summary>One colour and one readable name per regime, the same in every figure.</summary>
public static class RegimeStyle
{
    // Okabe-Ito colours: distinguishable with the common colour-vision deficiencies and in greyscale print.
    private static readonly Dictionary<string, (string Label, Color Color)> Known = new(StringComparer.Ordinal)
    {
        [Simulator.Regimes.NoRegime.RegimeName] = ("Balance of power (none)", Color.FromHex("#555555")),
        ["concert"] = ("Concert of Europe", Color.FromHex("#0072B2")),
        ["league"] = ("League of Nations", Color.FromHex("#E69F00")),
        ["un"] = ("United Nations", Color.FromHex("#009E73")),
    };

    private static readonly Color[] Others = [Color.FromHex("#CC79A7"), Color.FromHex("#D55E00"), Color.FromHex("#56B4E9"), Color.FromHex("#F0E442")];

    public static string Label(string regime) => Known.TryGetValue(regime, out var s) ? s.Label : regime;

    public static Color ColorOf(string regime, int index) =>
        Known.TryGetValue(regime, out var s) ? s.Color : Others[index % Others.Length];

    /// <summary>Colours for a series that is not a regime (kinds, mechanisms).</summary>
    public static Color Series(int index) => Others[index % Others.Length];
}
