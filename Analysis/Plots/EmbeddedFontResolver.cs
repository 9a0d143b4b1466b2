using System.Reflection;
using SkiaSharp;

namespace Analysis.Plots;

/// <summary>
/// Resolves the plot font family to the DejaVu Sans files embedded in this assembly, so figures look
/// the same on a machine with no fonts at all (SkiaSharp would otherwise draw no text, silently).
/// </summary>
internal sealed class EmbeddedFontResolver : ScottPlot.IFontResolver
{
    public const string Family = "DejaVu Sans";

    private readonly SKTypeface regular = Load("DejaVuSans.ttf");
    private readonly SKTypeface bold = Load("DejaVuSans-Bold.ttf");

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        fontName == Family ? (bold ? this.bold : regular) : null;

    public SKTypeface? CreateTypeface(string fontName, ScottPlot.FontWeight weight, ScottPlot.FontSlant slant, ScottPlot.FontSpacing spacing) =>
        fontName == Family ? (weight >= ScottPlot.FontWeight.SemiBold ? bold : regular) : null;

    private static SKTypeface Load(string file)
    {
        string name = "Analysis.Plots.Fonts." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"embedded font {name} is missing from the Analysis assembly");
        // SKTypeface keeps reading the data it is given, so hand it its own copy rather than the resource stream.
        var data = SKData.CreateCopy(ReadAll(stream));
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"embedded font {name} could not be loaded");
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
