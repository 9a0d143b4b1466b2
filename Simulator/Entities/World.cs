using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Simulator.Numerics;
using Simulator.Parameters;
using Simulator.Randomness;

namespace Simulator.Entities;

/// <summary>
/// The whole simulated system of one run: states, dyads, wars and civil conflicts, kept in flat
/// arrays indexed by state id and dyad index so the yearly loops allocate nothing.
/// Invariants (who is at war with whom, who is alive) are changed only through the verbs below.
/// </summary>
public sealed partial class World
{
    private const int HistoryYears = 10;

    internal World(ModelParameters parameters, Draws draws)
    {
        Parameters = parameters;
        var p = parameters.World;
        bool followRecord = parameters.Calendar.FollowRecord;
        Year = parameters.FirstYear;
        int initial = followRecord ? History.StateSystemRecord.StatesIn(Year) : p.States;
        StateCount = followRecord ? initial + EntriesAhead(parameters) + EntrantReserve : p.States;
        int n = StateCount;
        states = StateArrays.Take(n, HistoryYears, Vector512<double>.Count);
        X = states.X; Y = states.Y; Capability = states.Capability; GrowthRate = states.GrowthRate;
        democracy = states.Democracy; Fragility = states.Fragility; BaseFragility = states.BaseFragility;
        IsAlive = states.IsAlive; isGreatPower = states.IsGreatPower; greatPowerIds = states.GreatPowerIds; patron = states.Patron; bloc = states.Bloc;
        WarCount = states.WarCount; InCivilConflict = states.InCivilConflict; LastCivilEndYear = states.LastCivilEndYear;
        LastCivilEpisode = states.LastCivilEpisode; CivilRelapseRisk = states.CivilRelapseRisk;
        CapabilityHistory = states.CapabilityHistory;
        strongestScratch = states.StrongestScratch;
        rankedCapability = states.RankedCapability;
        capabilityDraw = states.CapabilityDraw;
        Neighbours = states.Neighbours;
        grievedAt = new List<int>?[n];
        ScratchCapability = states.ScratchCapability;
        ScratchIds = states.ScratchIds;
        previousGreatPowers = states.PreviousGreatPowers;
        loggedCapability = states.LoggedCapability;
        logCapability = states.LogCapability;
        Array.Fill(loggedCapability, double.NaN); // equal to no capability: nothing logged yet
        ByCapability = new CapabilityRanking(n);

        // Every slot's attributes are drawn up front and keyed by slot, so a state that enters later
        // is the same state under every regime (common random numbers).
        for (int i = 0; i < n; i++)
        {
            X[i] = draws.Uniform(Purpose.StatePosition, 0, i, 0);
            Y[i] = draws.Uniform(Purpose.StatePosition, 0, i, 1);
            capabilityDraw[i] = draws.Normal(Purpose.StateCapability, 0, i);
            Capability[i] = PortableMath.Exp(p.CapabilitySpread * capabilityDraw[i]);
            GrowthRate[i] = p.GrowthDrift + p.GrowthNoise * draws.Normal(Purpose.StateGrowth, 0, i);
            bool democratic = draws.Uniform(Purpose.StateDemocracy, 0, i, 0) < p.DemocracyShare;
            double u = draws.Uniform(Purpose.StateDemocracy, 0, i, 1);
            democracy[i] = democratic ? p.DemocraticScoreMin + (1 - p.DemocraticScoreMin) * u : p.AutocraticScoreMax * u;
            Fragility[i] = BaseFragility[i] =
                Math.Clamp(p.FragilityMean + p.FragilitySpread * draws.Normal(Purpose.StateFragility, 0, i), 0, 1);
            IsAlive[i] = i < initial;
            patron[i] = -1;
            bloc[i] = -1;
            LastCivilEndYear[i] = -1;
            LastCivilEpisode[i] = -1;
            for (int h = 0; h < HistoryYears; h++)
                CapabilityHistory[h * StateCount + i] = Capability[i];
        }
        AliveCount = initial;
        for (int i = 0; i < initial; i++)
            if (IsDemocracy(i)) livingDemocracies++;
        NextSlot = initial;

        DyadCount = n * (n - 1) / 2;
        dyads = DyadArrays.Take(n);
        DyadA = dyads.DyadA; DyadB = dyads.DyadB;
        IsContiguous = dyads.IsContiguous; Enmity = dyads.Enmity;
        LastWarEndYear = dyads.LastWarEndYear; LastWarEpisode = dyads.LastWarEpisode; AtWar = dyads.AtWar;
        Relevant = new RelevantSet(dyads.Relevant, dyads.RelevantPlaces);
        isActiveDyad = dyads.IsActive;
        EverContested = dyads.EverContested;
        MarkNeighbours(Math.Min(p.Neighbours, initial - 1));
        RankGreatPowers(GreatPowerTarget, hysteresis: 0); // the great powers' pairs enter the relevant set
        AddContiguousDyads();
        UpdateMeanCapability();
    }

    /// <summary>
    /// Hands the per-dyad arrays back for the thread's next run, reset to as new: the dyads a run
    /// contested and the pairs it made contiguous are all it wrote; and the per-state arrays, which the
    /// next world clears when it takes them. The world must not be used after.
    /// </summary>
    internal void Release()
    {
        foreach (int d in dyads.Contested)
        {
            Enmity[d] = default;
            LastWarEndYear[d] = LastWarEpisode[d] = -1;
            AtWar[d] = 0;
            isActiveDyad[d] = EverContested[d] = false;
        }
        dyads.Contested.Clear();
        Relevant.Clear();
        for (int i = 0; i < NextSlot; i++)
            foreach (int j in Neighbours[i])
                IsContiguous[DyadIndex(i, j)] = false;
        DyadArrays.Keep(dyads);
        StateArrays.Keep(states);
        // The run's conflict and war objects, ended or not, go to the thread's next run: none is reused within a run, so a
        // regime or observer may hold one for the run's length.
        HandOn(startedConflicts, ref spareConflicts, ref spareStarted);
        HandOn(declaredWars, ref spareWars, ref spareDeclared);
    }

