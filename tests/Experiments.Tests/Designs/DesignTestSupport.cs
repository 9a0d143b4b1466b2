using System.Collections.Immutable;
using Experiments.Designs;

namespace Experiments.Tests.Designs;

internal static class DesignTestSupport
{
    public static DesignParameter Real(string path, double min, double max, int? steps = null) =>
        new(path, min, max, steps, IsInteger: false);

    public static DesignParameter Whole(string path, double min, double max, int? steps = null) =>
        new(path, min, max, steps, IsInteger: true);

    public static Design Make(DesignKind kind, int samples, ulong seed, params DesignParameter[] parameters) =>
        new(kind, [.. parameters], samples, seed);

    public static Design Grid(params DesignParameter[] parameters) => Make(DesignKind.Grid, 0, 0, parameters);

    public static ImmutableArray<DesignParameter> UnitParameters(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Real($"model.p{i}", 0.0, 1.0))];
}
