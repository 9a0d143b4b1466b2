namespace Analysis.Files;

/// <summary>
/// Files appear whole or not at all: written beside the target under a temporary name, then renamed.
/// The one atomic writer of every results file (data, summary, manifest, figures, report).
/// </summary>
public static class AtomicFile
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(false);

    public static string TempPath(string path) => path + ".partial";

    public static void Commit(string path) => File.Move(TempPath(path), path, overwrite: true);

    public static void WriteAllText(string path, string text)
    {
        File.WriteAllText(TempPath(path), text, Utf8);
        Commit(path);
    }

    public static void WriteAllBytes(string path, byte[] bytes)
    {
        File.WriteAllBytes(TempPath(path), bytes);
        Commit(path);
    }

    /// <summary>Copies a file into place atomically.</summary>
    public static void Copy(string source, string path)
    {
        File.Copy(source, TempPath(path), overwrite: true);
        Commit(path);
    }
}