    /// <summary>Every civil conflict this run began (<see cref="Release"/> hands them on, and the list itself), and the thread's spare ones.</summary>
    private readonly List<CivilConflict> startedConflicts = TakeList(ref spareStarted, 256);
    [ThreadStatic] private static Stack<CivilConflict>? spareConflicts;
    [ThreadStatic] private static List<CivilConflict>? spareStarted;

    /// <summary>Every war this run declared, and the thread's spare ones (as <see cref="startedConflicts"/>).</summary>
    private readonly List<War> declaredWars = TakeList(ref spareDeclared, 64);
    [ThreadStatic] private static Stack<War>? spareWars;
    [ThreadStatic] private static List<War>? spareDeclared;

    /// <summary>The thread's spare list (emptied by the last run), or a new one.</summary>
    private static List<T> TakeList<T>(ref List<T>? spare, int capacity)
    {
        var list = spare ?? new List<T>(capacity);
        spare = null;
        return list;
    }

    /// <summary>Puts the run's objects on the thread's spare stack, and the emptied list by for the next run.</summary>
    private static void HandOn<T>(List<T> started, ref Stack<T>? spareObjects, ref List<T>? spareList)
    {
        var stack = spareObjects ??= new Stack<T>(started.Count);
        foreach (var item in started) stack.Push(item);
        started.Clear();
        spareList = started;
    }

    private readonly DyadArrays dyads;

    /// <summary>Spare slots for states that enter to replace conquered ones (the record's re-entries and new states).</summary>
    private const int EntrantReserve = 80;

    /// <summary>States the record adds over the simulated years: the sum of the yearly increases in system size.</summary>
    private static int EntriesAhead(ModelParameters parameters)
    {
        int entries = 0, first = parameters.FirstYear, last = first + parameters.SimulatedYears - 1;
        for (int y = first + 1; y <= last; y++)
            entries += Math.Max(0, History.StateSystemRecord.StatesIn(y) - History.StateSystemRecord.StatesIn(y - 1));
        return entries;
    }

    /// <summary>How many great powers there are this year: the record's count in the calendar mode, else the parameter.</summary>
    public int GreatPowerTarget => Parameters.Calendar.FollowRecord
        ? History.StateSystemRecord.MajorPowersIn(Year)
        : Parameters.World.GreatPowers;

    public ModelParameters Parameters { get; }
    public int StateCount { get; }
    public int DyadCount { get; }
    /// <summary>The current simulated year, from 0.</summary>
    public int Year { get; internal set; }
    public int AliveCount { get; private set; }
    /// <summary>
    /// Geometric mean capability of living states (the typical state's), refreshed each year by the power
    /// process. Capabilities are log-normal with a wide spread, so the arithmetic mean is the great powers'.
    /// </summary>
    public double MeanCapability { get; private set; }
    /// <summary>Share of great-power pairs on opposite sides of the alliance blocs.</summary>
    public double BlocPolarisation { get; internal set; }

    // States, by id.
    /// <summary>The per-state arrays below, lent to the thread's next run by <see cref="Release"/>.</summary>
    private readonly StateArrays states;
    internal readonly double[] X, Y, Capability, GrowthRate, Fragility, BaseFragility;
    /// <summary>Each state's regime score in [0, 1]. Written only by <see cref="SetDemocracy"/>, which keeps <see cref="LivingDemocracies"/>.</summary>
    internal ReadOnlySpan<double> Democracy => democracy;
    private readonly double[] democracy;
    private int livingDemocracies;

    /// <summary>The living states that are democracies: kept as states enter, die and change regime, so a year counts them once, not in three passes over the slots.</summary>
    internal int LivingDemocracies => livingDemocracies;

    /// <summary>Gives the state a new regime score.</summary>
    internal void SetDemocracy(int state, double score)
    {
        if (IsAlive[state]) livingDemocracies -= IsDemocracy(state) ? 1 : 0;
        democracy[state] = score;
        if (IsAlive[state]) livingDemocracies += IsDemocracy(state) ? 1 : 0;
    }

    internal readonly bool[] IsAlive, InCivilConflict;
    /// <summary>Whether each state is a great power. Written only by <see cref="RankGreatPowers"/>, <see cref="Absorb"/> and <see cref="SetGreatPower"/>.</summary>
    internal ReadOnlySpan<bool> IsGreatPower => isGreatPower;
    /// <summary>
    /// The great powers, ascending: kept with <see cref="IsGreatPower"/>, so a loop over great powers
    /// visits a handful of states, not every slot (the calendar world has some 350).
    /// </summary>
    internal ReadOnlySpan<int> GreatPowers => greatPowerIds.AsSpan(0, greatPowerCount);
    private readonly bool[] isGreatPower;
    private readonly int[] greatPowerIds;
    private int greatPowerCount;
    /// <summary>Great power this state is a client of, or -1. Written only by <see cref="SetPatron"/>.</summary>
    internal ReadOnlySpan<int> Patron => patron;
    /// <summary>A great power's bloc (0 or 1), or -1 when unaligned or not a great power. Written only by <see cref="SetBloc"/>.</summary>
    internal ReadOnlySpan<int> Bloc => bloc;
    private readonly int[] patron, bloc;
    internal readonly int[] WarCount, LastCivilEndYear, LastCivilEpisode;
    /// <summary>Added civil relapse risk left by how the last civil conflict ended.</summary>
    internal readonly double[] CivilRelapseRisk;
    /// <summary>Ring buffer of the last ten years' capabilities, year-major (a year's row is copied in one go).</summary>
    internal readonly double[] CapabilityHistory;
    /// <summary>Each state's contiguous states (k nearest when it entered, symmetrised).</summary>
    internal readonly List<int>[] Neighbours;
    /// <summary>The normal draw behind each slot's capability (a late entrant scales it to the world of its day).</summary>
    private readonly double[] capabilityDraw;
    /// <summary>The living states by capability, kept sorted from year to year (dyad exposure by capability ratio without AVX-512; with it the pairs are compared directly).</summary>
    internal readonly CapabilityRanking ByCapability;
    /// <summary>Scratch space for the yearly dyad exposure by capability ratio (the living capabilities, and times 3 and times 10, padded), so it allocates nothing.</summary>
    internal readonly double[] ScratchCapability;
    internal readonly int[] ScratchIds;
    /// <summary>
    /// The next unused state slot: slots from here on are states that have not entered the system
    /// yet, never alive, never a great power, patron or party to anything, so loops over states stop
    /// here (in the calendar world about half the slots are still to come, and in its burn-in nearly all).
    /// </summary>
    internal int NextSlot { get; private set; }
    /// <summary>Dyads whose rivalry or grievance is not zero: the only ones that need to decay.</summary>
    internal readonly List<ActiveDyad> ActiveDyads = new(64);

