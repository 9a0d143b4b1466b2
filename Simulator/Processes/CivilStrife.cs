using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Simulator.Engine;
using Simulator.Entities;
using Simulator.Numerics;
using Simulator.Observation;
using Simulator.Randomness;
using Simulator.Regimes;

namespace Simulator.Processes;

/// <summary>
/// Step 7: civil conflict (MODEL.md section 3.7). Onset: each state not already torn by a civil
/// conflict (at war with another state or not) draws an onset with a hazard from its fragility (low
/// income per head, weak state capacity), size, regime type (anocracies most at risk), contagion
/// from neighbours at war and the relapse risk its last conflict left. Fighting: the rebels' strength
/// relative to the government is drawn at onset and moves each year with the war's course and
/// outside support; the yearly hazards of government victory, rebel victory, ceasefire, fading and
/// a negotiated settlement follow from that balance. Relapse: what the ending left (an army still
/// standing, a grievance unresolved, a guarantee) sets the relapse risk, not the ending's name.
/// </summary>
internal sealed class CivilStrife : IAnnualProcess
{
    private const int RelapseWindowYears = 10;
    private readonly RunContext context;
    private readonly Decay relapse;

    public CivilStrife(RunContext context)
    {
        this.context = context;
        relapse = Decay.Of(context.Parameters.Civil.RelapseDecayYears);
    }

    public void Advance(World world)
    {
        var p = context.Parameters.Civil;
        int year = world.Year;
        ulong key = context.Draws.YearKey(Purpose.CivilOnset, year);
        // Without a deployed peace operation the regime's answers are all 1 (relapse) and 0 (relief).
        // With one, the regime answers for every state at once, before the loop.
        bool missions = context.Regime.PeaceOperationsUntil > year;
        var missionFactor = missions ? Answers(ref missionFactors, world) : default;
        if (missions) context.Regime.CivilRelapseHazards(year, missionFactor);

        // A state at war with another state is at risk too: the record counts civil wars that began
        // during inter-state wars (Russia 1917, Hungary 1919), and so do the onset studies (MODEL.md §3.7).
        double bound = OnsetBound(world);
        int first = PortableMath.IsVectorised ? OnsetsEight(world, key, bound, missions, missionFactor)
            : PortableMath.IsVectorisedFour ? OnsetsFour(world, key, bound, missions, missionFactor) : 0;
        for (int i = first; i < world.NextSlot; i++)
        {
            if (!world.IsAlive[i] || world.InCivilConflict[i]) continue;
            // The draw is keyed by the state, so it can come first: most are above the state's bound
            // and settle the year without the exponential, the logarithm or the neighbours.
            double u = Draws.UniformFrom(key, i);
            bool relapsed = world.LastCivilEndYear[i] >= 0;
            double relapseFactor = relapsed ? RelapseFactor(world, i) : 1;
            // A mission's factor multiplies the bound as it multiplies the hazard: products of numbers
            // that are not negative round monotonely, so the bound still holds.
            double mission = relapsed && missions ? missionFactor[i] : 1;
            // No bound (parameters outside its ranges): every hazard in full. (Times a size factor below 0, which
            // an elasticity outside [0, 1] gives a small or a large state, the infinite bound skipped the state.)
            if (double.IsFinite(bound) && u >= bound * (1 + p.SizeElasticity * (world.Capability[i] / world.MeanCapability - 1)) * relapseFactor * mission)
                continue;
            TryOnset(world, i, u, relapsed, relapseFactor, mission, missions);
        }

        DrawFightYears(world.CivilConflicts, year);
        int k = 0;
        while (k < world.CivilConflicts.Count)
        {
            if (FightYear(world, world.CivilConflicts[k])) continue;
            k++;
        }

        // Fragility drifts back toward the state's own level (the trap fades). Asked again: a
        // conflict that ended just now may have brought a mandate that acts this year.
        missions = context.Regime.PeaceOperationsUntil > year;
        RecoverFragility(world.Fragility.AsSpan(0, world.NextSlot), world.BaseFragility, p.FragilityRecovery);
        if (!missions) return;
        var relief = Answers(ref reliefs, world);
        context.Regime.FragilityReliefs(year, relief);
        for (int i = 0; i < relief.Length; i++)
            if (relief[i] > 0) world.Fragility[i] = Math.Max(0, world.Fragility[i] - relief[i]);
    }

