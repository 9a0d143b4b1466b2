using System.Globalization;
using Analysis.Results;
using Experiments.Configuration;
using Experiments.Running;
using Experiments.Tests.EndToEnd;
using Experiments.Uncertainty;
using Simulator.Regimes;

namespace Experiments.Tests.Uncertainty;

/// <summary>Runs that draw their parameters from a posterior: the draw, its pairing across regimes and points, determinism, and that the values reach the model.</summary>
public sealed class PosteriorTests
{
    private const string Header = "particle,weight,model.crises.base_hazard,model.un.veto_base\n";

    private static Posterior Parse(string csv) => PosteriorReader.Parse(System.Text.Encoding.UTF8.GetBytes(csv), "test.csv");

    private static string Config(string posterior, int runs = 40, string regimes = "[none, un]") => $"""
        name: posterior
        seed: 31
        runs: {runs}
        regimes: {regimes}
        model:
          years: 60
        parameters: {posterior}
        """;

    [Test]
    public void Draw_ManyRuns_FollowsTheWeights()
    {
        double[] weights = [0.1, 0.0, 0.25, 0.05, 0.6];
        var posterior = Parse(Header + string.Concat(weights.Select((w, i) => FormattableString.Invariant($"{i},{w},0.004,0.3\n"))));
        const int draws = 4000;

        var counts = new int[weights.Length];
        for (int run = 0; run < draws; run++) counts[posterior.Draw(20261128, run)]++;

        for (int i = 0; i < weights.Length; i++)
        {
            double standardError = Math.Sqrt(weights[i] * (1 - weights[i]) / draws);
            Assert.That((double)counts[i] / draws, Is.EqualTo(weights[i]).Within(5 * standardError + 1e-12), $"particle {i}");
        }
    }

    [Test]
    public void Setup_SameRun_SameParticleInEveryRegimeAndDesignPoint()
    {
        string work = SimCli.TempFolder("pairing");
        File.WriteAllText(Path.Combine(work, "p.csv"), Header + "0,0.3,0.003,0.1\n1,0.3,0.004,0.2\n2,0.4,0.005,0.3\n");
        string path = SimCli.WriteConfig(work, Config("p.csv") + """

            design:
              kind: grid
              parameters:
                model.un.veto_base: {min: 0, max: 0.6, steps: 3}
            """);
        var plan = new ExperimentPlan(ConfigLoader.Load(path, RegimeCatalog.Names));

        for (int run = 0; run < 40; run++)
        {
            var first = plan.Setup(0, 0, run);
            for (int point = 0; point < 3; point++)
                for (int regime = 0; regime < 2; regime++)
                {
                    var setup = plan.Setup(point, regime, run);
                    Assert.That(setup.Particle, Is.EqualTo(first.Particle), $"run {run}, point {point}, regime {regime}");
                    Assert.That(setup.Model.Crises.BaseHazard, Is.EqualTo(first.Model.Crises.BaseHazard), "the particle's value");
                    Assert.That(setup.Model.Un.VetoBase, Is.EqualTo(0.3 * point).Within(1e-12), "the design's sweep wins over the posterior");
                }
        }
        Assert.That(Enumerable.Range(0, 40).Select(r => plan.Setup(0, 0, r).Particle).Distinct().Count(), Is.EqualTo(3), "every particle drawn");
    }

    [Test]
    public void Setup_RunsThatDrawOneParticle_ShareItsModel()
    {
        // Each particle's model is built once a (point, regime) and kept: the runs that draw it share it, and it is the
        // particle applied to the regime's model, as each run applied it for itself before.
        string work = SimCli.TempFolder("kept");
        File.WriteAllText(Path.Combine(work, "p.csv"), Header + "0,0.3,0.003,0.1\n1,0.3,0.004,0.2\n2,0.4,0.005,0.3\n");
        var config = ConfigLoader.Load(SimCli.WriteConfig(work, Config("p.csv")), RegimeCatalog.Names);
        var plan = new ExperimentPlan(config);
        var posterior = config.Posterior!;

        for (int regime = 0; regime < 2; regime++)
        {
            var byParticle = new Dictionary<int, Simulator.Parameters.ModelParameters>();
            for (int run = 0; run < 40; run++)
            {
                var setup = plan.Setup(0, regime, run);
                int row = posterior.Draw(config.Seed, run);
                if (byParticle.TryGetValue(row, out var kept)) Assert.That(setup.Model, Is.SameAs(kept), $"run {run}");
                else byParticle[row] = setup.Model;
                var applied = posterior.Apply(config.ModelOf(config.Regimes[regime]), row, Enumerable.Range(0, posterior.Paths.Length).ToArray());
                Assert.That(setup.Model, Is.EqualTo(applied), $"run {run}, regime {regime}");
            }
            Assert.That(byParticle, Has.Count.EqualTo(3));
        }
    }