    /// <summary>
    /// An active dyad with its two states, so the yearly decay finds whether both live without reading
    /// <see cref="DyadA"/> and <see cref="DyadB"/> (two cache misses a pair in the calendar world).
    /// </summary>
    internal readonly record struct ActiveDyad(int Dyad, int A, int B);

    /// <summary>Living pairs with rivalry at least model.crises.rival_threshold, as of the last peace-spell step.</summary>
    internal int LivingRivalPairs;
    /// <summary>
    /// <see cref="LivingRivalPairs"/> as it stood when this year began: the rival exposure of the year, read
    /// before this year's crises so that a war's own crisis cannot make its pair a rival (sf34).
    /// </summary>
    internal int RivalPairsAtYearStart;
    private readonly bool[] isActiveDyad;

    // Dyads (a &lt; b), by dyad index.
    internal readonly int[] DyadA, DyadB, LastWarEndYear, LastWarEpisode;
    /// <summary>Number of ongoing wars in which the two states fight on opposite sides.</summary>
    internal readonly int[] AtWar;
    internal readonly bool[] IsContiguous;
    /// <summary>Each pair's rivalry and grievances.</summary>
    internal readonly DyadEnmity[] Enmity;
    /// <summary>The politically relevant dyads, kept as states enter, die and rise or fall among the great powers.</summary>
    internal readonly RelevantSet Relevant;
    internal int RelevantCount => Relevant.Count;
    /// <summary>
    /// The pair has had a rivalry, a grievance or a war in this run (set for good): until then its
    /// rivalry, grievances, wars and last war's end are all still zero or none, which the crisis scan
    /// uses to skip reading them.
    /// </summary>
    internal readonly bool[] EverContested;

    internal readonly List<War> Wars = new(16);
    internal readonly List<CivilConflict> CivilConflicts = new(16);
    internal int NextEpisode;

    /// <summary>Index of the dyad of two distinct states.</summary>
    public int DyadIndex(int i, int j)
    {
        int a = Math.Min(i, j), b = Math.Max(i, j);
        return a * (2 * StateCount - a - 1) / 2 + (b - a - 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // left a call in the crisis loops: 0.3% of a default run
    public bool IsDemocracy(int i) => democracy[i] >= Parameters.Bargaining.DemocracyThreshold;

    /// <summary>True when the two states have a defensive pact: patron and client, or great powers of one bloc.</summary>
    public bool AreAllied(int i, int j) =>
        Patron[i] == j || Patron[j] == i || (Bloc[i] >= 0 && Bloc[i] == Bloc[j]);

    /// <summary>
    /// Capability ten growth steps ago (or at the start). Slot Year % 10 is written at the start of this
    /// year (before growth), so the oldest slot, (Year + 1) % 10, holds the capability before the growth
    /// of the year nine years back: ten years of growth lie between it and today's capability.
    /// </summary>
    internal double CapabilityDecadeAgo(int i) => CapabilityHistory[(Year + 1) % HistoryYears * StateCount + i];

    internal void RecordCapabilityHistory()
    {
        Capability.AsSpan(0, NextSlot).CopyTo(CapabilityHistory.AsSpan(Year % HistoryYears * StateCount));
    }

    internal void UpdateMeanCapability()
    {
        double sum = 0;
        int i = 0;
        if (PortableMath.IsVectorised)
        {
            // The logs eight at a time, kept as LogCapability keeps them; the sum in slot order as below.
            Span<double> logs = stackalloc double[Vector512<double>.Count];
            for (; i + Vector512<double>.Count <= NextSlot; i += Vector512<double>.Count)
            {
                ulong alive = AliveEight(i);
                if (alive == 0) continue;
                LogCapabilities(i, alive, keep: true).CopyTo(logs);
                for (; alive != 0; alive &= alive - 1) sum += logs[BitOperations.TrailingZeroCount(alive)];
            }
        }
        else if (PortableMath.IsVectorisedFour)
        {
            Span<double> logs = stackalloc double[Vector256<double>.Count];
            for (; i + Vector256<double>.Count <= NextSlot; i += Vector256<double>.Count)
            {
                uint alive = AliveFour(i);
                if (alive == 0) continue;
                LogCapabilities(i, alive, keep: true).CopyTo(logs);
                for (; alive != 0; alive &= alive - 1) sum += logs[BitOperations.TrailingZeroCount(alive)];
            }
        }
        for (; i < NextSlot; i++)
            if (IsAlive[i]) sum += LogCapability(i);
        MeanCapability = AliveCount > 0 ? PortableMath.Exp(sum / AliveCount) : 1;
    }

    /// <summary>Which of the eight slots from <paramref name="i"/> are alive, a bit each (bit 0 for slot i).</summary>
    internal ulong AliveEight(int i) => FlagsEight(IsAlive, i);

    /// <summary>The eight flags from <paramref name="i"/>, a bit each (bit 0 for slot i).</summary>
    internal static ulong FlagsEight(ReadOnlySpan<bool> flags, int i)
    {
        ulong bytes = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetReference(flags.Slice(i, 8))));
        return Vector128.GreaterThan(Vector128.CreateScalar(bytes).AsByte(), Vector128<byte>.Zero).ExtractMostSignificantBits() & 0xFF;
    }

