using Analysis.Statistics;

namespace Analysis.Tests.Statistics;

public sealed class KaplanMeierCountsTests
{
    [Test]
    public void FitCounts_RandomHistograms_IdenticalToFitOnTheExpandedSpells()
    {
        var random = new Random(11);
        for (int trial = 0; trial < 50; trial++)
        {
            int times = 1 + random.Next(30);
            var events = new long[times];
            var censored = new long[times];
            var durations = new List<double>();
            var flags = new List<bool>();
            for (int t = 0; t < times; t++)
            {
                events[t] = random.Next(4);
                censored[t] = random.Next(3);
                for (int k = 0; k < events[t]; k++) { durations.Add(t); flags.Add(true); }
                for (int k = 0; k < censored[t]; k++) { durations.Add(t); flags.Add(false); }
            }

            var expected = KaplanMeier.Fit(durations.ToArray(), flags.ToArray());
            var actual = KaplanMeier.FitCounts(events, censored);

            Assert.That(actual.Count, Is.EqualTo(expected.Count));
            Assert.That(actual.Steps.ToArray(), Is.EqualTo(expected.Steps.ToArray()));
            Assert.That(actual.FailureBy(10), Is.EqualTo(expected.FailureBy(10)));
        }
    }
}