    /// <summary>The factor of a state's last civil conflict on its onset hazard: 1 + its relapse risk, decaying with the years since.</summary>
    internal double RelapseFactor(World world, int i) =>
        1 + world.CivilRelapseRisk[i] * relapse.At(world.Year - world.LastCivilEndYear[i]);

    /// <summary>A state whose draw fell below its bound: its hazard in full, and a conflict when the draw is below that.</summary>
    private void TryOnset(World world, int i, double u, bool relapsed, double relapseFactor, double mission, bool missions)
    {
        double hazard = OnsetHazard(world, i);
        if (relapsed)
        {
            hazard *= relapseFactor;
            if (missions) hazard *= mission; // peacekeepers still deployed
        }
        if (u >= hazard) return;

        var conflict = Begin(world, i);
        var counters = context.Counters;
        counters.Add(WorldCounters.CivilWars);
        counters.CivilOnsetsThisYear++;
        if (conflict.RelapseOf >= context.FirstReportedEpisode && world.Year - world.LastCivilEndYear[i] <= RelapseWindowYears)
            counters.Add(WorldCounters.CivilRelapses10Years);
    }

    /// <summary>
    /// The onset loop of <see cref="Advance"/> eight states at a time (<see cref="PortableMath.IsVectorised"/> only):
    /// each state's draw against two thresholds, and the few below taken up in slot order by <see cref="TryOnset"/>,
    /// which reads the world as it is then (a conflict begun in one state is contagion for the next) and decides
    /// with the hazard in full, so the thresholds need only bound it (<see cref="EightThresholds"/>). A state
    /// between its thresholds is taken up only with a neighbour at war, asked when its turn comes. Returns the
    /// first slot it left to the one-at-a-time loop.
    /// </summary>
    private int OnsetsEight(World world, ulong key, double bound, bool missions, ReadOnlySpan<double> missionFactor)
    {
        const int Lanes = 8;
        int i = 0;
        for (; i + Lanes <= world.NextSlot; i += Lanes)
        {
            ulong eligible = World.Flags(world.IsAlive, i, Lanes) & ~World.Flags(world.InCivilConflict, i, Lanes);
            if (eligible == 0) continue;
            var (quiet, contagion) = EightThresholds(world, i, bound, missions, missionFactor);
            var u = Keys.Units(key, Vector512.Create((ulong)i) + Vector512.Create(0UL, 1, 2, 3, 4, 5, 6, 7));
            // "Not at or above", so a NaN threshold lets the state through, as in the one-at-a-time loop.
            ulong below = ~Vector512.GreaterThanOrEqual(u, contagion).ExtractMostSignificantBits();
            ulong quietBelow = ~Vector512.GreaterThanOrEqual(u, quiet).ExtractMostSignificantBits();
            for (ulong candidates = eligible & below; candidates != 0; candidates &= candidates - 1)
            {
                int lane = BitOperations.TrailingZeroCount(candidates), s = i + lane;
                if ((quietBelow >> lane & 1) == 0 && !world.HasNeighbourAtWar(s)) continue;
                bool relapsed = world.LastCivilEndYear[s] >= 0;
                double relapseFactor = relapsed ? RelapseFactor(world, s) : 1;
                TryOnset(world, s, u.GetElement(lane), relapsed, relapseFactor, relapsed && missions ? missionFactor[s] : 1, missions);
            }
        }
        return i;
    }

