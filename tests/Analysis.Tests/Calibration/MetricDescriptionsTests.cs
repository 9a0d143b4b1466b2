using Analysis.Report;

namespace Analysis.Tests.Calibration;

public class MetricDescriptionsTests
{
    [TestCase("war_onsets_per_year@1816-1914", "inter-state wars starting per year, 1816-1914")]
    [TestCase("wars_prevented_share@1946-1989", "share of the baseline's wars that do not start under this regime, 1946-1989")]
    [TestCase("rr_war_dyads_rival_vs_non_rival", "war onset rate of rivals over non-rivals")]
    [TestCase("no_such_metric@1816-1914", "")]
    public void Of_EraAndDyadMetrics_HavePlainMeanings(string metric, string meaning) =>
        Assert.That(MetricDescriptions.Of(metric), Is.EqualTo(meaning));
}
