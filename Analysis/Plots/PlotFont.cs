using SkiaSharp;

namespace Analysis.Plots;

/// <summary>
/// Makes the embedded DejaVu Sans ScottPlot's font, once per process, and refuses to go on when text
/// would not render: a figure with no title, labels or tick numbers is worse than no figure.
/// </summary>
public static class PlotFont
{
    private static readonly Lock Gate = new();
    private static bool registered;

    public static string Family => EmbeddedFontResolver.Family;

    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (registered) return;
            var resolver = new EmbeddedFontResolver();
            ScottPlot.Fonts.FontResolvers.Insert(0, resolver);
            ScottPlot.Fonts.Default = Family;
            ScottPlot.Fonts.Sans = Family;
            if (InkedPixels(ScottPlot.Fonts.GetTypeface(Family, bold: false, italic: false), "Wars 1816") == 0)
                throw new InvalidOperationException("plot text renders empty: the embedded font could not be used, so no figure is written");
            registered = true;
        }
    }

    /// <summary>
    /// Throws unless the band at the top of a rendered figure, where only its title is drawn, holds ink:
    /// the last line of defence against a figure whose text silently vanished.
    /// </summary>
    public static void RequireTitleInk(byte[] png, string figure)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException($"figure {figure}: the rendered PNG does not decode");
        var background = bitmap.GetPixel(0, 0);
        for (int y = 0; y < Math.Min(30, bitmap.Height); y++)
            for (int x = 0; x < bitmap.Width; x++)
                if (bitmap.GetPixel(x, y) != background) return;
        throw new InvalidOperationException($"figure {figure}: its title rendered no pixels, so text is not being drawn; no figure written");
    }

    /// <summary>Draws text in black on white and counts the pixels that are not white.</summary>
    public static int InkedPixels(SKTypeface typeface, string text)
    {
        using var bitmap = new SKBitmap(200, 40);
        using (var canvas = new SKCanvas(bitmap))
        using (var font = new SKFont(typeface, 24))
        using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true })
        {
            canvas.Clear(SKColors.White);
            canvas.DrawText(text, 4, 30, font, paint);
        }
        int inked = 0;
        for (int y = 0; y < bitmap.Height; y++)
            for (int x = 0; x < bitmap.Width; x++)
                if (bitmap.GetPixel(x, y) != SKColors.White) inked++;
        return inked;
    }
}