    /// <summary>Which of the four slots from <paramref name="i"/> are alive, a bit each (bit 0 for slot i).</summary>
    internal uint AliveFour(int i) => FlagsFour(IsAlive, i);

    /// <summary>The four flags from <paramref name="i"/>, a bit each (bit 0 for slot i).</summary>
    internal static uint FlagsFour(ReadOnlySpan<bool> flags, int i)
    {
        uint bytes = Unsafe.ReadUnaligned<uint>(ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetReference(flags.Slice(i, 4))));
        return Vector128.GreaterThan(Vector128.CreateScalar(bytes).AsByte(), Vector128<byte>.Zero).ExtractMostSignificantBits() & 0xF;
    }

    /// <summary>The <paramref name="count"/> (8 or 4) flags from <paramref name="i"/>, a bit each (bit 0 for slot i).</summary>
    internal static ulong Flags(ReadOnlySpan<bool> flags, int i, int count) => count == 8 ? FlagsEight(flags, i) : FlagsFour(flags, i);

    /// <summary><see cref="LogCapabilities(int, ulong, bool)"/> of four slots (<see cref="PortableMath.IsVectorisedFour"/> only).</summary>
    internal Vector256<double> LogCapabilities(int i, uint alive, bool keep)
    {
        var capability = Vector256.Create(Capability.AsSpan(i, Vector256<double>.Count));
        var logged = Vector256.Create(loggedCapability.AsSpan(i, Vector256<double>.Count));
        var kept = Vector256.Create(logCapability.AsSpan(i, Vector256<double>.Count));
        var living = PortableMath.LaneMaskFour(alive);
        var moved = ~Vector256.Equals(capability, logged) & living;
        if (moved.ExtractMostSignificantBits() == 0) return kept;
        var log = Vector256.ConditionalSelect(moved, PortableMath.Log(Vector256.ConditionalSelect(living, capability, Vector256.Create(1.0))), kept);
        if (keep)
        {
            log.CopyTo(logCapability.AsSpan(i));
            Vector256.ConditionalSelect(moved, capability, logged).CopyTo(loggedCapability.AsSpan(i));
        }
        return log;
    }

    /// <summary>
    /// <see cref="LogCapability"/> of the eight slots from <paramref name="i"/>, eight at a time
    /// (<see cref="PortableMath.IsVectorised"/> only): the kept log where the capability has not moved, else
    /// its log, kept too when <paramref name="keep"/>. Lanes of dead slots (bit clear in <paramref name="alive"/>)
    /// are not computed and not kept: their value is meaningless.
    /// </summary>
    internal Vector512<double> LogCapabilities(int i, ulong alive, bool keep)
    {
        var capability = Vector512.Create(Capability.AsSpan(i, Vector512<double>.Count));
        var logged = Vector512.Create(loggedCapability.AsSpan(i, Vector512<double>.Count));
        var kept = Vector512.Create(logCapability.AsSpan(i, Vector512<double>.Count));
        var living = PortableMath.LaneMask(alive);
        var moved = ~Vector512.Equals(capability, logged) & living;
        if (moved.ExtractMostSignificantBits() == 0) return kept;
        // A dead slot's capability may be anything: 1 keeps its lane in the common domain of Log.
        var log = Vector512.ConditionalSelect(moved, PortableMath.Log(Vector512.ConditionalSelect(living, capability, Vector512.Create(1.0))), kept);
        if (keep)
        {
            log.CopyTo(logCapability.AsSpan(i));
            Vector512.ConditionalSelect(moved, capability, logged).CopyTo(loggedCapability.AsSpan(i));
        }
        return log;
    }

    /// <summary>
    /// log(<see cref="Capability"/>[i]), kept with the capability it was taken of: the mean capability
    /// takes it at the end of the growth step and growth needs it again at the start of the next, and
    /// most states' capability has not moved in between (wars and sanctions move a few). The same value
    /// either way: log of the same double.
    /// </summary>
    internal double LogCapability(int i)
    {
        double c = Capability[i];
        if (c == loggedCapability[i]) return logCapability[i];
        double log = PortableMath.Log(c);
        loggedCapability[i] = c;
        logCapability[i] = log;
        return log;
    }

    private readonly double[] loggedCapability, logCapability;

    /// <summary>
    /// Re-ranks great powers: the top K by capability, but a sitting great power keeps its status
    /// while it stays within K + hysteresis (MODEL.md section 2); never more than K. The pairs of the
    /// powers that rose or fell are reclassified in the relevant set.
    /// </summary>
    internal void RankGreatPowers(int greatPowers, int hysteresis)
    {
        int before = greatPowerCount;
        Array.Copy(greatPowerIds, previousGreatPowers, before);
        int k = Math.Min(greatPowers, AliveCount);
        // Only the k + hysteresis strongest living states can keep or take a seat: the sitting powers
        // outside them lose theirs, so ranking those few is enough (not a sort of every slot).
        Array.Copy(Capability, rankedCapability, NextSlot);
        rankedSlots = NextSlot;
        var strongest = Strongest(Math.Min(k + hysteresis, AliveCount));
        Span<bool> keep = stackalloc bool[strongest.Length];
        int kept = 0;
        for (int r = 0; r < strongest.Length; r++)
        {
            // A sitting power keeps its place within K + hysteresis ranks, while there is room (K can fall).
            keep[r] = isGreatPower[strongest[r]] && kept < k;
            if (keep[r]) kept++;
        }
        for (int x = 0; x < before; x++) isGreatPower[previousGreatPowers[x]] = false;
        for (int r = 0; r < strongest.Length; r++) isGreatPower[strongest[r]] = keep[r];
        for (int r = 0; r < strongest.Length && kept < k; r++)
            if (!isGreatPower[strongest[r]])
            {
                isGreatPower[strongest[r]] = true;
                kept++;
            }
        greatPowerCount = 0;
        for (int i = 0; i < NextSlot; i++)
        {
            if (isGreatPower[i]) greatPowerIds[greatPowerCount++] = i;
            else SetBloc(i, -1);
            if (patron[i] >= 0 && !isGreatPower[patron[i]]) SetPatron(i, -1);
        }
        // The calendar world re-ranks every year its count of great powers differs from the record's,
        // mostly to the same powers: the relevant dyads change only with them. Both lists are ascending.
        for (int x = 0, y = 0; x < before || y < greatPowerCount;)
        {
            if (y == greatPowerCount || (x < before && previousGreatPowers[x] < greatPowerIds[y])) ReclassifyRow(previousGreatPowers[x++]);
            else if (x == before || greatPowerIds[y] < previousGreatPowers[x]) ReclassifyRow(greatPowerIds[y++]);
            else { x++; y++; }
        }
    }

    /// <summary>The great powers before a re-ranking (scratch of <see cref="RankGreatPowers"/>).</summary>
    private readonly int[] previousGreatPowers;

    /// <summary>
    /// The <paramref name="count"/> strongest living states, strongest first, equal capabilities by
    /// id: a short sorted list kept as the slots come. The order is a total one, so these are the
    /// first ranks of a sort of every living state.
    /// </summary>
    private ReadOnlySpan<int> Strongest(int count)
    {
        var top = strongestScratch.AsSpan(0, count);
        int found = 0;
        for (int i = 0; i < NextSlot && count > 0; i++)
        {
            if (!IsAlive[i] || (found == count && !Outranks(i, top[count - 1]))) continue;
            int r = found < count ? found++ : count - 1;
            while (r > 0 && Outranks(i, top[r - 1]))
            {
                top[r] = top[r - 1];
                r--;
            }
            top[r] = i;
        }
        return top[..found];
    }

    /// <summary>Scratch of <see cref="Strongest"/>.</summary>
    private readonly int[] strongestScratch;

    /// <summary>
    /// The <paramref name="count"/> strongest living states by their capabilities at the last re-ranking
    /// (the states that entered since rank after them, by id), ascending by id: the powers a founding
    /// Security Council seats permanently are those of the last ranking, not of the founding year's growth.
    /// </summary>
    internal int[] StrongestAtLastRanking(int count) =>
        Enumerable.Range(0, NextSlot).Where(i => IsAlive[i])
            .OrderBy(i => i < rankedSlots ? 0 : 1)
            .ThenByDescending(i => i < rankedSlots ? rankedCapability[i] : 0)
            .ThenBy(i => i)
            .Take(count).Order().ToArray();

    /// <summary>Capabilities at the last re-ranking, of the <see cref="rankedSlots"/> slots then in use (<see cref="StrongestAtLastRanking"/>).</summary>
    private readonly double[] rankedCapability;
    private int rankedSlots;

    private bool Outranks(int i, int j)
    {
        double ci = Capability[i], cj = Capability[j];
        return ci > cj || (ci == cj && i < j);
    }

    /// <summary>The number of living great powers.</summary>
    internal int GreatPowerCount() => greatPowerCount;

    /// <summary>Makes a state a great power or not, outside the yearly ranking (tests build their worlds with it).</summary>
    internal void SetGreatPower(int state, bool great)
    {
        if (MarkGreatPower(state, great)) ReclassifyRow(state);
    }

    /// <summary>Sets the flag and keeps <see cref="GreatPowers"/> with it; false when nothing changed.</summary>
    private bool MarkGreatPower(int state, bool great)
    {
        if (isGreatPower[state] == great) return false;
        isGreatPower[state] = great;
        int at = greatPowerIds.AsSpan(0, greatPowerCount).BinarySearch(state);
        if (great)
        {
            at = ~at;
            Array.Copy(greatPowerIds, at, greatPowerIds, at + 1, greatPowerCount - at);
            greatPowerIds[at] = state;
            greatPowerCount++;
        }
        else
        {
            Array.Copy(greatPowerIds, at + 1, greatPowerIds, at, greatPowerCount - at - 1);
            greatPowerCount--;
        }
        return true;
    }

    /// <summary>
    /// A factor of the pair's crisis hazard rose (rivalry, grievance, a war's end): the bound the crisis
    /// scan keeps for it no longer holds, and the next scan computes it afresh. A pair not in the set has
    /// no bound to forget, and one that enters it later starts without one.
    /// </summary>
    internal void ForgetCrisisBound(int dyad) => Relevant.ForgetCrisisBound(dyad);

    /// <summary>
    /// Puts the pair in the relevant set, changes its kind or takes it out, as it now stands: politically
    /// relevant means both alive, and contiguous or with a great power (MODEL.md section 2).
    /// </summary>
    private void Reclassify(int i, int j)
    {
        int a = Math.Min(i, j), b = Math.Max(i, j), d = DyadIndex(a, b);
        Relevant.Set(d, a, b, !IsAlive[a] || !IsAlive[b] ? RelevantDyad.Kinds.None : KindOf(a, b, d));
    }

    /// <summary>What would make the pair (a &lt; b, dyad d) of living states relevant: contiguity and each great power.</summary>
    private RelevantDyad.Kinds KindOf(int a, int b, int d) =>
        (IsContiguous[d] ? RelevantDyad.Kinds.Contiguous : 0)
        | (isGreatPower[a] ? RelevantDyad.Kinds.AGreat : 0)
        | (isGreatPower[b] ? RelevantDyad.Kinds.BGreat : 0);

    /// <summary>
    /// Every pair of the state with a living state, after it rose or fell among the great powers or died
    /// (a pair with a dead state left the set when that state died).
    /// </summary>
    private void ReclassifyRow(int state)
    {
        for (int j = 0; j < NextSlot; j++)
            if (j != state && IsAlive[j]) Reclassify(state, j);
    }

    /// <summary>The contiguous pairs of the first states join the great powers' in the set, and are counted.</summary>
    private void AddContiguousDyads()
    {
        for (int a = 0; a < NextSlot; a++)
        {
            if (!IsAlive[a]) continue;
            foreach (int b in Neighbours[a])
            {
                if (b < a || !IsAlive[b]) continue;
                livingContiguous++;
                Reclassify(a, b);
            }
        }
    }

    /// <summary>Contiguous pairs of living states, kept as states enter and die.</summary>
    private int livingContiguous;

    /// <summary>Pairs of living states that are contiguous, and that are not (exposure for dyadic rates).</summary>
    internal int LivingContiguousDyads => livingContiguous;
    internal int LivingDistantDyads => AliveCount * (AliveCount - 1) / 2 - livingContiguous;

    /// <summary>Total capability of a group of states (one side of a war).</summary>
    internal double CapabilityOf(List<int> states)
    {
        double sum = 0;
        foreach (int s in states) sum += Capability[s];
        return sum;
    }

    /// <summary>Torus distance between two states.</summary>
    public double Distance(int i, int j) => Math.Sqrt(SquaredDistance(i, j));

    /// <summary>
    /// The distance from <paramref name="i"/> to the nearer of <paramref name="j"/> and <paramref name="k"/>:
    /// min(Distance(i, j), Distance(i, k)) by one square root (it rounds monotonely, so the same value).
    /// </summary>
    public double DistanceToNearer(int i, int j, int k) => Math.Sqrt(Math.Min(SquaredDistance(i, j), SquaredDistance(i, k)));

    private double SquaredDistance(int i, int j)
    {
        double dx = Math.Abs(X[i] - X[j]), dy = Math.Abs(Y[i] - Y[j]);
        dx = Math.Min(dx, 1 - dx);
        dy = Math.Min(dy, 1 - dy);
        return dx * dx + dy * dy;
    }

    /// <summary>Contiguity among the living states: each borders its k nearest on the torus, symmetrised.</summary>
    private void MarkNeighbours(int k)
    {
        k = Math.Max(0, k); // a world of one state has no borders
        Span<int> nearest = stackalloc int[k];
        Span<double> distance = stackalloc double[k];
        for (int i = 0; i < NextSlot; i++)
        {
            if (!IsAlive[i]) continue;
            int found = Nearest(i, nearest, distance);
            for (int r = 0; r < found; r++)
                IsContiguous[DyadIndex(i, nearest[r])] = true;
        }
        // Each state's list in dyad order, not in order of distance: the order some scans break ties in.
        // Only the slots in use can border (the calendar world's other 50,000 dyads are all apart).
        for (int a = 0; a < NextSlot; a++)
            for (int b = a + 1; b < NextSlot; b++)
                if (IsContiguous[DyadIndex(a, b)])
                {
                    Neighbours[a].Add(b);
                    Neighbours[b].Add(a);
                }
    }

    /// <summary>A new state's borders: its k nearest living states, which border it in turn.</summary>
    private void MarkEntrantNeighbours(int entrant, int k)
    {
        Span<int> nearest = stackalloc int[k];
        Span<double> distance = stackalloc double[k];
        int found = Nearest(entrant, nearest, distance);
        for (int r = 0; r < found; r++)
        {
            int d = DyadIndex(entrant, nearest[r]);
            if (IsContiguous[d]) continue;
            IsContiguous[d] = true;
            livingContiguous++;
            Neighbours[entrant].Add(nearest[r]);
            Neighbours[nearest[r]].Add(entrant);
        }
    }

    /// <summary>
    /// The <c>nearest.Length</c> living states nearest to <paramref name="i"/>, nearest first, kept in a
    /// short sorted list as the states come rather than a sort of every slot's distance (the calendar
    /// world has some 350 slots, and each of its 150 first states looked for its neighbours by a sort).
    /// Distances of states drawn at random on the torus do not tie, so the set is the one a sort picks.
    /// Returns how many were found.
    /// </summary>
    private int Nearest(int i, Span<int> nearest, Span<double> distance)
    {
        if (nearest.Length == 0) return 0;
        // First within the radius that would hold some 2.5k living states spread evenly over the torus:
        // most searches find their k there and consider a handful of states one by one, not the dozen a
        // search from an unbounded cutoff meets before its cutoff falls. The k found are the k nearest when
        // every state left out lies beyond the k-th by the cutoff's margin, that is when the cutoff of the k
        // found falls within the radius; otherwise, rarely, the search runs again without one.
        double radiusSquared = 2.5 * nearest.Length / (Math.PI * Math.Max(1, AliveCount));
        var kept = new NearestKept(nearest, distance, radiusSquared);
        ScanNearest(i, ref kept);
        if (kept.Found == nearest.Length && kept.Cutoff <= radiusSquared) return kept.Found;
        kept = new NearestKept(nearest, distance, double.PositiveInfinity);
        ScanNearest(i, ref kept);
        return kept.Found;
    }

    /// <summary>Offers <paramref name="kept"/> every living state but <paramref name="i"/> within its cutoff, in slot order.</summary>
    private void ScanNearest(int i, ref NearestKept kept)
    {
        int j = 0, slots = NextSlot;
        if (Vector256.IsHardwareAccelerated)
        {
            // Four squared distances at a time, by the same operations as SquaredDistance (so the same
            // values); only those within the cutoff of the block's start are looked at one by one, and
            // the cutoff only falls, so every state the plain loop would consider is considered.
            var xi = Vector256.Create(X[i]);
            var yi = Vector256.Create(Y[i]);
            var one = Vector256.Create(1.0);
            ref double x = ref MemoryMarshal.GetArrayDataReference(X);
            ref double y = ref MemoryMarshal.GetArrayDataReference(Y);
            for (; j + Vector256<double>.Count <= slots; j += Vector256<double>.Count)
            {
                var dx = Vector256.Abs(xi - Vector256.LoadUnsafe(ref x, (nuint)j));
                var dy = Vector256.Abs(yi - Vector256.LoadUnsafe(ref y, (nuint)j));
                dx = Vector256.Min(dx, one - dx);
                dy = Vector256.Min(dy, one - dy);
                var squared = dx * dx + dy * dy;
                for (uint within = Vector256.LessThanOrEqual(squared, Vector256.Create(kept.Cutoff)).ExtractMostSignificantBits();
                     within != 0; within &= within - 1)
                {
                    int lane = BitOperations.TrailingZeroCount(within);
                    if (j + lane != i && IsAlive[j + lane]) kept.Consider(j + lane, squared.GetElement(lane));
                }
            }
        }
        for (; j < slots; j++)
            if (j != i && IsAlive[j]) kept.Consider(j, SquaredDistance(i, j));
    }

    /// <summary>The k nearest states seen so far, nearest first (<see cref="Nearest"/>).</summary>
    private ref struct NearestKept(Span<int> nearest, Span<double> distance, double cutoff)
    {
        private readonly Span<int> nearest = nearest;
        private readonly Span<double> distance = distance;
        public int Found;
        /// <summary>
        /// Once k are found, a state whose squared distance exceeds the k-th's square by more than any
        /// rounding (10⁻¹² relative) is farther, without the root: the square root rounds monotonely.
        /// </summary>
        public double Cutoff = cutoff;

        public void Consider(int j, double squared)
        {
            if (squared > Cutoff) return;
            int k = nearest.Length;
            double dj = Math.Sqrt(squared);
            if (Found == k && dj >= distance[k - 1]) return;
            int r = Found < k ? Found++ : k - 1;
            while (r > 0 && distance[r - 1] > dj)
            {
                distance[r] = distance[r - 1];
                nearest[r] = nearest[r - 1];
                r--;
            }
            distance[r] = dj;
            nearest[r] = j;
            if (Found == k) Cutoff = distance[k - 1] * distance[k - 1] * (1 + 1e-12);
        }
    }

    /// <summary>True when any neighbour of the state is at war, inter-state or civil (contagion).</summary>
    internal bool HasNeighbourAtWar(int i)
    {
        foreach (int j in Neighbours[i])
            if (IsAlive[j] && (WarCount[j] > 0 || InCivilConflict[j])) return true;
        return false;
    }

    /// <summary>Opens a war between challenger and target.</summary>
    internal War DeclareWar(int challenger, int target)
    {
        int d = DyadIndex(challenger, target);
        War war;
        if (spareWars is { Count: > 0 } spare)
        {
            war = spare.Pop();
            war.Begin(NextEpisode++, EpisodeKey.OfWar(d), Year, challenger, target, LastWarEpisode[d]);
        }
        else war = new War(NextEpisode++, EpisodeKey.OfWar(d), Year, challenger, target, LastWarEpisode[d]);
        declaredWars.Add(war);
        AtWar[d]++;
        MarkContested(d);
        WarCount[challenger]++;
        WarCount[target]++;
        Wars.Add(war);
        return war;
    }

    /// <summary>A state enters an ongoing war on one side.</summary>
    internal void JoinWar(War war, int state, bool onSideA)
    {
        var enemies = onSideA ? war.SideB : war.SideA;
        foreach (int e in enemies)
        {
            int d = DyadIndex(state, e);
            AtWar[d]++;
            MarkContested(d);
        }
        (onSideA ? war.SideA : war.SideB).Add(state);
        WarCount[state]++;
    }

    /// <summary>A state leaves a war it fights in (it was conquered elsewhere).</summary>
    internal void LeaveWar(War war, int state)
    {
        bool onA = war.SideA.Contains(state);
        foreach (int e in onA ? war.SideB : war.SideA)
        {
            int d = DyadIndex(state, e);
            AtWar[d]--;
            ForgetCrisisBound(d); // the scan bounded the pair by 0 while it was at war
        }
        (onA ? war.SideA : war.SideB).Remove(state);
        WarCount[state]--;
    }

    /// <summary>Closes a war: opens the peace spell of every pair that fought on opposite sides.</summary>
    internal void EndWar(War war)
    {
        foreach (int a in war.SideA)
        {
            WarCount[a]--;
            foreach (int b in war.SideB)
            {
                int d = DyadIndex(a, b);
                AtWar[d]--;
                LastWarEndYear[d] = Year;
                LastWarEpisode[d] = war.Episode;
                ForgetCrisisBound(d);
            }
        }
        foreach (int b in war.SideB) WarCount[b]--;
        Wars.Remove(war);
    }

    /// <summary>State death by conquest: the conqueror absorbs part of the victim's capability.</summary>
    internal void Conquer(int victim, int conqueror) => Absorb(victim, conqueror);

    /// <summary>
    /// A state leaves the system, absorbed by another (conquest, or unification in the calendar
    /// mode); its dyads are no longer relevant.
    /// </summary>
    internal void Absorb(int victim, int into)
    {
        Capability[into] += Parameters.War.ConquestCapabilityGain * Capability[victim];
        IsAlive[victim] = false;
        if (IsDemocracy(victim)) livingDemocracies--;
        bool wasGreat = MarkGreatPower(victim, false);
        SetBloc(victim, -1);
        SetPatron(victim, -1);
        AliveCount--;
        if (clients.Length > 0 && clients[victim] is { Count: > 0 } orphans)
            for (int x = orphans.Count - 1; x >= 0; x--) SetPatron(orphans[x], -1);
        foreach (int j in Neighbours[victim])
            if (IsAlive[j]) livingContiguous--;
        // Its pairs leave the relevant set: all of a great power's; a minor state's with its neighbours and the great powers.
        if (wasGreat) ReclassifyRow(victim);
        else
        {
            foreach (int g in GreatPowers) Relevant.Remove(DyadIndex(victim, g));
            foreach (int j in Neighbours[victim]) Relevant.Remove(DyadIndex(victim, j));
        }
    }

    /// <summary>
    /// A new state enters the system in the next free slot: small relative to the world of its day
    /// and fragile (calendar mode). Returns false when no slot is left.
    /// </summary>
    internal bool Enter()
    {
        if (NextSlot >= StateCount) return false;
        int i = NextSlot++;
        var c = Parameters.Calendar;
        Capability[i] = MeanCapability * PortableMath.Exp(c.EntrantLogCapability + Parameters.World.CapabilitySpread * capabilityDraw[i]);
        for (int h = 0; h < HistoryYears; h++)
            CapabilityHistory[h * StateCount + i] = Capability[i];
        Fragility[i] = BaseFragility[i] = Math.Min(1, BaseFragility[i] + c.EntrantFragility);
        IsAlive[i] = true;
        AliveCount++;
        if (IsDemocracy(i)) livingDemocracies++;
        MarkEntrantNeighbours(i, Math.Min(Parameters.World.Neighbours, AliveCount - 1));
        // Its pairs join the relevant set, where none of them can be (its slot is new, the highest in use):
        // with every great power, and with its other neighbours.
        foreach (int g in GreatPowers)
        {
            int d = DyadIndex(g, i);
            Relevant.Add(d, g, i, KindOf(g, i, d));
        }
        foreach (int j in Neighbours[i])
        {
            int d = DyadIndex(j, i);
            if (!isGreatPower[j]) Relevant.Add(d, j, i, KindOf(j, i, d));
        }
        return true;
    }

    /// <summary>Sanctions or other costs: the state loses a fraction of its capability.</summary>
    internal void ImposeCost(int state, double fraction) => Capability[state] *= 1 - fraction;

    internal void AddRivalry(int dyad, double amount)
    {
        Enmity[dyad].Rivalry += amount;
        MarkActive(dyad);
        ForgetCrisisBound(dyad);
    }

    /// <summary>The loser's grievance toward the winner rises to at least the given level.</summary>
    internal void RaiseGrievance(int loser, int winner, double level)
    {
        int d = DyadIndex(loser, winner);
        ref double held = ref loser < winner ? ref Enmity[d].GrievanceAB : ref Enmity[d].GrievanceBA;
        if (held == 0) (grievedAt[loser] ??= new List<int>(4)).Add(winner);
        held = Math.Max(held, level);
        MarkActive(d);
        ForgetCrisisBound(d);
    }

    /// <summary>
    /// Per state, the states it has held a grievance toward, so <see cref="LargestGrievance"/> reads a
    /// few pairs instead of a column of the dyad arrays (a cache miss per state in the calendar world).
    /// </summary>
    private readonly List<int>?[] grievedAt;

    private void MarkActive(int dyad)
    {
        if (isActiveDyad[dyad]) return;
        isActiveDyad[dyad] = true;
        MarkContested(dyad);
        ActiveDyads.Add(new ActiveDyad(dyad, DyadA[dyad], DyadB[dyad]));
    }

    /// <summary>Marks the pair contested for good, and remembers it so Release can reset it.</summary>
    private void MarkContested(int dyad)
    {
        if (EverContested[dyad]) return;
        EverContested[dyad] = true;
        dyads.Contested.Add(dyad);
    }

    /// <summary>The largest grievance the state holds toward any other.</summary>
    internal double LargestGrievance(int state)
    {
        double max = 0; // every other pair's grievance is zero
        if (grievedAt[state] is not { } toward) return max;
        foreach (int j in toward)
        {
            int d = DyadIndex(state, j);
            max = Math.Max(max, state < j ? Enmity[d].GrievanceAB : Enmity[d].GrievanceBA);
        }
        return max;
    }

    internal CivilConflict StartCivilConflict(int state)
    {
        CivilConflict conflict;
        if (spareConflicts is { Count: > 0 } spare)
        {
            conflict = spare.Pop();
            conflict.Begin(NextEpisode++, Year, state, LastCivilEpisode[state]);
        }
        else conflict = new CivilConflict(NextEpisode++, Year, state, LastCivilEpisode[state]);
        startedConflicts.Add(conflict);
        InCivilConflict[state] = true;
        Fragility[state] = Math.Min(1, Fragility[state] + Parameters.Civil.TrapFragility);
        CivilConflicts.Add(conflict);
        return conflict;
    }

    internal void EndCivilConflict(CivilConflict conflict, double relapseRisk)
    {
        InCivilConflict[conflict.State] = false;
        LastCivilEndYear[conflict.State] = Year;
        LastCivilEpisode[conflict.State] = conflict.Episode;
        CivilRelapseRisk[conflict.State] = relapseRisk;
        CivilConflicts.Remove(conflict);
    }
}