    [Test]
    public void Setup_MoreParticleModelsThanKept_AppliesEachRunsParticleAfresh()
    {
        // Points x regimes x particles over the bound: nothing is kept, so a sweep's memory does not grow with its design.
        string work = SimCli.TempFolder("unkept");
        File.WriteAllText(Path.Combine(work, "p.csv"), Header + "0,0.3,0.003,0.1\n1,0.3,0.004,0.2\n2,0.4,0.005,0.3\n");
        int steps = ExperimentPlan.KeptParticleModels / (2 * 3) + 1;
        string path = SimCli.WriteConfig(work, Config("p.csv") + $$"""

            design:
              kind: grid
              parameters:
                model.un.veto_base: {min: 0, max: 0.6, steps: {{steps}}}
            """);
        var config = ConfigLoader.Load(path, RegimeCatalog.Names);
        var plan = new ExperimentPlan(config);
        int row = config.Posterior!.Draw(config.Seed, 0);
        int again = Enumerable.Range(1, 40).First(run => config.Posterior.Draw(config.Seed, run) == row);

        var first = plan.Setup(1, 1, 0).Model;
        var second = plan.Setup(1, 1, again).Model;
        Assert.That(second, Is.Not.SameAs(first));
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Run_WithPosterior_RecordsParticlesAndIsByteIdenticalAtOneAndTwoThreadsAndSharded()
    {
        string work = SimCli.TempFolder("threads");
        File.WriteAllText(Path.Combine(work, "p.csv"), Header + "0,0.5,0.003,0.1\n1,0.25,0.0042,0.2\n2,0.25,0.006,0.3\n");
        string config = SimCli.WriteConfig(work, Config("p.csv", runs: 150));
        string one = Path.Combine(work, "one"), two = Path.Combine(work, "two"), merged = Path.Combine(work, "merged");

        Assert.That(SimCli.Run("run", config, "--out", one, "--threads", "1", "--quiet", "--no-report").ExitCode, Is.Zero);
        Assert.That(SimCli.Run("run", config, "--out", two, "--threads", "2", "--quiet", "--no-report").ExitCode, Is.Zero);
        Assert.That(SimCli.Run("run", config, "--out", Path.Combine(work, "s0"), "--shard", "0/2", "--quiet", "--no-report").ExitCode, Is.Zero);
        Assert.That(SimCli.Run("run", config, "--out", Path.Combine(work, "s1"), "--shard", "1/2", "--quiet", "--no-report").ExitCode, Is.Zero);
        var merge = SimCli.Run("merge", Path.Combine(work, "s0"), Path.Combine(work, "s1"), "--out", merged, "--quiet", "--no-report");
        Assert.That(merge.ExitCode, Is.Zero, merge.Error);

        foreach (var other in new[] { two, merged })
        {
            SimCli.AssertSameData(one, other);
            Assert.That(File.ReadAllBytes(Path.Combine(other, Posterior.FileName)), Is.EqualTo(File.ReadAllBytes(Path.Combine(work, "p.csv"))));
        }
        var runs = ResultTable.Read(Path.Combine(one, "runs.csv"));
        Assert.That(runs.Header[4], Is.EqualTo("particle"));
        var byRun = runs.Rows.GroupBy(r => r[runs.Column("run")]).ToList();
        Assert.That(byRun.All(g => g.Select(r => r[runs.Column("particle")]).Distinct().Count() == 1), "one particle per run index across regimes");
        var summary = ResultTable.Read(Path.Combine(one, "summary.csv"));
        Assert.That(summary.Header[^1], Is.EqualTo("parameter_share"));
        string share = summary.Rows.Single(r => r[summary.Column("regime")] == "none" && r[summary.Column("metric")] == "crises_per_100_state_years")[summary.Column("parameter_share")];
        Assert.That(double.Parse(share, CultureInfo.InvariantCulture), Is.GreaterThan(0.5), "crisis rates differ mostly between particles of base_hazard 0.003-0.006");
        Assert.That(File.ReadAllText(Path.Combine(one, "manifest.json")), Does.Contain("posterior_sha256"));
    }

    [Test]
    public void Run_PosteriorWithZeroCrisisHazard_ReachesTheModel()
    {
        string work = SimCli.TempFolder("reach");
        File.WriteAllText(Path.Combine(work, "p.csv"), Header + "7,1,0,0.3\n");
        string config = SimCli.WriteConfig(work, Config("p.csv", runs: 20, regimes: "[none]"));
        string with = Path.Combine(work, "with"), without = Path.Combine(work, "without");
        File.WriteAllText(Path.Combine(work, "plain.yaml"), File.ReadAllText(config).Replace("parameters: p.csv", ""));

        Assert.That(SimCli.Run("run", config, "--out", with, "--quiet", "--no-report").ExitCode, Is.Zero);
        Assert.That(SimCli.Run("run", Path.Combine(work, "plain.yaml"), "--out", without, "--quiet", "--no-report").ExitCode, Is.Zero);

        var withRuns = ResultTable.Read(Path.Combine(with, "runs.csv"));
        var withoutRuns = ResultTable.Read(Path.Combine(without, "runs.csv"));
        Assert.That(withRuns.Rows.All(r => r[withRuns.Column("crises")] == "0" && r[withRuns.Column("particle")] == "7"), "base_hazard 0 from the posterior: no crises");
        Assert.That(withoutRuns.Rows.Sum(r => int.Parse(r[withoutRuns.Column("crises")], CultureInfo.InvariantCulture)), Is.GreaterThan(100));
        Assert.That(withoutRuns.Header, Does.Not.Contain("particle"), "no posterior, no particle column");
    }

    [Test]
    public void Run_ParametersOption_OverridesTheConfig()
    {
        string work = SimCli.TempFolder("option");
        string posterior = Path.Combine(work, "zero.csv");
        File.WriteAllText(posterior, Header + "0,1,0,0.3\n");
        string config = SimCli.WriteConfig(work, "name: plain\nseed: 3\nruns: 10\nmodel:\n  years: 40\n");
        string output = Path.Combine(work, "out");

        var result = SimCli.Run("run", config, "--parameters", posterior, "--out", output, "--quiet", "--no-report");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var runs = ResultTable.Read(Path.Combine(output, "runs.csv"));
        Assert.That(runs.Rows.All(r => r[runs.Column("crises")] == "0"));
    }

    [TestCase("", "p.csv:1:", "header")]
    [TestCase("particle,weights,model.crises.base_hazard\n0,1,0.004\n", "p.csv:1:", "header", "particle,weight")]
    [TestCase("particle,weight,model.crises.no_such\n0,1,0.004\n", "p.csv:1:", "model.crises.no_such", "not a numeric model parameter")]
    [TestCase("particle,weight,model.calendar.eras\n0,1,0\n", "p.csv:1:", "model.calendar.eras", "not a numeric model parameter")]
    // The horizon sizes every run's yearly series: drawn per run, it crashed them (IndexOutOfRange).
    [TestCase("particle,weight,model.years\n0,1,50\n", "p.csv:1:", "model.years", "same for every run")]
    [TestCase("particle,weight,model.crises.base_hazard\n0,-0.5,0.004\n1,1.5,0.004\n", "p.csv:2:", "weight", "negative")]
    [TestCase("particle,weight,model.crises.base_hazard\n0,0,0.004\n1,0,0.004\n", "p.csv:", "weight", "zero")]
    [TestCase("particle,weight,model.crises.base_hazard\n0,0.5,0.004\n1,0.3,0.004\n", "p.csv:", "weight", "sum to 0.8")]
    [TestCase("particle,weight,model.crises.base_hazard\n0,1,1,5\n", "p.csv:2:", "cells")]
    [TestCase("particle,weight,model.crises.base_hazard\n0,1,0;004\n", "p.csv:2:", "model.crises.base_hazard", "not a finite number")]
    [TestCase("particle,weight,model.crises.base_hazard\n0,1,2.5\n", "p.csv:2:", "model.crises.base_hazard", "out of range", "0 to 1")]
    [TestCase("particle,weight,model.world.states\n0,1,40.5\n", "p.csv:2:", "model.world.states", "an integer")]
    [TestCase("particle,weight,model.crises.base_hazard\n0,0.5,0.004\n0,0.5,0.004\n", "p.csv:3:", "particle", "twice")]
    public void Run_BadPosterior_ExitsTwoWithOneLineNamingFileLineAndColumn(string csv, params string[] mentions)
    {
        string work = SimCli.TempFolder("bad");
        File.WriteAllText(Path.Combine(work, "p.csv"), csv);
        string config = SimCli.WriteConfig(work, Config("p.csv"));
        string output = Path.Combine(work, "out");

        var result = SimCli.Run("run", config, "--out", output, "--quiet");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Error);
        string error = result.Error.TrimEnd('\n');
        Assert.That(error, Does.Not.Contain('\n'), "one line");
        foreach (var m in mentions) Assert.That(error, Does.Contain(m));
        Assert.That(Directory.Exists(output), Is.False, "nothing written");
    }

    [Test]
    public void Run_MissingPosterior_ExitsTwoNamingTheConfigLine()
    {
        string work = SimCli.TempFolder("missing");
        string config = SimCli.WriteConfig(work, Config("absent.csv"), "exp.yaml");

        var result = SimCli.Run("run", config, "--quiet");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("exp.yaml:7:").And.Contain("parameters").And.Contain("absent.csv"));
    }

    [Test]
    public void Load_ResultsConfigWhosePosteriorChanged_ExitsTwo()
    {
        string work = SimCli.TempFolder("changed");
        File.WriteAllText(Path.Combine(work, "p.csv"), Header + "0,1,0.004,0.3\n");
        string output = Path.Combine(work, "out");
        Assert.That(SimCli.Run("run", SimCli.WriteConfig(work, Config("p.csv", runs: 5, regimes: "[none]")), "--out", output, "--quiet", "--no-report").ExitCode, Is.Zero);
        File.WriteAllText(Path.Combine(output, Posterior.FileName), Header + "0,1,0.005,0.3\n");

        var result = SimCli.Run("check", Path.Combine(output, "config.yaml"));

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("parameters.sha256").And.Contain("changed"));
    }
}
