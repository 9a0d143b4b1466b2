using System.Runtime.InteropServices;

namespace Experiments.Running;

/// <summary>
/// Hot methods profiled from their first call (<c>DOTNET_TieredPGO_InstrumentOnlyHotCode=0</c>): the compiler
/// then compiles each hot method once before its optimised version, not twice, which saved the default experiment
/// 0.2-0.4 s of its 6.3 on two cores (README, "How fast"); results are the same bytes. The runtime reads the
/// setting from the environment alone (sim.runtimeconfig.json cannot carry it), so a command that simulates starts
/// sim again with it, in the same process: <c>execve</c> replaces the program, keeping the process id, the
/// standard streams and whoever waits for it. Linux only. Not when the environment already has the setting (either
/// way, under either prefix), nor when a diagnostics tool set up the start (<c>DOTNET_DiagnosticPorts</c>: it
/// would wait for the first runtime, not for the second).
/// </summary>
internal static class RuntimeTuning
{
    public const string Knob = "DOTNET_TieredPGO_InstrumentOnlyHotCode";

    /// <summary>The commands that simulate (with none, sim runs the default experiment); the others start as they are.</summary>
    private static readonly string[] Simulating = ["run", "calibrate", "reproduce", "benchmark"];

    private static readonly string[] KeptAsSet = [Knob, "COMPlus_TieredPGO_InstrumentOnlyHotCode", "DOTNET_DiagnosticPorts", "COMPlus_DiagnosticPorts"];

    /// <summary>True when this process profiles hot methods from their first call.</summary>
    public static bool ProfilesFromFirstCall =>
        (Environment.GetEnvironmentVariable(Knob) ?? Environment.GetEnvironmentVariable(KeptAsSet[1])) == "0";

    /// <summary>Starts sim again with the setting when <paramref name="args"/> simulate; returns only when it does not.</summary>
    public static void Apply(string[] args)
    {
        if (!OperatingSystem.IsLinux() || Environment.ProcessPath is not { } program) return;
        if (KeptAsSet.Any(name => Environment.GetEnvironmentVariable(name) is not null)) return;
        if (args.Length > 0 && !Simulating.Contains(args[0])) return;
        byte[] commandLine, environment;
        try
        {
            // The command line (the apphost `sim`, or `dotnet sim.dll`) and environment as the process was started,
            // byte for byte: each entry ends in a NUL.
            commandLine = File.ReadAllBytes("/proc/self/cmdline");
            environment = File.ReadAllBytes("/proc/self/environ");
        }
        catch (IOException)
        {
            return;
        }
        ForgetDiagnosticsSocket();
        var strings = new List<IntPtr>();
        try
        {
            var argv = Pointers(commandLine, strings);
            var envp = Pointers([.. environment, .. System.Text.Encoding.UTF8.GetBytes($"{Knob}=0\0")], strings);
            // Returns only if the program could not be started again: this one goes on as it is.
            Execve(program, [.. argv, IntPtr.Zero], [.. envp, IntPtr.Zero]);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
        }
        finally
        {
            foreach (var s in strings) Marshal.FreeHGlobal(s);
        }
    }

    /// <summary>Each NUL-terminated entry of <paramref name="entries"/> copied to unmanaged memory (listed in <paramref name="allocated"/>).</summary>
    private static List<IntPtr> Pointers(byte[] entries, List<IntPtr> allocated)
    {
        var pointers = new List<IntPtr>();
        for (int start = 0; start < entries.Length;)
        {
            int end = Array.IndexOf(entries, (byte)0, start);
            if (end < 0) end = entries.Length; // an unterminated last entry
            var entry = Marshal.AllocHGlobal(end - start + 1);
            allocated.Add(entry);
            Marshal.Copy(entries, start, entry, end - start);
            Marshal.WriteByte(entry, end - start, 0);
            pointers.Add(entry);
            start = end + 1;
        }
        return pointers;
    }

    /// <summary>
    /// The runtime's diagnostics socket, named by process id and start time, which the exec keeps: the second runtime
    /// could not bind its own where the first left it, and dotnet-counters or dotnet-trace could not attach.
    /// </summary>
    private static void ForgetDiagnosticsSocket()
    {
        string folder = Environment.GetEnvironmentVariable("TMPDIR") is { Length: > 0 } tmp ? tmp : "/tmp";
        try
        {
            foreach (var socket in Directory.EnumerateFiles(folder, $"dotnet-diagnostic-{Environment.ProcessId}-*-socket"))
                File.Delete(socket);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    [DllImport("libc", EntryPoint = "execve")]
    private static extern int Execve([MarshalAs(UnmanagedType.LPStr)] string path, IntPtr[] argv, IntPtr[] envp);
}
