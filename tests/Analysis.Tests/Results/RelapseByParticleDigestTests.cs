using System.Text;
using Analysis.Results;
using Analysis.Statistics;

namespace Analysis.Tests.Results;

/// <summary>
/// The results digest hands each run's peace spells to the particle its run drew, once per run: what it
/// computes from runs.csv and episodes.csv is what the spells fed by hand give.
/// </summary>
public sealed class RelapseByParticleDigestTests
{
    private const int Runs = 30, Years = 100;
    private const string EpisodesHeader = "point,regime,run,episode,kind,start_year,end_year,ended_by,battle_deaths,great_powers,great_power_war,relapse_of,challenger,target,participants,pko";

    private static string RunsCsv(bool withParticles)
    {
        var text = new StringBuilder(withParticles ? "point,regime,run,seed,particle,years\n" : "point,regime,run,seed,years\n");
        for (int r = 0; r < Runs; r++)
            text.Append(withParticles ? $"0,none,{r},{r},{r % 3},{Years}\n" : $"0,none,{r},{r},{Years}\n");
        return text.ToString();
    }

    /// <summary>
    /// Run r ends a civil conflict in year 10; particle 0's runs renew it 2 years later, particle 1's 8 years later,
    /// particle 2's never; a renewal ends in year 30 and is not renewed. Runs 27-29 have no episodes at all.
    /// </summary>
    private static string EpisodesCsv(bool splitRun = false)
    {
        var text = new StringBuilder(EpisodesHeader + "\n");
        void Episode(int run, int number, int start, int end, int relapseOf) =>
            text.Append($"0,none,{run},{number},civil,{start},{end},government_victory,100,0,false,{(relapseOf < 0 ? "" : relapseOf)},1,,1,false\n");
        for (int r = 0; r < Runs - 3; r++)
        {
            Episode(r, 0, 5, 10, -1);
            if (r % 3 < 2) Episode(r, 1, r % 3 == 0 ? 12 : 18, 30, 0);
        }
        if (splitRun) Episode(0, 2, 40, 45, -1); // run 0 again, after the others
        return text.ToString();
    }

    [TestCase(5)]
    [TestCase(10)]
    public void RelapseParameterVariance_IsTheSpellsOfEachRunByItsParticle(int horizon)
    {
        var group = ResultsDigest.FromText(RunsCsv(withParticles: true), null, EpisodesCsv()).Groups.Single();
        var byHand = new KaplanMeierByParticle(GroupDigest.RelapseYearsKept);
        for (int r = 0; r < Runs; r++)
        {
            if (r < Runs - 3)
            {
                if (r % 3 == 0) byHand.AddSpell(2, relapsed: true);
                else if (r % 3 == 1) byHand.AddSpell(8, relapsed: true);
                else byHand.AddSpell(Years - 1 - 10, relapsed: false);
                if (r % 3 < 2) byHand.AddSpell(Years - 1 - 30, relapsed: false);
            }
            byHand.EndRun(r % 3);
        }
        var particles = Enumerable.Range(0, Runs).Select(r => (double)(r % 3)).ToArray();

        double variance = group.RelapseParameterVariance(civil: true, horizon);

        Assert.That(variance, Is.EqualTo(byHand.ParameterVariance(horizon, particles)));
        Assert.That(variance, Is.GreaterThan(0), "the particles relapse differently");
    }

    [Test]
    public void RelapseParameterVariance_WithoutAPosterior_IsNaN()
    {
        var group = ResultsDigest.FromText(RunsCsv(withParticles: false), null, EpisodesCsv()).Groups.Single();

        Assert.That(group.RelapseParameterVariance(civil: true, 10), Is.NaN);
    }

    [Test]
    public void Read_ARunsEpisodesInTwoBlocks_IsRefused() =>
        Assert.That(() => ResultsDigest.FromText(RunsCsv(withParticles: true), null, EpisodesCsv(splitRun: true)),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("episodes of run 0").And.Message.Contains("not all together"));
}
