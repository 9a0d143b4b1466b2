using Analysis.Files;

namespace Analysis.Plots;

/// <summary>Saves a figure as PNG and SVG, each written whole under a temporary name and then renamed.</summary>
public static class FigureFile
{
    public static (string Png, string Svg) Save(Figure figure, string plotsFolder)
    {
        Directory.CreateDirectory(plotsFolder);
        string png = Path.Combine(plotsFolder, figure.Name + ".png");
        string svg = Path.Combine(plotsFolder, figure.Name + ".svg");
        byte[] pngBytes = figure.Plot.GetImageBytes(figure.Width, figure.Height, ScottPlot.ImageFormat.Png);
        PlotFont.RequireTitleInk(pngBytes, figure.Name);
        AtomicFile.WriteAllBytes(png, pngBytes);
        AtomicFile.WriteAllBytes(svg, System.Text.Encoding.UTF8.GetBytes(RenumberClipIds(figure.Plot.GetSvgXml(figure.Width, figure.Height))));
        return (png, svg);
    }

    /// <summary>
    /// Skia's SVG canvas names clip paths from a process-wide hexadecimal counter (cl_4a, cl_4b, ...), so the same figure
    /// drawn twice in one process would differ; numbering them by first appearance makes each file byte-stable.
    /// </summary>
    internal static string RenumberClipIds(string svg)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        return System.Text.RegularExpressions.Regex.Replace(svg, @"\bcl_([0-9a-f]+)\b", m =>
        {
            if (!numbers.TryGetValue(m.Groups[1].Value, out int n)) numbers[m.Groups[1].Value] = n = numbers.Count;
            return "cl_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
    }
}
