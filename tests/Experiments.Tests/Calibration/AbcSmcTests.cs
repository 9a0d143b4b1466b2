using System.Collections.Immutable;
using Analysis.Calibration;
using Analysis.Statistics;
using Experiments.Calibration;
using Experiments.Tests.EndToEnd;

namespace Experiments.Tests.Calibration;

/// <summary>ABC-SMC on a toy model whose estimates are the parameters themselves: the posterior must find the record's value.</summary>
public class AbcSmcTests
{
    /// <summary>Target "a" is parameter 0 (record 0.3, band ±0.02); target "b" is a test target reading parameter 1, which nothing trains.</summary>
    private sealed class ToyScorer : IProposalScorer
    {
        public IReadOnlyList<CalibrationTarget> Targets { get; } = [Target("a", "0.3", "train"), Target("b", "0.9", "test")];

        public double[] Estimates(double[] values, int generation) => [values[0], values[1]];

        private static CalibrationTarget Target(string id, string value, string use)
        {
            var target = new Target(id, "toy", "", value, "", "", "abs 0.02", use);
            return new CalibrationTarget(new TargetCheck(target, new Measure(id, id, "", (_, v) => v), value, Tolerance.For("abs 0.02", value, ""), null, ""));
        }
    }

    private static readonly ImmutableArray<CalibrationParameter> Parameters =
        [new("model.toy.a", PriorKind.Uniform, 0, 1), new("model.toy.b", PriorKind.LogUniform, 0.1, 10)];

    private static IReadOnlyList<Generation> Calibrate(string folder)
    {
        var settings = new AbcSmcSettings(Parameters, Seed: 3, Population: 50, Proposals: 200, Generations: 5);
        var scorer = new ToyScorer();
        return new AbcSmc(settings, scorer, new GenerationStore(folder, settings, ["a", "b"]), threads: 2).Run();
    }

    [Test]
    public void Run_ToyModel_PosteriorConcentratesOnTheRecordAndLeavesTheUntrainedParameterAtItsPrior()
    {
        var generations = Calibrate(SimCli.TempFolder("toy"));

        var final = generations[^1].Population;
        var weights = final.Select(p => p.Weight).ToArray();
        var a = final.Select(p => p.Working[0]).ToArray();
        var b = final.Select(p => p.Working[1]).ToArray();
        double priorSdB = (Math.Log(10) - Math.Log(0.1)) / Math.Sqrt(12);
        Assert.Multiple(() =>
        {
            Assert.That(weights.Sum(), Is.EqualTo(1).Within(1e-12));
            Assert.That(WeightedSample.Mean(a, weights), Is.EqualTo(0.3).Within(0.01));
            Assert.That(WeightedSample.StandardDeviation(a, weights), Is.LessThan(0.02), "the band's half-width is 0.02; the prior's sd 0.29");
            Assert.That(generations.Select(g => g.Epsilon), Is.Ordered.Descending);
            Assert.That(generations[^1].Epsilon, Is.LessThan(0.5));
            Assert.That(WeightedSample.StandardDeviation(b, weights) / priorSdB, Is.GreaterThan(CalibrationFit.IdentifiedRatio),
                "b informs only a test target, which never enters the distance");
        });
    }

    [Test]
    public void Run_SameSeedTwice_SameGenerations()
    {
        var first = Calibrate(SimCli.TempFolder("one"))[^1].Population;
        var second = Calibrate(SimCli.TempFolder("two"))[^1].Population;

        Assert.That(second.Select(p => (p.Proposal, p.Weight, p.Working[0], p.Working[1])),
            Is.EqualTo(first.Select(p => (p.Proposal, p.Weight, p.Working[0], p.Working[1]))));
    }
}
