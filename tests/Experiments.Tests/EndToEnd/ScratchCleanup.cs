namespace Experiments.Tests;

/// <summary>Removes this test process's scratch folder (<see cref="EndToEnd.SimCli.ScratchRoot"/>) once every test of the assembly has run.</summary>
[SetUpFixture]
public sealed class ScratchCleanup
{
    [OneTimeTearDown]
    public void DeleteScratch()
    {
        try
        {
            if (Directory.Exists(EndToEnd.SimCli.ScratchRoot)) Directory.Delete(EndToEnd.SimCli.ScratchRoot, recursive: true);
        }
        catch (IOException)
        {
            // A folder a test left read-only or still open: harmless in the temporary directory.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
