using System.Runtime.Intrinsics;
using Simulator.Randomness;

namespace Simulator.Tests.Randomness;

public sealed class DrawsTests
{
    // Golden values pin the mixing function: if one changes, every published result changes with it.
    [Test]
    public void Mix_KnownInputs_GivesPinnedValues()
    {
        Assert.That(Keys.Mix(0), Is.EqualTo(0UL));
        Assert.That(Keys.Mix(1), Is.EqualTo(6238072747940578789UL));
    }

    [Test]
    public void UnitsOfIndices_EveryLength_AreTheUniformsOfEachSlotOneAtATime([Values(0, 1, 7, 8, 9, 17, 190)] int slots)
    {
        foreach (ulong key in new[] { 0UL, 42UL, ulong.MaxValue, new Draws(7).YearKey(Purpose.RegimeChange, 1816) })
        {
            var row = new double[slots];
            Keys.UnitsOfIndices(key, row);
            for (int a = 0; a < slots; a++)
                Assert.That(row[a], Is.EqualTo(Draws.UniformFrom(key, a)), $"key {key}, slot {a}");
        }
    }

    [Test]
    public void RowUniforms_OfTheRealAndOfAScriptedSource_AreEachSlotsUniform()
    {
        var draws = new Draws(11);
        var row = new double[23];
        draws.Row(Purpose.ElectedSeats, 3).Uniforms(row);
        for (int a = 0; a < row.Length; a++) Assert.That(row[a], Is.EqualTo(draws.Uniform(Purpose.ElectedSeats, 3, a)));
        IDrawSource scripted = new Scripted();
        scripted.Row(Purpose.ElectedSeats, 3).Uniforms(row);
        for (int a = 0; a < row.Length; a++) Assert.That(row[a], Is.EqualTo(a / 100.0));
    }

    private sealed class Scripted : IDrawSource
    {
        public double Uniform(Purpose purpose, int year, int a, int b = 0, int c = 0) => a / 100.0;
    }

    [Test]
    public void RunSeed_KnownKeys_GivesPinnedValues()
    {
        Assert.That(Keys.RunSeed(20261128, 0, 0), Is.EqualTo(16122739969344469215UL));
        Assert.That(Keys.RunSeed(20261128, 3, 7), Is.EqualTo(3642124765146789650UL));
    }

    [Test]
    public void Uniform_AndNormal_KnownKeys_GivePinnedValues()
    {
        var draws = new Draws(42);

        Assert.That(draws.Uniform(Purpose.CrisisOnset, 5, 1, 2), Is.EqualTo(0.8111281409410365));
        Assert.That(draws.Normal(Purpose.WarDeaths, 10, 3), Is.EqualTo(-0.37968530819996599));
    }

    [Test]
    public void Uniform_SameKey_IsAPureFunctionWhateverWasDrawnBefore()
    {
        var draws = new Draws(7);
        double first = draws.Uniform(Purpose.CrisisEscalation, 12, 3, 9);

        for (int i = 0; i < 100; i++) draws.Uniform(Purpose.CrisisOnset, 12, i, i + 1);
        double again = new Draws(7).Uniform(Purpose.CrisisEscalation, 12, 3, 9);

        Assert.That(again, Is.EqualTo(first));
        Assert.That(draws.Uniform(Purpose.CrisisEscalation, 12, 3, 9), Is.EqualTo(first));
    }

    [Test]
    public void Uniform_DifferentPurposeYearOrIds_GivesDifferentDraws()
    {
        var draws = new Draws(7);
        double u = draws.Uniform(Purpose.CrisisEscalation, 12, 3, 9);

        Assert.That(draws.Uniform(Purpose.CrisisOnset, 12, 3, 9), Is.Not.EqualTo(u));
        Assert.That(draws.Uniform(Purpose.CrisisEscalation, 13, 3, 9), Is.Not.EqualTo(u));
        Assert.That(draws.Uniform(Purpose.CrisisEscalation, 12, 9, 3), Is.Not.EqualTo(u));
        Assert.That(new Draws(8).Uniform(Purpose.CrisisEscalation, 12, 3, 9), Is.Not.EqualTo(u));
    }

    [Test]
    public void Uniform_ManyKeys_PassesChiSquareUniformity()
    {
        // 200,000 draws over consecutive ids (the hardest case for a weak mixer) into 20 bins.
        // Under uniformity the statistic is chi-square with 19 df; its 0.999 quantile is 43.82.
        const int bins = 20, n = 200_000;
        var counts = new int[bins];
        var draws = new Draws(20261128);
        for (int i = 0; i < n; i++)
        {
            double u = draws.Uniform(Purpose.CrisisOnset, i / 1000, i % 1000, 1);
            counts[(int)(u * bins)]++;
        }

        double expected = (double)n / bins;
        double chi2 = counts.Sum(c => (c - expected) * (c - expected) / expected);

        Assert.That(chi2, Is.LessThan(43.82));
    }

