namespace Analysis.Files;

/// <summary>
/// Named points in the writing of a results folder where a test can kill the process as SIGKILL
/// would: <c>SIM_TEST_KILL_AT=NAME</c> (the first time NAME is reached) or <c>NAME#N</c> (the N-th
/// time). Unset (always, outside tests) it does nothing. Lets the fault tests interrupt every phase
/// at a point they choose instead of after a guessed delay.
/// </summary>
public static class FaultPoint
{
    public const string Variable = "SIM_TEST_KILL_AT";

    private static readonly (string Name, int Occurrence)? Target = Parse(Environment.GetEnvironmentVariable(Variable));
    private static int hits;

    /// <summary>True when a kill point is set: checkpoints then follow every block, so tests stay tiny.</summary>
    public static bool Active => Target is not null;

    public static void Hit(string name)
    {
        if (Target is not { } target || !string.Equals(target.Name, name, StringComparison.Ordinal)) return;
        if (Interlocked.Increment(ref hits) == target.Occurrence)
            System.Diagnostics.Process.GetCurrentProcess().Kill(); // SIGKILL: nothing is flushed or cleaned up
    }

    private static (string, int)? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        int hash = value.LastIndexOf('#');
        return hash > 0 && int.TryParse(value.AsSpan(hash + 1), out int n) && n >= 1 ? (value[..hash], n) : (value, 1);
    }
}
