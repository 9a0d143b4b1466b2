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

    [Test]
    public void ParameterTable_InModelDocs_MatchesTheCode()
    {
        string text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "MODEL.md"));
        const string begin = "<!-- parameters: begin (sim describe --parameters --markdown) -->\n", end = "<!-- parameters: end -->";
        int from = text.IndexOf(begin, StringComparison.Ordinal), to = text.IndexOf(end, StringComparison.Ordinal);
        Assert.That(from, Is.GreaterThanOrEqualTo(0).And.LessThan(to), "docs/MODEL.md has the generated parameter table between its markers");

        Assert.That(text[(from + begin.Length)..to], Is.EqualTo(DescribeCommand.ParametersMarkdown()),
            "docs/MODEL.md's parameter table is stale: replace it with `sim describe --parameters --markdown`");
    }

    [Test]
    public void EveryParameter_HasABasis()
    {
        var missing = Experiments.Configuration.ParameterCatalog.Describe().Where(p => p.BasisKind == "none").Select(p => p.Path).ToList();

        Assert.That(missing, Is.Empty, "every [Param] needs Basis = \"source: ...\", \"calibration: ...\" or \"judgement: ...\"");
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sim.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Sim.sln not found above the test directory");
    }
}