    [Test]
    public void Normal_ManyKeys_HasMeanZeroAndVarianceOne()
    {
        // With n = 100,000 the standard error of the mean is 0.0032 and of the variance about 0.0045;
        // the bounds are 5 standard errors wide.
        const int n = 100_000;
        var draws = new Draws(99);
        double sum = 0, sumSq = 0;
        for (int i = 0; i < n; i++)
        {
            double z = draws.Normal(Purpose.CapabilityShock, i / 100, i % 100);
            sum += z;
            sumSq += z * z;
        }
        double mean = sum / n, variance = sumSq / n - mean * mean;

        Assert.That(mean, Is.EqualTo(0).Within(0.016));
        Assert.That(variance, Is.EqualTo(1).Within(0.023));
    }

    [Test]
    public void ToUnit_Extremes_StayInHalfOpenUnitInterval()
    {
        Assert.That(Keys.ToUnit(0), Is.EqualTo(0.0));
        Assert.That(Keys.ToUnit(ulong.MaxValue), Is.LessThan(1.0));
    }

    [Test]
    public void YearKeyCache_KeysKeptAcrossPurposesAndYears_DrawsWhatTheGeneratorDraws()
    {
        var draws = new Draws(77);
        IDrawSource cached = new YearKeyCache(draws);
        Purpose[] purposes = [Purpose.CouncilTakeUp, Purpose.Veto, Purpose.ElectedVote, Purpose.AssemblyRecommendation, (Purpose)900];
        int[] years = [1816, 1816, 1817, 1816, -3, 0, 2015, 2015];
        foreach (int year in years)
            foreach (var purpose in purposes)
                for (int a = 0; a < 5; a++)
                {
                    Assert.That(cached.Uniform(purpose, year, a, a + 1, 2), Is.EqualTo(draws.Uniform(purpose, year, a, a + 1, 2)), $"{purpose} {year} {a}");
                    Assert.That(cached.Row(purpose, year).Uniform(a, 3), Is.EqualTo(draws.Uniform(purpose, year, a, 3)), $"row {purpose} {year} {a}");
                }
    }

    [Test]
    public void YearKeyCache_TakenAgainForAnotherRun_DrawsThatRunsDraws()
    {
        // A run hands its cache to the thread's next run: the next must not see the keys of the last.
        var first = new Draws(77);
        var cache = YearKeyCache.Take(first);
        double before = cache.Uniform(Purpose.Veto, 1816, 3);
        Assert.That(before, Is.EqualTo(first.Uniform(Purpose.Veto, 1816, 3)));
        YearKeyCache.Keep(cache);

        var second = new Draws(78);
        var again = YearKeyCache.Take(second);
        Assert.That(again, Is.SameAs(cache), "the spare is taken");
        Assert.That(again.Uniform(Purpose.Veto, 1816, 3), Is.EqualTo(second.Uniform(Purpose.Veto, 1816, 3)).And.Not.EqualTo(before));
        Assert.That(YearKeyCache.Take(second), Is.Not.SameAs(again), "a cache in use is no spare");
    }

    [Test]
    public void NormalsFrom_EightOrFourIds_AreNormalFromOfEachId()
    {
        bool eight = Simulator.Numerics.PortableMath.IsVectorised;
        if (!eight && !Simulator.Numerics.PortableMath.IsVectorisedFour) Assert.Ignore("neither AVX-512 nor AVX2 here: the vector paths are never taken");
        int width = eight ? 8 : 4;
        var draws = new Draws(99);
        var normals = new double[width];
        for (int year = 0; year < 50; year++)
        {
            ulong key = draws.YearKey(Purpose.CivilWarCourse, year);
            for (int first = 0; first < 4000; first += width)
            {
                var ids = Enumerable.Range(0, width).Select(l => (ulong)(first * 131 + l * 977 + year) % (1 << 21)).ToArray();
                if (eight) Draws.NormalsFrom(key, Vector512.Create(ids)).CopyTo(normals);
                else Draws.NormalsFrom(key, Vector256.Create(ids)).CopyTo(normals);
                for (int l = 0; l < width; l++)
                    Assert.That(normals[l], Is.EqualTo(Draws.NormalFrom(key, (int)ids[l])), $"year {year}, id {ids[l]}");
            }
        }
    }
}