    /// <summary>
    /// Bounds on the onset hazard, relapse and mission factors included, of the eight slots from <paramref name="i"/>
    /// (<see cref="PortableMath.IsVectorised"/> only): <c>Quiet</c> for a state with no neighbour at war, <c>Contagion</c>
    /// for any. Each is λ0 · exp(the state's own fragility term + the anocracy effect where it is an anocracy, if
    /// positive) · the contagion factor (if above 1, in <c>Contagion</c> only) · 1 + e·(c/m − 1) (at least the size
    /// factor (c/m)^e for e in [0, 1]) · 1 + its relapse risk · exp(−years since / τ) · its mission's factor, with a
    /// margin of 10⁻⁹ per factor for the rounding; infinite where the year's bound is (parameters outside the ranges
    /// the bound holds for: every hazard is then computed in full, as one at a time). Dead slots' lanes mean nothing.
    /// </summary>
    internal (Vector512<double> Quiet, Vector512<double> Contagion) EightThresholds(World world, int i, double bound, bool missions, ReadOnlySpan<double> missionFactor)
    {
        const int Lanes = 8;
        var p = context.Parameters.Civil;
        var one = Vector512.Create(1.0);
        var margin = Vector512.Create(1 + 1e-9);
        var democracy = Vector512.Create(world.Democracy.Slice(i, Lanes));
        var anocracy = Vector512.GreaterThanOrEqual(democracy, Vector512.Create(p.AnocracyMin))
                       & Vector512.LessThan(democracy, Vector512.Create(context.Parameters.Bargaining.DemocracyThreshold));
        var fragility = Vector512.Create(world.Fragility.AsSpan(i, Lanes));
        var exponent = Vector512.Create(p.FragilityEffect) * (fragility - Vector512.Create(context.Parameters.World.FragilityMean))
                       + (anocracy & Vector512.Create(Math.Max(0, p.AnocracyEffect)));
        // A dead slot's fragility may be anything: 0 keeps its lane in the common domain of Exp.
        var living = PortableMath.LaneMask(world.AliveEight(i));
        var quiet = Vector512.Create(p.BaseHazard) * PortableMath.Exp(exponent & living) * margin;
        var size = one + Vector512.Create(p.SizeElasticity) * (Vector512.Create(world.Capability.AsSpan(i, Lanes)) / Vector512.Create(world.MeanCapability) - one);
        quiet *= size * margin;
        // The relapse factor where the state has had a civil conflict, else 1; the mission's factor likewise.
        var lastEnd = Vector256.Create(world.LastCivilEndYear.AsSpan(i, Lanes));
        var relapsed = Vector512.GreaterThanOrEqual(Avx512F.ConvertToVector512Double(lastEnd), Vector512<double>.Zero) & living;
        if (relapsed != Vector512<double>.Zero)
        {
            var years = Avx512F.ConvertToVector512Double(Vector256.Create(world.Year) - lastEnd);
            var decay = PortableMath.Exp(Vector512.ConditionalSelect(relapsed, -years / Vector512.Create(p.RelapseDecayYears), Vector512<double>.Zero));
            var relapse = (one + Vector512.Create(world.CivilRelapseRisk.AsSpan(i, Lanes)) * decay) * margin;
            if (missions) relapse *= Vector512.Create(missionFactor.Slice(i, Lanes)) * margin;
            quiet *= Vector512.ConditionalSelect(relapsed, relapse, one);
        }
        var contagion = quiet * Vector512.Create(Math.Max(1, 1 + p.ContagionRisk));
        return double.IsFinite(bound) ? (quiet, contagion) : (Vector512.Create(bound), Vector512.Create(bound));
    }

    /// <summary>
    /// The onset loop of <see cref="Advance"/> four states at a time with AVX2 (<see cref="PortableMath.IsVectorisedFour"/>
    /// only): each state's draw and bound as the one-at-a-time loop computes them, and the few below their bound taken
    /// up in slot order by <see cref="TryOnset"/>. Returns the first slot it left to that loop.
    /// </summary>
    private int OnsetsFour(World world, ulong key, double bound, bool missions, ReadOnlySpan<double> missionFactor)
    {
        const int Lanes = 4;
        Span<double> relapseFactors = stackalloc double[Lanes], u = stackalloc double[Lanes],
            mission = stackalloc double[Lanes], threshold = stackalloc double[Lanes];
        int i = 0;
        for (; i + Lanes <= world.NextSlot; i += Lanes)
        {
            ulong eligible = World.Flags(world.IsAlive, i, Lanes) & ~World.Flags(world.InCivilConflict, i, Lanes);
            if (eligible == 0) continue;
            ulong relapsed = 0;
            for (int lane = 0; lane < Lanes; lane++)
            {
                bool has = world.LastCivilEndYear[i + lane] >= 0;
                relapseFactors[lane] = has ? RelapseFactor(world, i + lane) : 1;
                mission[lane] = has && missions ? missionFactor[i + lane] : 1;
                relapsed |= (has ? 1UL : 0) << lane;
            }
            StateBounds(world, i, bound, threshold);
            var p = context.Parameters.Civil;
            var one = Vector256.Create(1.0);
            var capability = Vector256.Create(world.Capability.AsSpan(i, Lanes));
            (Vector256.Create((ReadOnlySpan<double>)threshold) * (one + Vector256.Create(p.SizeElasticity) * (capability / Vector256.Create(world.MeanCapability) - one))
             * Vector256.Create((ReadOnlySpan<double>)relapseFactors) * Vector256.Create((ReadOnlySpan<double>)mission)).CopyTo(threshold);
            if (!double.IsFinite(bound)) threshold.Fill(double.PositiveInfinity); // no bound: every hazard in full, as one at a time
            Keys.Units(key, Vector256.Create((ulong)i) + Vector256.Create(0UL, 1, 2, 3)).CopyTo(u);
            for (ulong candidates = eligible; candidates != 0; candidates &= candidates - 1)
            {
                int lane = BitOperations.TrailingZeroCount(candidates);
                // As "u >= threshold: next state", so a NaN threshold lets the state through here as there.
                if (u[lane] >= threshold[lane]) continue;
                TryOnset(world, i + lane, u[lane], (relapsed >> lane & 1) == 1, relapseFactors[lane], mission[lane], missions);
            }
        }
        return i;
    }

