namespace Experiments.Output;

/// <summary>Files appear whole or not at all: written beside the target under a temporary name, then renamed.</summary>
internal static class AtomicFile
{
    public static string TempPath(string path) => path + ".partial";

    public static void Commit(string path) => File.Move(TempPath(path), path, overwrite: true);

    public static void WriteAllText(string path, string text)
    {
        File.WriteAllText(TempPath(path), text, new System.Text.UTF8Encoding(false));
        Commit(path);
    }
}
