namespace Analysis.Plots;

/// <summary>A figure ready to save: its file stem, the plot, and the caption the report prints under it.</summary>
public sealed record Figure(string Name, string Title, string Caption, ScottPlot.Plot Plot, int Width = 900, int Height = 520)
{
    /// <summary>The title as the first sentence of a caption: a full stop unless it ends as a question already.</summary>
    public string TitleSentence => Title.EndsWith('?') || Title.EndsWith('.') ? Title : Title + ".";
}
