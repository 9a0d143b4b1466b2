using Simulator.Randomness;

namespace Simulator.Tests.Regimes;

/// <summary>Draws chosen by a test: a fixed value per purpose (0.5 where none is given), so a mechanism's branches can be driven one by one.</summary>
internal sealed class ScriptedDraws : IDrawSource
{
    private readonly Dictionary<Purpose, double> values = new();

    public double this[Purpose purpose]
    {
        set => values[purpose] = value;
    }

    public double Uniform(Purpose purpose, int year, int a, int b = 0, int c = 0) => values.GetValueOrDefault(purpose, 0.5);
}
