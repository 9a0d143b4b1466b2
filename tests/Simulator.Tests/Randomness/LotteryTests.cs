using Simulator.Randomness;

namespace Simulator.Tests.Randomness;

/// <summary>A lottery's winners are the first of a sort of the (draw, id) pairs, whatever path it takes.</summary>
public sealed class LotteryTests
{
    private static int[] BySort(IReadOnlyList<(double Draw, int Id)> entries, int seats) =>
        entries.OrderBy(e => e.Draw).ThenBy(e => e.Id).Take(seats).Select(e => e.Id).ToArray();

    private static int[] ByLottery(Lottery lottery, IReadOnlyList<(double Draw, int Id)> entries, int seats)
    {
        lottery.Begin();
        foreach (var (draw, id) in entries) lottery.Enter(id, draw);
        var winners = new int[seats];
        return winners[..lottery.Draw(winners)];
    }

    [Test]
    public void Draw_ManyCandidatesFewSeats_WinnersAreTheSmallestDrawsInOrder(
        [Values(1, 3, 10)] int seats, [Values(5, 34, 190)] int candidates)
    {
        var rng = new Random(seats * 1000 + candidates);
        var lottery = new Lottery();
        for (int trial = 0; trial < 200; trial++)
        {
            // Ids in any order, some slots skipped, as the living states of a calendar world.
            var entries = Enumerable.Range(0, candidates).Select(i => (rng.NextDouble(), 3 * i + rng.Next(3)))
                .OrderBy(_ => rng.Next()).ToList();

            Assert.That(ByLottery(lottery, entries, seats), Is.EqualTo(BySort(entries, seats)), $"trial {trial}");
        }
    }

    [Test]
    public void EnterIf_EverySlotOfARow_WinnersAreThoseOfTheEligibleSlotsAlone(
        [Values(1, 3, 10)] int seats, [Values(0, 5, 34, 190)] int slots)
    {
        var rng = new Random(seats * 1000 + slots);
        var lottery = new Lottery();
        for (int trial = 0; trial < 100; trial++)
        {
            // The lottery is reused with rows of every size, as the Council's elections and the regime changes reuse theirs.
            int length = trial % 2 == 0 ? slots : rng.Next(slots + 1);
            var row = lottery.Begin(length);
            Assert.That(row.Length, Is.EqualTo(length));
            var eligible = new bool[length];
            var entries = new List<(double Draw, int Id)>();
            for (int i = 0; i < length; i++)
            {
                row[i] = rng.NextDouble();
                eligible[i] = rng.Next(3) > 0;
                if (eligible[i]) entries.Add((row[i], i));
            }
            for (int i = 0; i < length; i++) lottery.EnterIf(eligible[i], i, row[i]);
            var winners = new int[seats];

            Assert.That(lottery.Count, Is.EqualTo(entries.Count));
            Assert.That(winners[..lottery.Draw(winners)], Is.EqualTo(BySort(entries, seats)), $"trial {trial}");
        }
    }

    [Test]
    public void Begin_RowsGrowingASlotAYear_DrawTheSortsWinnersAndAllocateLittle()
    {
        // The calendar world's yearly regime lottery: the slots in use grow a slot or so a year for two centuries.
        var rng = new Random(5);
        var lottery = new Lottery();
        var winners = new int[4];
        long allocated = 0; // by the lottery alone, not by the test's lists
        for (int slots = 20; slots <= 350; slots++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var row = lottery.Begin(slots);
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
            for (int i = 0; i < slots; i++) row[i] = rng.NextDouble();
            before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < slots; i++) lottery.EnterIf(i % 3 > 0, i, row[i]);
            int won = lottery.Draw(winners);
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
            var draws = row.ToArray();
            var entries = Enumerable.Range(0, slots).Where(i => i % 3 > 0).Select(i => (draws[i], i)).ToList();
            Assert.That(winners[..won], Is.EqualTo(BySort(entries, winners.Length)), $"{slots} slots");
        }
        // Buffers grown by doubling stay under four times the last ones (20 bytes a slot for the row, the
        // draws and the ids, 12 a candidate for the near list: some 8 KB); a new buffer at every growth of
        // the slots would take some 1.2 MB.
        Assert.That(allocated, Is.LessThan(40_000), "bytes the lottery allocated over 331 lotteries");
    }

    [Test]
    public void Draw_EqualDraws_TheLowerIdWins()
    {
        // Draws from a handful of values: ties everywhere, across the threshold and at the last seat.
        var rng = new Random(7);
        var lottery = new Lottery();
        for (int trial = 0; trial < 200; trial++)
        {
            var entries = Enumerable.Range(0, 60).Select(i => (rng.Next(8) / 64.0, i)).OrderBy(_ => rng.Next()).ToList();

            Assert.That(ByLottery(lottery, entries, 10), Is.EqualTo(BySort(entries, 10)), $"trial {trial}");
        }
    }

    [Test]
    public void Draw_FewerCandidatesThanSeats_EveryCandidateWinsInOrder()
    {
        var entries = new List<(double, int)> { (0.9, 4), (0.1, 7), (0.5, 2) };

        Assert.That(ByLottery(new Lottery(), entries, 10), Is.EqualTo(new[] { 7, 2, 4 }));
        Assert.That(ByLottery(new Lottery(), [], 10), Is.Empty);
    }

    [Test]
    public void Draw_DrawsCrowdedAboveTheThreshold_StillFindsEveryWinner()
    {
        // Too few candidates below the threshold (k + 2√k + 2) / n: the lottery ranks every candidate.
        var entries = Enumerable.Range(0, 100).Select(i => (0.9 + i * 1e-4, i)).Concat([(0.01, 500)]).ToList();

        Assert.That(ByLottery(new Lottery(), entries, 5), Is.EqualTo(BySort(entries, 5)));
    }
}