    /// <summary>f += rate·(base − f) for every slot: eight or four at a time where vectors are accelerated, the same operations on each.</summary>
    private static void RecoverFragility(Span<double> fragility, double[] baseFragility, double rate)
    {
        int i = 0;
        if (Vector512.IsHardwareAccelerated)
            for (; i + Vector512<double>.Count <= fragility.Length; i += Vector512<double>.Count)
            {
                var f = Vector512.Create((ReadOnlySpan<double>)fragility.Slice(i, Vector512<double>.Count));
                (f + Vector512.Create(rate) * (Vector512.Create(baseFragility.AsSpan(i, Vector512<double>.Count)) - f)).CopyTo(fragility[i..]);
            }
        else if (Vector256.IsHardwareAccelerated)
            for (; i + Vector256<double>.Count <= fragility.Length; i += Vector256<double>.Count)
            {
                var f = Vector256.Create((ReadOnlySpan<double>)fragility.Slice(i, Vector256<double>.Count));
                (f + Vector256.Create(rate) * (Vector256.Create(baseFragility.AsSpan(i, Vector256<double>.Count)) - f)).CopyTo(fragility[i..]);
            }
        for (; i < fragility.Length; i++) fragility[i] += rate * (baseFragility[i] - fragility[i]);
    }

    /// <summary>The regime's yearly answers for the slots in use: buffers sized once a run, so a year allocates nothing.</summary>
    private double[] missionFactors = [], reliefs = [];

    private static Span<double> Answers(ref double[] buffer, World world)
    {
        if (buffer.Length != world.StateCount) buffer = new double[world.StateCount];
        return buffer.AsSpan(0, world.NextSlot);
    }

    /// <summary>A civil conflict breaks out in the state: the rebels' strength and whether a rival great power would back them are drawn.</summary>
    internal CivilConflict Begin(World world, int state)
    {
        var p = context.Parameters.Civil;
        var conflict = world.StartCivilConflict(state);
        conflict.RebelStrength = p.RebelStrength * PortableMath.Exp(p.RebelStrengthSpread * context.Draws.Normal(Purpose.CivilBalance, world.Year, conflict.Key));
        conflict.HasProxyPatron = context.Draws.Uniform(Purpose.CivilSupport, world.Year, conflict.Key) < p.ProxySupportProbability;
        return conflict;
    }

    /// <summary>
    /// Yearly onset hazard of a state before its conflict history: fragility (Fearon &amp; Laitin's
    /// income per head), size (their population), anocracy (Hegre et al. 2001) and contagion.
    /// </summary>
    internal double OnsetHazard(World world, int i)
    {
        var p = context.Parameters.Civil;
        double d = world.Democracy[i];
        bool anocracy = d >= p.AnocracyMin && !world.IsDemocracy(i);
        double hazard = p.BaseHazard
                        * PortableMath.Exp(p.FragilityEffect * (world.Fragility[i] - context.Parameters.World.FragilityMean)
                                   + p.SizeElasticity * PortableMath.Log(world.Capability[i] / world.MeanCapability)
                                   + (anocracy ? p.AnocracyEffect : 0));
        if (world.HasNeighbourAtWar(i)) hazard *= 1 + p.ContagionRisk;
        return hazard;
    }

