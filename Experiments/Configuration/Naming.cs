using System.Text;
using System.Text.Json;

namespace Experiments.Configuration;

/// <summary>The one snake_case converter: config keys, enum values in configs, and JSON property names.</summary>
internal static class Naming
{
    /// <summary>For <see cref="System.Text.Json"/> options: property names as <see cref="SnakeCase"/> gives them.</summary>
    public static JsonNamingPolicy JsonPolicy { get; } = new SnakeCasePolicy();

    /// <summary>GreatPowers → great_powers; RivalryHalfLifeYears → rivalry_half_life_years; GDPGrowth → gdp_growth.</summary>
    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var acronymEnd = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (previousLowerOrDigit || acronymEnd)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private sealed class SnakeCasePolicy : JsonNamingPolicy
    {
        public override string ConvertName(string name) => SnakeCase(name);
    }
}
