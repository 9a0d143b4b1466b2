using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Simulator.Engine;
using Simulator.Entities;
using Simulator.Numerics;
using Simulator.Randomness;

namespace Simulator.Processes;

/// <summary>
/// Step 4: every politically relevant dyad not at war draws a dispute with hazard λ = λ0 · RR
/// (MODEL.md section 3.4): contiguity, great powers, rivalry, joint democracy, grievance, a recent
/// war between them, and alliance. One keyed draw per relevant dyad-year; nothing allocated.
/// </summary>
/// <remarks>
/// The draw is keyed by the pair, so it can come first; most draws are far above any hazard the pair
/// could have, and the year is settled without reading the two states. The bound multiplies, in the
/// formula's order, the same factors with joint democracy and alliance each replaced by the larger of
/// its risk and 1. Rounding is monotone, so with factors that are not negative (their ranges) the
/// bound is never below the hazard, and a draw at or above it is no crisis: the same crises, in the
/// same order, as computing every hazard in full.
///
/// The bound is kept with the dyad (as the least float above it) and read before anything else the next
/// year. It stays a bound while nothing raises a factor: rivalry and grievance only decay between the
/// crises and wars that raise them, the recent-war factor falls with the years since the war, and kind,
/// parameters and the two larger-of-1 factors do not move. The events that raise a factor forget the
/// bound (<see cref="World.ForgetCrisisBound"/>); a pair that enters the set or changes kind starts
/// without one, and a pair at war is bounded by 0 until its war ends. The regime's factor for a pair
/// that fought (a deployed mission) is left out of the bound: peacekeeping's is at most 1, which keeps
/// the hazard under it; a regime that may raise it has every such pair asked about. So the scan reads
/// 16 bytes and draws for most pairs, contested or not, and computes the factors only for the few whose
/// draw falls below the bound, finding the same crises as before.
/// </remarks>
internal sealed class CrisisOnset : IAnnualProcess
{
    private readonly RunContext context;
    private readonly Decay recentWar;
    /// <summary>λ0 times the relative risks a dyad's kind carries (contiguity, then each great power), multiplied in that order.</summary>
    private readonly double[] byKind = new double[(int)RelevantDyad.Kinds.Count];
    /// <summary><see cref="byKind"/> times the larger of 1 and each of joint democracy's and alliance's risks: the start of every bound.</summary>
    private readonly double[] boundByKind = new double[(int)RelevantDyad.Kinds.Count];
    /// <summary>The rivalry-and-grievance factor of a pair that has had neither: 1 for any risks, but computed as the full formula computes it.</summary>
    private readonly double quietFactor;

    public CrisisOnset(RunContext context)
    {
        this.context = context;
        var p = context.Parameters.Crises;
        recentWar = Decay.Of(p.RecentWarDecayYears);
        quietFactor = 1 + p.RivalryRisk * 0.0 + p.GrievanceRisk * Math.Max(0.0, 0.0);
        for (int k = 0; k < byKind.Length; k++)
        {
            var kind = (RelevantDyad.Kinds)k;
            double hazard = p.BaseHazard;
            if (kind.HasFlag(RelevantDyad.Kinds.Contiguous)) hazard *= p.ContiguityRisk;
            if (kind.HasFlag(RelevantDyad.Kinds.AGreat)) hazard *= p.GreatPowerRisk;
            if (kind.HasFlag(RelevantDyad.Kinds.BGreat)) hazard *= p.GreatPowerRisk;
            byKind[k] = hazard;
            double bound = hazard * Math.Max(1, p.JointDemocracyRisk);
            bound *= Math.Max(1, p.AllianceRisk);
            boundByKind[k] = double.IsFinite(bound) && hazard >= 0 ? bound : double.PositiveInfinity;
        }
    }

    public void Advance(World world)
    {
        context.CrisisDyads.Clear();
        int year = world.Year;
        ulong key = context.Draws.YearKey(Purpose.CrisisOnset, year);
        var relevant = world.Relevant.Dyads;
        scanned = world;
        // Without a mission between two states still deployed the regime's answer is 1 for every pair.
        missions = context.Regime.DyadMissionsUntil > year;
        // Most pairs settle at the bound last computed for them (see the remarks); with a mission deployed
        // that may raise the hazard, not those that fought. Two loops, so the common one tests nothing else.
        unbounded = missions && context.Regime.MayRaiseRenewedWarHazard;
        if (!unbounded)
        {
            int d = PortableMath.IsVectorised ? ScanEight(relevant, key) : 0;
            foreach (ref var dyad in relevant[d..])
            {
                double u = Draws.UniformFrom(key, dyad.A, dyad.B);
                if (u < dyad.CrisisBound) Consider(ref dyad, u);
            }
        }
        else
        {
            foreach (ref var dyad in relevant)
            {
                double u = Draws.UniformFrom(key, dyad.A, dyad.B);
                if (u < dyad.CrisisBound || dyad.Fought) Consider(ref dyad, u);
            }
        }
        scanned = null;
        // The set keeps no order: the year's crises are taken up in dyad order, as the model has them.
        SortFew(CollectionsMarshal.AsSpan(context.CrisisDyads));
    }

