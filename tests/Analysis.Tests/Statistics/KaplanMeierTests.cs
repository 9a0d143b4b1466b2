using Analysis.Statistics;

namespace Analysis.Tests.Statistics;

public class KaplanMeierTests
{
    // Freireich et al. (1963) 6-MP arm of the leukaemia remission trial, weeks; false = censored.
    private static readonly double[] SixMpTimes =
        [6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35];

    private static readonly bool[] SixMpEvents =
        [true, true, true, false, true, false, true, false, false, true, true, false, false, false, true, true, false, false, false, false, false];

    [Test]
    public void Fit_SixMpArm_MatchesPublishedTable()
    {
        // Arrange: Kleinbaum & Klein, Survival Analysis: A Self-Learning Text (3rd ed.), ch. 2,
        // KM table of the 6-MP group with Greenwood standard errors, published to 3 decimals.
        double[] times = [6, 7, 10, 13, 16, 22, 23];
        long[] atRisk = [21, 17, 15, 12, 11, 7, 6];
        long[] deaths = [3, 1, 1, 1, 1, 1, 1];
        double[] survival = [0.857, 0.807, 0.753, 0.690, 0.627, 0.538, 0.448];
        double[] stdError = [0.076, 0.087, 0.096, 0.107, 0.114, 0.128, 0.135];

        // Act
        KaplanMeierCurve curve = KaplanMeier.Fit(SixMpTimes, SixMpEvents);

        // Assert: half a unit in the third decimal, the published rounding.
        ReadOnlySpan<KaplanMeierStep> steps = curve.Steps;
        Assert.That(steps.Length, Is.EqualTo(times.Length));
        using (Assert.EnterMultipleScope())
        {
            for (int j = 0; j < times.Length; j++)
            {
                Assert.That(steps[j].Time, Is.EqualTo(times[j]));
                Assert.That(steps[j].AtRisk, Is.EqualTo(atRisk[j]));
                Assert.That(steps[j].Events, Is.EqualTo(deaths[j]));
                Assert.That(steps[j].Survival, Is.EqualTo(survival[j]).Within(5e-4));
                Assert.That(steps[j].StdError, Is.EqualTo(stdError[j]).Within(5e-4));
            }
        }
    }