    /// <summary>
    /// <see cref="OnsetBound"/> with each state's own fragility term in place of the largest, for the four slots from
    /// <paramref name="i"/> (<see cref="PortableMath.IsVectorisedFour"/> only): as much a bound on the state's hazard
    /// (the same argument and margin), and much tighter for all but the most fragile, so fewer hazards are computed
    /// in full. The year's bound where it is not tighter (or not a number).
    /// </summary>
    internal void StateBounds(World world, int i, double bound, Span<double> into)
    {
        var p = context.Parameters.Civil;
        double mean = context.Parameters.World.FragilityMean, anocracy = Math.Max(0, p.AnocracyEffect), contagion = Math.Max(1, 1 + p.ContagionRisk);
        var year = Vector256.Create(bound);
        var fragility = Vector256.Create(world.Fragility.AsSpan(i, Vector256<double>.Count));
        var own = Vector256.Create(p.BaseHazard) * PortableMath.Exp(Vector256.Create(p.FragilityEffect) * (fragility - Vector256.Create(mean)) + Vector256.Create(anocracy))
                  * contagion * (1 + 1e-9);
        (double.IsFinite(bound) ? Vector256.ConditionalSelect(Vector256.LessThanOrEqual(own, year), own, year) : year).CopyTo(into);
    }

