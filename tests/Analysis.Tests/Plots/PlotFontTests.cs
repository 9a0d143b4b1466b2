using Analysis.Plots;
using SkiaSharp;

namespace Analysis.Tests.Plots;

public class PlotFontTests
{
    [Test]
    public void EnsureRegistered_EmbeddedFont_IsScottPlotsDefault()
    {
        // Act
        PlotFont.EnsureRegistered();

        // Assert
        Assert.That(ScottPlot.Fonts.Default, Is.EqualTo("DejaVu Sans"));
        Assert.That(ScottPlot.Fonts.GetTypeface("DejaVu Sans", bold: false, italic: false).FamilyName, Is.EqualTo("DejaVu Sans"));
    }

    [Test]
    public void Render_TextOnlyPlot_HasInkedPixelsWhereTheTitleIs()
    {
        // Arrange: a plot with a title and no data; above the data area only the title's text can put ink.
        PlotFont.EnsureRegistered();
        var plot = new ScottPlot.Plot();
        plot.Title("Wars prevented 1816-1914");
        plot.Axes.Top.FrameLineStyle.Width = 0;

        // Act
        byte[] png = plot.GetImageBytes(400, 200, ScottPlot.ImageFormat.Png);
        using var bitmap = SKBitmap.Decode(png);

        // Assert
        var background = bitmap.GetPixel(0, 0);
        int inked = 0;
        for (int y = 0; y < 30; y++)
            for (int x = 0; x < bitmap.Width; x++)
                if (bitmap.GetPixel(x, y) != background) inked++;
        Assert.That(inked, Is.GreaterThan(200));
    }

    [Test]
    public void InkedPixels_EmbeddedTypeface_DrawsText()
    {
        // Arrange
        PlotFont.EnsureRegistered();
        var typeface = ScottPlot.Fonts.GetTypeface(PlotFont.Family, bold: true, italic: false);

        // Act
        int inked = PlotFont.InkedPixels(typeface, "Sim");

        // Assert
        Assert.That(inked, Is.GreaterThan(50));
    }

    [Test]
    public void RequireTitleInk_BlankImage_ThrowsNamingTheFigure()
    {
        // Arrange: what a figure looks like when no font could be used: a plot with empty text.
        PlotFont.EnsureRegistered();
        var plot = new ScottPlot.Plot();
        plot.Axes.Frameless();
        plot.HideGrid();
        byte[] png = plot.GetImageBytes(300, 200, ScottPlot.ImageFormat.Png);

        // Act / Assert
        Assert.That(() => PlotFont.RequireTitleInk(png, "blank"), Throws.InvalidOperationException.With.Message.Contains("blank"));
    }
}
