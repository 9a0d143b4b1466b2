namespace Analysis.Plots;

/// <summary>Saves a figure as PNG and SVG, each written whole under a temporary name and then renamed.</summary>
public static class FigureFile
{
    public static (string Png, string Svg) Save(Figure figure, string plotsFolder)
    {
        Directory.CreateDirectory(plotsFolder);
        string png = Path.Combine(plotsFolder, figure.Name + ".png");
        string svg = Path.Combine(plotsFolder, figure.Name + ".svg");
        WriteAtomically(png, figure.Plot.GetImageBytes(figure.Width, figure.Height, ScottPlot.ImageFormat.Png));
        WriteAtomically(svg, System.Text.Encoding.UTF8.GetBytes(figure.Plot.GetSvgXml(figure.Width, figure.Height)));
        return (png, svg);
    }

    internal static void WriteAtomically(string path, byte[] bytes)
    {
        string temp = path + ".partial";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }
}
