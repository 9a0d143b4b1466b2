using Experiments.Commands;

namespace Experiments.Tests.EndToEnd;

public sealed class DocsTests
{
    [Test]
    public void ConfigReference_InDocs_MatchesTheCode()
    {
        string path = Path.Combine(RepositoryRoot(), "docs", "CONFIG.md");

        Assert.That(File.ReadAllText(path), Is.EqualTo(DescribeCommand.Markdown()),
            "docs/CONFIG.md is stale: regenerate it with `sim describe --markdown > docs/CONFIG.md`");
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sim.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Sim.sln not found above the test directory");
    }
}