    /// <summary>
    /// The common loop eight dyads at a time with AVX-512: each dyad's draw and bound as the one-at-a-time
    /// loop computes them (the same integer operations on the key, the same conversions), and the few
    /// below their bound considered in dyad order. Returns how many dyads it covered (a multiple of eight).
    /// </summary>
    private int ScanEight(Span<RelevantDyad> relevant, ulong key)
    {
        // A dyad is four 32-bit words (RelevantDyad's layout): [1] holds its two states, 16 bits each, and
        // [2] its bound. One permute picks those words of eight dyads out of two 64-byte loads.
        var pick = Vector512.Create(1u, 5, 9, 13, 17, 21, 25, 29, 2, 6, 10, 14, 18, 22, 26, 30);
        ref uint words = ref Unsafe.As<RelevantDyad, uint>(ref MemoryMarshal.GetReference(relevant));
        int d = 0;
        for (; d + 8 <= relevant.Length; d += 8)
        {
            var picked = Avx512F.PermuteVar16x32x2(Vector512.LoadUnsafe(ref words, (nuint)(4 * d)), pick,
                Vector512.LoadUnsafe(ref words, (nuint)(4 * d + 16)));
            var states = picked.GetLower();
            var ids = Avx512F.ConvertToVector512UInt64(states & Vector256.Create(0xFFFFu))
                      | (Avx512F.ConvertToVector512UInt64(states >> 16) << 21); // as Draws.UniformFrom packs a, b
            var u = Keys.Units(key, ids);
            var bound = Avx512F.ConvertToVector512Double(picked.GetUpper().AsSingle());
            for (ulong below = Vector512.LessThan(u, bound).ExtractMostSignificantBits(); below != 0; below &= below - 1)
            {
                int lane = BitOperations.TrailingZeroCount(below);
                Consider(ref relevant[d + lane], u.GetElement(lane));
            }
        }
        return d;
    }

    /// <summary>Insertion sort: a year has a handful of crises.</summary>
    private static void SortFew(Span<int> dyads)
    {
        for (int i = 1; i < dyads.Length; i++)
        {
            int d = dyads[i], j = i - 1;
            for (; j >= 0 && dyads[j] > d; j--) dyads[j + 1] = dyads[j];
            dyads[j + 1] = d;
        }
    }

    /// <summary>
    /// The world of the scan in progress; whether a mission between two states is deployed in its year,
    /// and whether one may raise a pair's hazard above the bound kept for it.
    /// </summary>
    private World? scanned;
    private bool missions, unbounded;

    /// <summary>
    /// The pair's hazard against its draw <paramref name="u"/>, its bound computed afresh and kept; a crisis
    /// joins the year's list. Out of the scan's loop: it is reached for a few pairs in a hundred, and
    /// inlined it made the loop keep its state on the stack.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Consider(ref RelevantDyad dyad, double u)
    {
        var world = scanned!;
        var p = context.Parameters.Crises;
        int year = world.Year;
        int d = dyad.Dyad, a = dyad.A, b = dyad.B;
        // The factors after joint democracy and alliance (rivalry and grievance, a recent war),
        // each as the formula computes it; a pair never contested has none of them.
        double dyadic = quietFactor, recent = 1;
        bool fought = false;
        if (world.EverContested[d])
        {
            if (world.AtWar[d] > 0)
            {
                dyad.CrisisBound = 0; // no crisis while at war; the war's end forgets it
                return;
            }
            ref readonly var enmity = ref world.Enmity[d];
            dyadic = 1 + p.RivalryRisk * enmity.Rivalry + p.GrievanceRisk * enmity.LargerGrievance;
            if (world.LastWarEndYear[d] >= 0)
            {
                fought = true;
                recent = 1 + p.RecentWarRisk * recentWar.At(year - world.LastWarEndYear[d]);
            }
        }
        int k = (int)dyad.Kind;
        double bound = boundByKind[k] * dyadic;
        if (fought) bound *= recent;
        dyad.CrisisBound = RoundedUp(bound);
        dyad.Fought = fought;
        // A mission's factor is the regime's to say: no bound for a pair that fought while one that may
        // raise it is deployed. A factor of at most 1 keeps the hazard under the bound.
        if (u >= bound && !(unbounded && fought)) return;
        double hazard = byKind[k];
        if (world.IsDemocracy(a) && world.IsDemocracy(b)) hazard *= p.JointDemocracyRisk;
        if (world.AreAllied(a, b)) hazard *= p.AllianceRisk;
        hazard *= dyadic;
        if (fought)
        {
            hazard *= recent;
            if (missions) hazard *= context.Regime.RenewedWarHazard(year, d); // peacekeepers still deployed
        }
        if (u < hazard) context.CrisisDyads.Add(d);
    }

    /// <summary>The least float at or above <paramref name="bound"/>: a draw at or above it is at or above the bound.</summary>
    internal static float RoundedUp(double bound)
    {
        float rounded = (float)bound;
        return rounded < bound ? MathF.BitIncrement(rounded) : rounded;
    }
}