    [Test]
    public void FailureBy_SixMpAtWeek15_IsOneMinusLogLogInterval()
    {
        // Arrange: S(13) = 0.690196078431373, Greenwood sum = 3/(21·18) + 1/(17·16) + 1/(15·14)
        // + 1/(12·11) = 0.0239518...; σ = √sum / |ln S| and S^exp(±zσ) give the log(−log) limits
        // (0.431610222486184, 0.849065963349451) with z = 1.959963984540054 (python3, math only).
        KaplanMeierCurve curve = KaplanMeier.Fit(SixMpTimes, SixMpEvents);

        // Act: week 15 lies between the events at 13 and 16, so it reads the step at 13.
        Interval failure = curve.FailureBy(15);

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.Estimate, Is.EqualTo(1 - 0.690196078431373).Within(1e-12));
            Assert.That(failure.Low, Is.EqualTo(1 - 0.849065963349451).Within(1e-12));
            Assert.That(failure.High, Is.EqualTo(1 - 0.431610222486184).Within(1e-12));
        }
    }

    [Test]
    public void SurvivalAt_SixMpFirstEvent_MatchesLogLogInterval()
    {
        // Arrange: S(6) = 18/21, Greenwood sum 3/(21·18); limits by the formula above in python3.
        KaplanMeierCurve curve = KaplanMeier.Fit(SixMpTimes, SixMpEvents);

        // Act
        Interval survival = curve.SurvivalAt(6);

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(survival.Estimate, Is.EqualTo(18.0 / 21.0).Within(1e-15));
            Assert.That(survival.Low, Is.EqualTo(0.619717955265984).Within(1e-12));
            Assert.That(survival.High, Is.EqualTo(0.951551747646997).Within(1e-12));
        }
    }

    [Test]
    public void Fit_TiedEventAndCensoring_CountsCensoredAsAtRisk()
    {
        // Arrange: durations 1, 2, 2*, 3, 4* (* censored). By hand:
        // t=1: n=5, d=1, S = 4/5 = 0.8;  t=2: n=4 (the censored 2 still at risk), d=1, S = 0.8·3/4 = 0.6;
        // t=3: n=2, d=1, S = 0.3. Greenwood sum at 3 = 1/(5·4) + 1/(4·3) + 1/(2·1) = 0.6333...,
        // SE = 0.3·√0.6333 = 0.238746727726266.
        double[] durations = [3, 2, 4, 1, 2];
        bool[] events = [true, false, false, true, true];

        // Act
        KaplanMeierCurve curve = KaplanMeier.Fit(durations, events);

        // Assert
        ReadOnlySpan<KaplanMeierStep> steps = curve.Steps;
        Assert.That(steps.ToArray(), Is.EqualTo(new[]
        {
            new KaplanMeierStep(1, 0.8, 0.8 * Math.Sqrt(1.0 / 20), 5, 1),
            new KaplanMeierStep(2, 0.6, 0.6 * Math.Sqrt(1.0 / 20 + 1.0 / 12), 4, 1),
            new KaplanMeierStep(3, 0.3, 0.238746727726266, 2, 1),
        }).Using<KaplanMeierStep>((a, b) =>
            a.Time == b.Time && a.AtRisk == b.AtRisk && a.Events == b.Events
            && Math.Abs(a.Survival - b.Survival) < 1e-12 && Math.Abs(a.StdError - b.StdError) < 1e-12));
    }

    [Test]
    public void Fit_TiedEvents_DropByShareFailing()
    {
        // Arrange: durations 2, 2, 3*, 5, 5*, 8. By hand: t=2: n=6, d=2, S = 4/6;
        // t=5: n=3, d=1, S = 4/6·2/3 = 4/9; t=8: n=1, d=1, S = 0 (Greenwood undefined, SE reported 0).
        double[] durations = [2, 2, 3, 5, 5, 8];
        bool[] events = [true, true, false, true, false, true];

        // Act
        KaplanMeierCurve curve = KaplanMeier.Fit(durations, events);

        // Assert: SE at 5 = (4/9)·√(2/(6·4) + 1/(3·2)) = (4/9)·0.5 = 0.2222...
        ReadOnlySpan<KaplanMeierStep> steps = curve.Steps;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(steps.Length, Is.EqualTo(3));
            Assert.That(steps[0].Survival, Is.EqualTo(4.0 / 6.0).Within(1e-15));
            Assert.That(steps[1].Survival, Is.EqualTo(4.0 / 9.0).Within(1e-15));
            Assert.That(steps[1].StdError, Is.EqualTo(2.0 / 9.0).Within(1e-15));
            Assert.That(steps[2].Survival, Is.Zero);
            Assert.That(steps[2].StdError, Is.Zero);
            Assert.That(curve.FailureBy(9), Is.EqualTo(new Interval(1, 1, 1)));
        }
    }

    [Test]
    public void FailureBy_BeforeFirstEvent_IsZero()
    {
        // Arrange
        KaplanMeierCurve curve = KaplanMeier.Fit(SixMpTimes, SixMpEvents);

        // Act
        Interval failure = curve.FailureBy(5.9);

        // Assert
        Assert.That(failure, Is.EqualTo(new Interval(0, 0, 0)));
    }

    [Test]
    public void Fit_ReversedInput_GivesIdenticalCurve()
    {
        // Arrange
        double[] reversedTimes = SixMpTimes.Reverse().ToArray();
        bool[] reversedEvents = SixMpEvents.Reverse().ToArray();

        // Act
        KaplanMeierStep[] original = KaplanMeier.Fit(SixMpTimes, SixMpEvents).Steps.ToArray();
        KaplanMeierStep[] reversed = KaplanMeier.Fit(reversedTimes, reversedEvents).Steps.ToArray();

        // Assert: bit-identical, since the sort imposes a total order.
        Assert.That(reversed, Is.EqualTo(original));
    }

    [Test]
    public void Fit_NoObservations_HasNoSteps()
    {
        // Arrange, Act
        KaplanMeierCurve curve = KaplanMeier.Fit([], []);

        // Assert
        using (Assert.EnterMultipleScope())
        {
            Assert.That(curve.Count, Is.Zero);
            Assert.That(curve.Steps.Length, Is.Zero);
            Assert.That(curve.SurvivalAt(1), Is.EqualTo(new Interval(1, 1, 1)));
        }
    }
}
