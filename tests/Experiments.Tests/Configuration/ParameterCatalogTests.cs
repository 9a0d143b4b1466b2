using Experiments.Configuration;

namespace Experiments.Tests.Configuration;

[TestFixture]
public sealed class ParameterCatalogTests
{
    [Test]
    public void Describe_WorldStates_HasDefaultRangeAndDescription()
    {
        // Act
        var states = ParameterCatalog.Describe().Single(p => p.Path == "model.world.states");

        // Assert
        Assert.That(states, Is.EqualTo(new ParameterInfo("model.world.states", "int", "40", 2, 2000, "Number of sovereign states at the start.",
            "judgement: an experiment setting: about the number of states in the COW system before 1914 (23-45)")));
    }

    [Test]
    public void Describe_Double_UsesShortestRoundTripDefault()
    {
        // Act
        var hazard = ParameterCatalog.Describe().Single(p => p.Path == "model.crises.base_hazard");

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(hazard.Type, Is.EqualTo("double"));
            Assert.That(hazard.Default, Is.EqualTo(new Simulator.Parameters.CrisisParameters().BaseHazard.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(hazard.Min, Is.EqualTo(0.0));
            Assert.That(hazard.Max, Is.EqualTo(1.0));
        });
    }

    [Test]
    public void Describe_AllParameters_AreUniqueDescribedAndUnderModel()
    {
        // Act
        var parameters = ParameterCatalog.Describe();

        // Assert
        Assert.Multiple(() =>
        {
            // Every [Param] property of every parameter record appears once, mechanisms' own options
            // (records beside their mechanisms, bound under model.mechanisms) included.
            int declared = typeof(Simulator.Parameters.ModelParameters).Assembly.GetTypes()
                .SelectMany(t => t.GetProperties())
                .Count(p => p.GetCustomAttributes(typeof(Simulator.Parameters.ParamAttribute), false).Length > 0);
            Assert.That(parameters, Has.Count.EqualTo(declared));
            Assert.That(parameters.Select(p => p.Path), Is.Unique);
            Assert.That(parameters.Select(p => p.Path), Has.All.Match("^model(\\.[a-z0-9_]+)+$"));
            Assert.That(parameters.Select(p => p.Description), Has.None.Empty);
            Assert.That(parameters.Select(p => p.Path).First(), Is.EqualTo("model.years"));
            Assert.That(parameters.Select(p => p.Path), Does.Contain("model.crises.rivalry_half_life_years"));
        });
    }

    [Test]
    public void Describe_EveryDefault_IsWithinItsRange()
    {
        // Act
        var parameters = ParameterCatalog.Describe();

        // Assert
        Assert.Multiple(() =>
        {
            foreach (var p in parameters.Where(p => p.Type is "int" or "double"))
            {
                var value = double.Parse(p.Default, System.Globalization.CultureInfo.InvariantCulture);
                Assert.That(value, Is.InRange(p.Min, p.Max), p.Path);
            }
        });
    }
}
