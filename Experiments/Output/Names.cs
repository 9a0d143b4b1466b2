using Simulator.Entities;

namespace Experiments.Output;

/// <summary>The snake_case names of enum values as written to files, computed once.</summary>
internal static class Names
{
    private static readonly string[] Kinds = Enum.GetValues<EpisodeKind>().Select(k => Configuration.Naming.SnakeCase(k.ToString())).ToArray();
    private static readonly string[] Reasons = Enum.GetValues<EndReason>().Select(r => Configuration.Naming.SnakeCase(r.ToString())).ToArray();

    public static string Of(EpisodeKind kind) => Kinds[(int)kind];
    public static string Of(EndReason reason) => Reasons[(int)reason];
}
