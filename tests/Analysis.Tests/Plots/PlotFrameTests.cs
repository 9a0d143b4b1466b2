using Analysis.Plots;

namespace Analysis.Tests.Plots;

public class PlotFrameTests
{
    [TestCase("Good offices", "Good offices")]
    [TestCase("Collective security pledge", "Collective\nsecurity pledge")]
    [TestCase("Assembly recommendation", "Assembly\nrecommendation")]
    [TestCase("Uniting for peace", "Uniting\nfor peace")]
    [TestCase("Peacekeepingandpeacebuilding", "Peacekeepingandpeacebuilding")]
    public void Wrap_ALabelLongerThanFourteen_BreaksAtTheSpaceNearestItsMiddle(string label, string expected)
    {
        // Act
        string wrapped = PlotFrame.Wrap(label);

        // Assert
        Assert.That(wrapped, Is.EqualTo(expected));
    }
}
