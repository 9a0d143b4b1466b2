using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Simulator.Randomness;

/// <summary>
/// A keyed lottery: each candidate enters with its keyed draw, and the candidates with the smallest
/// draws win, a tie going to the lower id (the order of a sort of the (draw, id) pairs). Elected
/// Council seats and the states whose regime changes in a calendar year are chosen this way.
/// Reused from draw to draw: after its buffers have grown to the number of candidates, a lottery
/// allocates nothing.
/// </summary>
/// <remarks>
/// An insertion into a short sorted list, which this replaces, mispredicted a branch or two at every
/// candidate: choosing ten seats among 34 states cost some 0.6 µs. Here only the candidates whose draw
/// is below a threshold that some k + 2√k + 2 of them pass are ranked. When at least the k winners are
/// below it, every candidate at or above it loses to all of them, so the winners are the same as a sort
/// of every candidate gives; when fewer are, every candidate is ranked. A candidate's rank is the number
/// of candidates with a smaller draw, counted four at a time without a branch; when two draws are equal
/// (a chance of some 2⁻⁵³ a pair: in practice never; the ranks then add up to less than 0 + 1 + ... + m - 1)
/// they are counted again on (draw, id) pairs.
/// </remarks>
internal sealed class Lottery
{
    private double[] draws = new double[16], nearDraws = new double[16];
    private int[] ids = new int[16], nearIds = new int[16];
    private int count;

    /// <summary>Candidates entered since the last <see cref="Begin"/>.</summary>
    public int Count => count;

    /// <summary>Starts a new lottery with no candidates.</summary>
    public void Begin() => count = 0;

    /// <summary>
    /// Starts a lottery among the slots below <paramref name="slots"/>, with room for each of them, and
    /// returns a row to hold their draws (<see cref="DrawRow.Uniforms"/>), for <see cref="EnterIf"/>.
    /// </summary>
    public Span<double> Begin(int slots)
    {
        count = 0;
        // Grown by doubling: in the calendar world the slots in use grow a few a year, and buffers of just
        // the new size cost a calendar run some 180 KB of garbage in the state system's yearly lottery.
        if (draws.Length < slots)
        {
            draws = new double[Math.Max(slots, 2 * draws.Length)];
            ids = new int[draws.Length];
        }
        if (row.Length < slots) row = new double[Math.Max(slots, 2 * row.Length)];
        return row.AsSpan(0, slots);
    }

    private double[] row = [];

    /// <summary>
    /// Enters the id with its draw when <paramref name="eligible"/>, without a branch: which slots are
    /// eligible (democracies or not, say) is a coin toss to the processor's predictor. Only after
    /// <see cref="Begin(int)"/>, once per slot.
    /// </summary>
    public void EnterIf(bool eligible, int id, double draw)
    {
        draws[count] = draw;
        ids[count] = id;
        count += eligible ? 1 : 0;
    }

    /// <summary>Enters candidate <paramref name="id"/> (once a lottery) with its keyed draw.</summary>
    public void Enter(int id, double draw)
    {
        if (count == draws.Length)
        {
            Array.Resize(ref draws, 2 * count);
            Array.Resize(ref ids, 2 * count);
        }
        draws[count] = draw;
        ids[count++] = id;
    }

    /// <summary>
    /// Writes the winners, smallest draw first, into <paramref name="winners"/> (as many as it holds, or
    /// every candidate if there are fewer) and returns how many won.
    /// </summary>
    public int Draw(Span<int> winners)
    {
        int k = Math.Min(winners.Length, count);
        if (k == 0) return 0;
        int capacity = (count + 7) & ~7; // room for the padding of the ranking's last block
        if (nearDraws.Length < capacity)
        {
            nearDraws = new double[Math.Max(capacity, 2 * nearDraws.Length)];
            nearIds = new int[nearDraws.Length];
        }
        int m = 0;
        double threshold = NearThreshold(k, count);
        if (threshold < double.PositiveInfinity)
        {
            // Spans, so the loop reads the four arrays once, not after every store (they might alias).
            var from = draws.AsSpan(0, count);
            var fromIds = ids.AsSpan(0, count);
            var near = nearDraws.AsSpan(0, count);
            var nearAt = nearIds.AsSpan(0, count);
            for (int x = 0; x < from.Length; x++)
            {
                double draw = from[x];
                near[m] = draw;
                nearAt[m] = fromIds[x];
                m += draw < threshold ? 1 : 0;
            }
        }
        if (m < k)
        {
            Array.Copy(draws, nearDraws, count);
            Array.Copy(ids, nearIds, count);
            m = count;
        }
        if (!RankByDraw(m, k, winners)) RankByDrawAndId(m, k, winners);
        return k;
    }

    /// <summary>
    /// The draw below which some k + 2√k + 2 of <paramref name="candidates"/> uniform draws fall, or +∞ when
    /// the candidates are too few for a threshold to pay. When at least <paramref name="k"/> candidates are
    /// below it, the winners are among them: a caller may enter only those, and all if fewer are.
    /// </summary>
    public static double NearThreshold(int k, int candidates) =>
        candidates > 2 * k + 8 ? (k + 2 * Math.Sqrt(k) + 2) / candidates : double.PositiveInfinity;

    /// <summary>
    /// Ranks the first <paramref name="m"/> candidates of the near list by draw alone, eight (or four) draws at a
    /// time, and seats the first <paramref name="k"/>; false (winners unfinished) when two draws are equal.
    /// </summary>
    private bool RankByDraw(int m, int k, Span<int> winners)
    {
        int padded = (m + 7) & ~7;
        var near = nearDraws.AsSpan(0, padded);
        var nearAt = nearIds.AsSpan(0, m);
        near[m..].Fill(double.PositiveInfinity); // below no draw
        // Without ties the ranks are 0 to m - 1, each once; a tie gives its draws the same, lowest, rank,
        // so the ranks add up to less.
        long ranks = 0;
        ref double first = ref MemoryMarshal.GetArrayDataReference(nearDraws);
        for (int x = 0; x < m; x++)
        {
            double draw = near[x];
            int below = 0;
            if (Vector512.IsHardwareAccelerated)
            {
                var d = Vector512.Create(draw);
                for (int y = 0; y < padded; y += Vector512<double>.Count)
                    below += BitOperations.PopCount(Vector512.LessThan(Vector512.LoadUnsafe(ref first, (nuint)y), d).ExtractMostSignificantBits());
            }
            else if (Vector256.IsHardwareAccelerated)
            {
                var d = Vector256.Create(draw);
                for (int y = 0; y < padded; y += Vector256<double>.Count)
                    below += BitOperations.PopCount(Vector256.LessThan(Vector256.LoadUnsafe(ref first, (nuint)y), d).ExtractMostSignificantBits());
            }
            else
                for (int y = 0; y < m; y++)
                    below += near[y] < draw ? 1 : 0;
            ranks += below;
            if (below < k) winners[below] = nearAt[x];
        }
        return ranks == (long)m * (m - 1) / 2;
    }

    /// <summary>Ranks by (draw, id): the rare lottery in which two draws are equal.</summary>
    private void RankByDrawAndId(int m, int k, Span<int> winners)
    {
        for (int x = 0; x < m; x++)
        {
            double draw = nearDraws[x];
            int id = nearIds[x], rank = 0;
            for (int y = 0; y < m; y++)
                if (nearDraws[y] < draw || (nearDraws[y] == draw && nearIds[y] < id)) rank++;
            if (rank < k) winners[rank] = id;
        }
    }
}
