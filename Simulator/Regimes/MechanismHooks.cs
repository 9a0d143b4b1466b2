using System.Collections.Concurrent;

namespace Simulator.Regimes;

/// <summary>The yearly and per-event hooks of <see cref="IMechanism"/> (all but Found), as bits.</summary>
[Flags]
internal enum MechanismHooks
{
    None = 0,
    Upkeep = 1,
    OnCrisis = 2,
    AfterCrisis = 4,
    OnWarYear = 8,
    OnEpisodeEnded = 16,
}

/// <summary>
/// Which hooks a mechanism's class defines. A regime consults each hook only on the mechanisms that
/// define it, in catalog order: a hook left to the interface's default does nothing, and calling
/// every mechanism's on every crisis, war-year and year was a fifth of the UN regime's cost. Found
/// once per class, by reflection, and kept.
/// </summary>
internal static class MechanismHookTable
{
    private static readonly ConcurrentDictionary<Type, MechanismHooks> Known = new();

    public static MechanismHooks Of(IMechanism mechanism) => Known.GetOrAdd(mechanism.GetType(), Find);

    private static MechanismHooks Find(Type type)
    {
        var map = type.GetInterfaceMap(typeof(IMechanism));
        var hooks = MechanismHooks.None;
        for (int i = 0; i < map.InterfaceMethods.Length; i++)
        {
            // A hook the class leaves to the default maps to the interface's own method.
            if (map.TargetMethods[i].DeclaringType == typeof(IMechanism)) continue;
            hooks |= map.InterfaceMethods[i].Name switch
            {
                nameof(IMechanism.Upkeep) => MechanismHooks.Upkeep,
                nameof(IMechanism.OnCrisis) => MechanismHooks.OnCrisis,
                nameof(IMechanism.AfterCrisis) => MechanismHooks.AfterCrisis,
                nameof(IMechanism.OnWarYear) => MechanismHooks.OnWarYear,
                nameof(IMechanism.OnEpisodeEnded) => MechanismHooks.OnEpisodeEnded,
                _ => MechanismHooks.None,
            };
        }
        return hooks;
    }

    /// <summary>The mechanisms among <paramref name="parts"/> that define <paramref name="hook"/>, in their order.</summary>
    public static IMechanism[] Defining(IMechanism[] parts, MechanismHooks hook) =>
        parts.Where(m => (Of(m) & hook) != 0).ToArray();
}