    /// <summary>The least and the greatest fragility of the living states (±infinity with none).</summary>
    internal static (double Lowest, double Highest) FragilityRange(World world)
    {
        double lowest = double.PositiveInfinity, highest = double.NegativeInfinity;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // Four slots at a time, a dead one's lane left at ±infinity. Fragility is never NaN, so the least
            // and the greatest are the same numbers taken in any order.
            var low = Vector256.Create(double.PositiveInfinity);
            var high = Vector256.Create(double.NegativeInfinity);
            for (; i + Vector256<double>.Count <= world.NextSlot; i += Vector256<double>.Count)
            {
                var living = PortableMath.LaneMaskFour(world.AliveFour(i));
                var f = Vector256.Create(world.Fragility.AsSpan(i, Vector256<double>.Count));
                low = Vector256.MinNative(low, Vector256.ConditionalSelect(living, f, Vector256.Create(double.PositiveInfinity)));
                high = Vector256.MaxNative(high, Vector256.ConditionalSelect(living, f, Vector256.Create(double.NegativeInfinity)));
            }
            for (int lane = 0; lane < Vector256<double>.Count; lane++)
            {
                lowest = Math.Min(lowest, low.GetElement(lane));
                highest = Math.Max(highest, high.GetElement(lane));
            }
        }
        for (; i < world.NextSlot; i++)
        {
            if (!world.IsAlive[i]) continue;
            lowest = Math.Min(lowest, world.Fragility[i]);
            highest = Math.Max(highest, world.Fragility[i]);
        }
        return (lowest, highest);
    }

    /// <summary>
    /// This year's bound on <see cref="OnsetHazard"/> before the size factor: λ0 · exp(the largest
    /// fragility and anocracy terms of any state) · the contagion factor. Times 1 + e·(c/m − 1), which
    /// is at least (c/m)^e for an elasticity e in [0, 1], it is at least the state's hazard; a margin
    /// of 10⁻⁹ covers the rounding of the exponential, the logarithm and the products (some 10⁻¹⁵).
    /// Infinite (no bound: every hazard computed) for parameters outside the ranges it holds for.
    /// </summary>
    internal double OnsetBound(World world)
    {
        var p = context.Parameters.Civil;
        var (lowest, highest) = FragilityRange(world);
        double mean = context.Parameters.World.FragilityMean;
        double fragility = Math.Max(p.FragilityEffect * (highest - mean), p.FragilityEffect * (lowest - mean));
        double bound = p.BaseHazard * PortableMath.Exp(fragility + Math.Max(0, p.AnocracyEffect))
                       * Math.Max(1, 1 + p.ContagionRisk) * (1 + 1e-9);
        bool holds = p.SizeElasticity is >= 0 and <= 1 && p.BaseHazard >= 0 && !double.IsNaN(bound);
        return holds ? bound : double.PositiveInfinity;
    }

    /// <summary>
    /// Every conflict's draws of the year (<see cref="CivilConflict.CourseDraw"/> and the others), eight conflicts
    /// at a time with AVX-512, four with AVX2: the same draws as one at a
    /// time, two of them normals whose logarithms and cosines cost more than the rest of a conflict-year.
    /// </summary>
    private void DrawFightYears(List<CivilConflict> conflicts, int year)
    {
        ulong course = context.Draws.YearKey(Purpose.CivilWarCourse, year);
        ulong deaths = context.Draws.YearKey(Purpose.CivilDeaths, year);
        ulong ending = context.Draws.YearKey(Purpose.CivilTermination, year);
        int c = 0;
        if (PortableMath.IsVectorised || PortableMath.IsVectorisedFour)
        {
            int width = PortableMath.IsVectorised ? Vector512<double>.Count : Vector256<double>.Count;
            Span<ulong> keys = stackalloc ulong[Vector512<double>.Count];
            Span<double> courses = stackalloc double[Vector512<double>.Count], deathDraws = stackalloc double[Vector512<double>.Count],
                endings = stackalloc double[Vector512<double>.Count];
            for (; c < conflicts.Count; c += width)
            {
                int lanes = Math.Min(width, conflicts.Count - c);
                for (int l = 0; l < width; l++) keys[l] = (uint)conflicts[c + Math.Min(l, lanes - 1)].Key; // the last repeated
                // Draws.UniformFrom(ending, key) is Keys.Units of the key alone in the low bits.
                if (width == Vector512<double>.Count)
                {
                    var ids = Vector512.Create((ReadOnlySpan<ulong>)keys);
                    Draws.NormalsFrom(course, ids).CopyTo(courses);
                    Draws.NormalsFrom(deaths, ids).CopyTo(deathDraws);
                    Keys.Units(ending, ids).CopyTo(endings);
                }
                else
                {
                    var ids = Vector256.Create((ReadOnlySpan<ulong>)keys);
                    Draws.NormalsFrom(course, ids).CopyTo(courses);
                    Draws.NormalsFrom(deaths, ids).CopyTo(deathDraws);
                    Keys.Units(ending, ids).CopyTo(endings);
                }
                for (int l = 0; l < lanes; l++)
                {
                    var conflict = conflicts[c + l];
                    conflict.CourseDraw = courses[l];
                    conflict.DeathsDraw = deathDraws[l];
                    conflict.EndingDraw = endings[l];
                }
            }
        }
        for (; c < conflicts.Count; c++)
        {
            var conflict = conflicts[c];
            conflict.CourseDraw = Draws.NormalFrom(course, conflict.Key);
            conflict.DeathsDraw = Draws.NormalFrom(deaths, conflict.Key);
            conflict.EndingDraw = Draws.UniformFrom(ending, conflict.Key);
        }
    }

    /// <summary>One year of a civil conflict. Returns true when it ended.</summary>
    private bool FightYear(World world, CivilConflict conflict)
    {
        var p = context.Parameters.Civil;
        int year = world.Year;
        int s = conflict.State;

        // The balance moves with the war's course, the rebels' backers and the government's patron.
        bool rebelsBacked = AreRebelsBacked(world, conflict);
        bool governmentBacked = (world.Patron[s] >= 0 && world.IsAlive[world.Patron[s]]) || world.Bloc[s] >= 0;
        conflict.RebelsBacked = rebelsBacked;
        if (rebelsBacked) conflict.YearsRebelsBacked++;
        double drift = (rebelsBacked ? p.RebelSupportGain : 0) - (governmentBacked ? p.GovernmentSupportGain : 0);
        conflict.RebelStrength *= PortableMath.Exp(drift + p.WarCourseSpread * conflict.CourseDraw);
        double share = conflict.RebelShare;
        double stalemate = 4 * share * (1 - share); // 1 at a balanced war, the mutually hurting stalemate

        // Deaths scale with the state's size and the intensity of the fighting.
        double deaths = p.DeathsScale * PortableMath.Pow(world.Capability[s] / world.MeanCapability, p.DeathsSizeElasticity) * stalemate
                        * PortableMath.Exp(p.DeathsSpread * conflict.DeathsDraw);
        conflict.BattleDeaths += deaths;
        context.Counters.Add(WorldCounters.BattleDeaths, deaths);
        world.Capability[s] *= 1 - p.CostPerYear;

        // Competing hazards of each ending, decided by one keyed draw. The agreement comes last, so
        // mediation (the regime's multiplier) only turns years that would have gone on into agreements.
        double negotiable = stalemate * (rebelsBacked ? p.SupportedSettlementRatio : 1);
        double governmentVictory = p.GovernmentVictoryHazard * (1 - share) * (1 - share) * (rebelsBacked ? p.SanctuaryHazardRatio : 1);
        double rebelVictory = p.RebelVictoryHazard * share * share;
        double ceasefire = p.CeasefireHazard * negotiable;
        double fading = p.FadeHazard * (1 - share);
        double agreement = p.AgreementHazard * negotiable * context.Regime.CivilSettlementHazard(conflict, world);
        double total = governmentVictory + rebelVictory + ceasefire + fading + agreement;
        double u = conflict.EndingDraw;
        if (total > 1) u *= total; // hazards are probabilities: past 1 the conflict surely ends, in their proportions
        if (u >= total) return false;

        EndReason reason = u < governmentVictory ? EndReason.GovernmentVictory
            : (u -= governmentVictory) < rebelVictory ? EndReason.RebelVictory
            : (u -= rebelVictory) < ceasefire ? EndReason.Ceasefire
            : (u -= ceasefire) < fading ? EndReason.Faded
            : EndReason.PeaceAgreement;

        // Peacekeepers are the guarantee (Walter 2002): under them the two armies demobilise.
        bool guaranteed = context.Regime.DeployPeacekeepers(
            new EndedEpisode(EpisodeKind.Civil, conflict.Episode, conflict.Key, s, -1, reason, conflict.StartYear, conflict.BattleDeaths), world);
        world.EndCivilConflict(conflict, RelapseRisk(reason, share, guaranteed));
        conflict.HasPeacekeeping = guaranteed;
        Report(conflict, year, reason);
        return true;
    }

    /// <summary>
    /// The relapse risk an ending leaves: the armed strength still standing against the government
    /// (a victory disarms the loser; a ceasefire, fading or agreement leaves both armies, less what a
    /// guarantee demobilises) and a grievance left unresolved (by a government victory, ceasefire or
    /// fading; an agreement or a rebel victory addresses it).
    /// </summary>
    internal double RelapseRisk(EndReason reason, double rebelShare, bool guaranteed)
    {
        var p = context.Parameters.Civil;
        (double armed, bool unresolved) = reason switch
        {
            EndReason.GovernmentVictory => (p.VictoryResidual * rebelShare, true),
            EndReason.RebelVictory => (p.VictoryResidual * (1 - rebelShare), false),
            EndReason.PeaceAgreement => (rebelShare, false),
            _ => (rebelShare, true),
        };
        if (guaranteed && reason is not (EndReason.GovernmentVictory or EndReason.RebelVictory)) armed *= 1 - p.GuaranteeDemobilisation;
        return p.RelapseArmedRisk * armed + (unresolved ? p.RelapseGrievanceRisk : 0);
    }

    /// <summary>
    /// True when an outside state backs the rebels this year: a neighbour at war with the state or its
    /// rival (rivalry at the rival threshold), or a great power of the bloc opposed to the state's
    /// (its own bloc or its patron's) that was willing from the start (a proxy war).
    /// </summary>
    private bool AreRebelsBacked(World world, CivilConflict conflict)
    {
        int s = conflict.State;
        double rivals = context.Parameters.Crises.RivalThreshold;
        foreach (int j in world.Neighbours[s])
        {
            if (!world.IsAlive[j]) continue;
            int d = world.DyadIndex(s, j);
            if (world.AtWar[d] > 0 || world.Enmity[d].Rivalry >= rivals) return true;
        }
        if (!conflict.HasProxyPatron) return false;
        int bloc = world.Bloc[s] >= 0 ? world.Bloc[s] : world.Patron[s] >= 0 ? world.Bloc[world.Patron[s]] : -1;
        if (bloc < 0) return false;
        foreach (int g in world.GreatPowers)
            if (world.Bloc[g] == 1 - bloc) return true;
        return false;
    }

    /// <summary>A state conquered in an inter-state war loses its civil conflict with it.</summary>
    internal void EndOnConquest(World world, int state)
    {
        foreach (var conflict in world.CivilConflicts)
            if (conflict.State == state)
            {
                world.EndCivilConflict(conflict, 0);
                Report(conflict, world.Year, EndReason.Conquest);
                return;
            }
    }

    internal void Report(CivilConflict conflict, int? endYear, EndReason reason) =>
        context.Observer.EpisodeEnded(new EpisodeRecord(conflict.Episode, EpisodeKind.Civil, conflict.StartYear, endYear,
            reason, conflict.BattleDeaths, 0, false, conflict.RelapseOf >= 0 ? conflict.RelapseOf : null,
            conflict.State, null, 1, conflict.HasPeacekeeping));
}
