using Experiments.Commands;

namespace Experiments.Output;

/// <summary>
/// What Sim may touch in a results folder. A folder is Sim's when it holds the marker
/// <c>.sim-results</c>, written when Sim first claimed the folder (empty or new); the marker lists the
/// figures Sim drew there. Sim deletes only its own fixed file names, their <c>.partial</c> files and
/// the figures the marker lists: never a foreign file, never through a symbolic link.
/// </summary>
internal static class Ownership
{
    public const string Marker = ".sim-results", LockFile = ".sim-lock";
    private const string Header = "# a results folder written by sim; the figures below are sim's to replace";

    /// <summary>Entries other than the marker (or its .partial) and the lock file.</summary>
    public static bool HasContent(string folder) =>
        Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any(e => Path.GetFileName(e) is not (Marker or LockFile or Marker + ".partial"));

    public static bool IsSims(string folder) => File.Exists(Path.Combine(folder, Marker));

    /// <summary>Creates the folder if needed, refuses a non-empty folder Sim did not write, and marks it as Sim's.</summary>
    public static void Claim(string folder)
    {
        if (HasContent(folder) && !IsSims(folder))
            throw new UsageException($"{folder}: not a sim results folder (no {Marker} marker) and not empty; allowed: a new or empty folder, or one sim wrote");
        if (File.Exists(folder))
            throw new UsageException($"{folder}: is a file; allowed: a folder path (a new or empty folder, or one sim wrote)");
        try
        {
            Directory.CreateDirectory(folder);
            if (!IsSims(folder)) AtomicFile.WriteAllText(Path.Combine(folder, Marker), Header + "\n");
        }
        catch (Exception e) when (e is UnauthorizedAccessException or DirectoryNotFoundException or FileNotFoundException or PathTooLongException)
        {
            // A path that cannot be a folder of the user's (no permission, a file or a missing part on the way, too long) is bad
            // input (exit 2); any other IOException (a full disk, an I/O error, a read-only file system) stays a failure (exit 1).
            throw new UsageException($"{folder}: cannot be made a results folder ({e.Message.TrimEnd('.')}); allowed: a folder path you may write to");
        }
    }

    /// <summary>The figures (paths relative to the folder, '/'-separated) the marker lists.</summary>
    public static SortedSet<string> Figures(string folder)
    {
        string path = Path.Combine(folder, Marker);
        var figures = new SortedSet<string>(StringComparer.Ordinal);
        if (File.Exists(path))
            foreach (var line in File.ReadLines(path))
                if (line.StartsWith("plots/", StringComparison.Ordinal) && !line.Contains("..", StringComparison.Ordinal) && line.IndexOf('/', 6) < 0)
                    figures.Add(line);
        return figures;
    }

    public static void WriteFigures(string folder, IEnumerable<string> figures) =>
        AtomicFile.WriteAllText(Path.Combine(folder, Marker), string.Join("\n", [Header, .. figures.Order(StringComparer.Ordinal)]) + "\n");

    /// <summary>Deletes the named files of the folder (and their .partial files) that are not links' targets; names are Sim's own.</summary>
    public static void DeleteOwn(string folder, IEnumerable<string> names)
    {
        foreach (var name in names)
            foreach (var path in new[] { Path.Combine(folder, name), AtomicFile.TempPath(Path.Combine(folder, name)) })
                File.Delete(path); // deletes a link itself, never its target
    }

    /// <summary>The plots folder, refusing one that is a symbolic link (Sim never writes or deletes outside the results folder).</summary>
    public static string PlotsFolder(string folder)
    {
        string plots = Path.Combine(folder, "plots");
        if (new DirectoryInfo(plots).LinkTarget is not null || (File.Exists(plots) && !Directory.Exists(plots)))
            throw new UsageException($"{plots}: is a symbolic link or a file; allowed: a plain folder (sim never follows links out of the results folder)");
        return plots;
    }

    /// <summary>Deletes the figures the marker lists (not links' targets), and forgets them.</summary>
    public static void DeleteFigures(string folder)
    {
        string plots = PlotsFolder(folder);
        if (Directory.Exists(plots))
            foreach (var figure in Figures(folder)) File.Delete(Path.Combine(folder, figure));
        WriteFigures(folder, []);
        if (Directory.Exists(plots) && !Directory.EnumerateFileSystemEntries(plots).Any()) Directory.Delete(plots);
    }
}

/// <summary>
/// The exclusive lock of a results folder for run, resume, merge and report: <c>.sim-lock</c> held
/// open with <see cref="FileShare.None"/> (an OS lock, flock on Unix) until disposed; the OS releases
/// it when the process dies, so a killed run never leaves the folder locked.
/// </summary>
internal sealed class FolderLock : IDisposable
{
    private readonly FileStream stream;

    private FolderLock(FileStream stream) => this.stream = stream;

    public static FolderLock Acquire(string folder)
    {
        try
        {
            return new FolderLock(new FileStream(Path.Combine(folder, Ownership.LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            throw new UsageException($"{folder}: in use by another sim process (locked); allowed: wait for it to finish, or another folder");
        }
    }

    public void Dispose() => stream.Dispose();
}
