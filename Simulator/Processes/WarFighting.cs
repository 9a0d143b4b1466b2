using Simulator.Engine;
using Simulator.Entities;
using Simulator.Numerics;
using Simulator.Observation;
using Simulator.Parameters;
using Simulator.Randomness;
using Simulator.Regimes;

namespace Simulator.Processes;

/// <summary>
/// Step 6: wars (MODEL.md section 3.6). At the outbreak allies join with reliability p_join; each
/// war-year abstaining allies may still join, battle deaths accrue with the capability engaged
/// (lognormal intensity), participants pay costs, and the war ends with a hazard that rises with
/// inequality. At the end: a winner by a contest function, or a ceasefire, settlement or stalemate;
/// the loser pays and holds a grievance; a crushed minor loser may be conquered.
/// </summary>
internal sealed class WarFighting(RunContext context, CivilStrife civil) : IAnnualProcess
{
    private const int RelapseWindowYears = 10;

    /// <summary>Opens a war from an escalated crisis and lets allies join at the outbreak.</summary>
    public void Begin(World world, int challenger, int target)
    {
        var counters = context.Counters;
        int d = world.DyadIndex(challenger, target);
        int lastEnd = world.LastWarEndYear[d];
        var war = world.DeclareWar(challenger, target);
        DyadObservation.CountWarDyad(world, counters, challenger, target);
        counters.Add(WorldCounters.InterstateWars);
        counters.WarOnsetsThisYear++;
        if (war.RelapseOf >= context.FirstReportedEpisode && world.Year - lastEnd <= RelapseWindowYears) counters.Add(WorldCounters.InterstateRelapses10Years);
        CountEntry(world, war, challenger, sideA: true);
        CountEntry(world, war, target, sideA: false);
        CallAllies(world, war, context.Parameters.War.AllyJoinProbability);
    }

    public void Advance(World world)
    {
        int i = 0;
        while (i < world.Wars.Count)
        {
            var war = world.Wars[i];
            if (FightYear(world, war)) continue; // the war ended and left the list
            i++;
        }
    }

    /// <summary>One war-year. Returns true when the war ended.</summary>
    private bool FightYear(World world, War war)
    {
        var p = context.Parameters.War;
        int year = world.Year;
        if (war.SideA.Count == 0 || war.SideB.Count == 0)
        {
            Finish(world, war, EndReason.Conquest);
            return true;
        }
        var decision = context.Regime.DecideWar(war, world);
        if (!decision.StopsJoining && war.StartYear < year)
            CallAllies(world, war, p.AllyLateJoinProbability);

        double ca = world.CapabilityOf(war.SideA), cb = world.CapabilityOf(war.SideB);
        double intensity = PortableMath.Exp(p.DeathsSpread * context.Draws.Normal(Purpose.WarDeaths, year, war.Key));
        double deaths = p.DeathsScale * (ca + cb) / world.MeanCapability * intensity;
        war.BattleDeaths += deaths;
        context.Counters.Add(WorldCounters.BattleDeaths, deaths);
        ChargeCosts(world, war.SideA, p.CostPerYear);
        ChargeCosts(world, war.SideB, p.CostPerYear);

        if (decision.ImposesEnd)
        {
            // The institution ends the war; collective action defeats the aggressor's side.
            if (decision.DefeatsAggressor) Defeat(world, war, war.SideB, war.SideA, cb);
            Finish(world, war, EndReason.Imposed);
            return true;
        }
        double inequality = Math.Abs(ca - cb) / (ca + cb);
        double hazard = Math.Min(1, (p.TerminationHazard + p.TerminationInequality * inequality) * decision.TerminationMultiplier);
        if (context.Draws.Uniform(Purpose.WarTermination, year, war.Key) >= hazard) return false;

        double decisive = p.DecisiveBase + (1 - p.DecisiveBase) * inequality;
        double u = context.Draws.Uniform(Purpose.WarOutcome, year, war.Key);
        if (u < decisive)
        {
            double sa = PortableMath.Pow(ca, p.ContestExponent), sb = PortableMath.Pow(cb, p.ContestExponent);
            bool aWins = context.Draws.Uniform(Purpose.WarWinner, year, war.Key) * (sa + sb) < sa;
            Defeat(world, war, aWins ? war.SideA : war.SideB, aWins ? war.SideB : war.SideA, aWins ? ca : cb);
            Finish(world, war, EndReason.Victory);
        }
        else
        {
            // Indecisive endings: split between ceasefire, settlement and stalemate.
            double v = (u - decisive) / (1 - decisive);
            double ceasefire = p.IndecisiveCeasefireShare, settlement = ceasefire + p.IndecisiveSettlementShare;
            Finish(world, war, v < ceasefire ? EndReason.Ceasefire : v < settlement ? EndReason.Settlement : EndReason.Stalemate);
        }
        return true;
    }

    private void Defeat(World world, War war, List<int> winners, List<int> losers, double winnerCapability)
    {
        var p = context.Parameters.War;
        foreach (int l in losers)
        {
            world.Capability[l] *= 1 - p.DefeatCost;
            foreach (int w in winners)
                world.RaiseGrievance(l, w, p.DefeatGrievance);
        }
        // Conquest after the war is closed, so the victims' dyads close their spells first.
        pendingConquests.Clear();
        foreach (int l in losers)
            if (!world.IsGreatPower[l] && world.Capability[l] < p.ConquestRatio * winnerCapability
                && context.Draws.Uniform(Purpose.Conquest, world.Year, war.Key, l) < p.ConquestProbability)
                pendingConquests.Add(l);
        conqueror = winners[0];
    }

    private readonly List<int> pendingConquests = new(4);
    private int conqueror;

    private void Finish(World world, War war, EndReason reason)
    {
        world.EndWar(war);
        if (world.IsAlive[war.Challenger] && world.IsAlive[war.Target])
            war.HasPeacekeeping = context.Regime.DeployPeacekeepers(
                new EndedEpisode(EpisodeKind.Interstate, war.Episode, war.Key, war.Challenger, war.Target, reason, war.StartYear, war.BattleDeaths), world);
        Report(war, world.Year, reason);
        if (reason is not (EndReason.Victory or EndReason.Imposed)) return;
        foreach (int victim in pendingConquests)
        {
            if (!world.IsAlive[victim] || !world.IsAlive[conqueror]) continue;
            foreach (var other in world.Wars)
                if (other.Involves(victim)) world.LeaveWar(other, victim);
            civil.EndOnConquest(world, victim);
            world.Conquer(victim, conqueror);
            context.Counters.Add(WorldCounters.StatesConquered);
        }
        pendingConquests.Clear();
    }

    /// <summary>Reports a war as an episode (also used for censoring at the horizon).</summary>
    internal void Report(War war, int? endYear, EndReason reason)
    {
        if (war.IsGreatPowerWar) context.Counters.Add(WorldCounters.GreatPowerWars);
        if (war.GreatPowers >= 3) context.Counters.Add(WorldCounters.SystemicWars);
        context.Observer.EpisodeEnded(new EpisodeRecord(war.Episode, EpisodeKind.Interstate, war.StartYear, endYear, reason,
            war.BattleDeaths, war.GreatPowers, war.IsGreatPowerWar, war.RelapseOf >= 0 ? war.RelapseOf : null,
            war.Challenger, war.Target, war.SideA.Count + war.SideB.Count, war.HasPeacekeeping));
    }

    /// <summary>
    /// Allies of the two original belligerents decide whether to join: each with the base probability
    /// times its stake and the odds (<see cref="JoinProbability"/>). An ally of both abstains.
    /// </summary>
    private void CallAllies(World world, War war, double probability)
    {
        var p = context.Parameters.War;
        int year = world.Year;
        ulong key = context.Draws.YearKey(Purpose.AllyJoins, year);
        double ca = world.CapabilityOf(war.SideA), cb = world.CapabilityOf(war.SideB);
        bool democracyA = HasDemocracy(world, war.SideA), democracyB = HasDemocracy(world, war.SideB);
        foreach (int k in world.AlliedTo(war.Challenger, war.Target)) // allied to either, ascending: not every slot (perf)
        {
            if (!world.IsAlive[k] || k == war.Challenger || k == war.Target || war.Involves(k)) continue;
            bool withA = world.IsAlive[war.Challenger] && world.AreAllied(k, war.Challenger);
            bool withB = world.IsAlive[war.Target] && world.AreAllied(k, war.Target);
            if (withA == withB) continue; // no pact, or torn between two allies: abstains
            bool sideA = withA;
            int friend = sideA ? war.Challenger : war.Target;
            // The draw is keyed by the ally, so it can come first. JoinProbability is at most 1 (a
            // product of factors each at most 1, capabilities being positive), so a draw at or above
            // the base probability is a refusal without the distances and powers.
            double u = Draws.UniformFrom(key, war.Key, k);
            double upTo = probability * (sideA ? p.ChallengerAllyFactor : 1);
            if (u >= upTo) continue;
            double join = upTo * JoinProbability(world, p, k, friend, war.Challenger, war.Target,
                sideA ? ca : cb, sideA ? cb : ca, sideA ? democracyB : democracyA);
            if (u >= join) continue;
            world.JoinWar(war, k, sideA);
            if (sideA) { ca += world.Capability[k]; democracyA |= world.IsDemocracy(k); }
            else { cb += world.Capability[k]; democracyB |= world.IsDemocracy(k); }
            foreach (int enemy in sideA ? war.SideB : war.SideA) DyadObservation.CountWarDyad(world, context.Counters, k, enemy);
            CountEntry(world, war, k, sideA);
        }
    }

    private static bool HasDemocracy(World world, List<int> side)
    {
        foreach (int s in side)
            if (world.IsDemocracy(s)) return true;
        return false;
    }

    /// <summary>
    /// How likely an ally is to honour its commitment, relative to the base probability: its stake times
    /// the odds (MODEL.md section 3.6). The stake is 1 for the friend's patron and for a state bordering
    /// either original belligerent (the theatre); otherwise it falls with the distance to the nearer one.
    /// The odds factor is min(1, 2·P)^w, P the contest-function chance that the friend's side wins with
    /// the ally. A democracy rarely joins against a side with a democracy. Also read by deterrence.
    /// </summary>
    internal static double JoinProbability(World world, WarParameters p, int ally, int friend, int challenger, int target,
        double friendSideCapability, double enemySideCapability, bool enemyHasDemocracy)
    {
        var enemy = new EnemySide(enemySideCapability);
        return JoinProbabilityAgainst(world, p, ally, friend, challenger, target, friendSideCapability, ref enemy, enemyHasDemocracy);
    }

    /// <summary>
    /// The enemy side of a war or crisis in the contest function: its capability c, and its strength c^γ,
    /// taken once and only when an ally's odds need it (most allies' sides outweigh the enemy: see below).
    /// </summary>
    internal struct EnemySide(double capability)
    {
        public readonly double Capability = capability;
        private double strength = double.NaN;

        public double Strength(WarParameters p) => double.IsNaN(strength) ? strength = PortableMath.Pow(Capability, p.ContestExponent) : strength;
    }

    /// <summary>
    /// <see cref="JoinProbability(World, WarParameters, int, int, int, int, double, double, bool)"/> against an
    /// <see cref="EnemySide"/>, for callers that ask about many allies against one enemy.
    /// </summary>
    /// <remarks>
    /// When the friend's side with the ally outweighs the enemy's by a relative 10⁻⁹, the odds factor is 1
    /// without the powers. For γ of at least 0.01, (1 + 10⁻⁹)^γ exceeds 1 by some 10⁻¹¹, far more than the
    /// two powers' rounding (under an ulp each, 2.3·10⁻¹⁶ relative), so the powers would come out s &gt; e;
    /// then s + e rounds to at most 2s, 2s / (s + e) to at least 1, and min(1, 2P) is exactly 1, as computed.
    /// A side below 10³⁰ keeps s finite for γ up to 10 (the parameter's range).
    /// </remarks>
    internal static double JoinProbabilityAgainst(World world, WarParameters p, int ally, int friend, int challenger, int target,
        double friendSideCapability, ref EnemySide enemy, bool enemyHasDemocracy)
    {
        double stake;
        if (world.Patron[friend] == ally
            || world.IsContiguous[world.DyadIndex(ally, challenger)] || world.IsContiguous[world.DyadIndex(ally, target)])
            stake = 1;
        else
        {
            double distance = world.DistanceToNearer(ally, challenger, target);
            stake = p.DistantAllyScale > 0 ? PortableMath.Exp(-distance / p.DistantAllyScale) : 0;
        }
        double odds = 1;
        double withAlly = friendSideCapability + world.Capability[ally];
        bool outweighs = p.ContestExponent is >= 0.01 and <= 10 && withAlly <= 1e30 && withAlly >= enemy.Capability * (1 + 1e-9);
        if (p.JoinOddsWeight > 0 && !outweighs)
        {
            double s = PortableMath.Pow(withAlly, p.ContestExponent);
            double chance = Math.Min(1, 2 * s / (s + enemy.Strength(p)));
            odds = chance == 1 ? 1 : PortableMath.Pow(chance, p.JoinOddsWeight); // 1^w is 1: the power only where it can differ
        }
        double restraint = enemyHasDemocracy && world.IsDemocracy(ally) ? p.DemocraticJoinFactor : 1;
        return stake * odds * restraint;
    }

    private void CountEntry(World world, War war, int state, bool sideA)
    {
        if (world.IsGreatPower[state])
        {
            context.Counters.Add(WorldCounters.GreatPowerWarEntries);
            war.GreatPowers++;
            if (sideA) war.GreatPowersA++; else war.GreatPowersB++;
            war.IsGreatPowerWar = war.GreatPowersA > 0 && war.GreatPowersB > 0;
        }
        else
        {
            context.Counters.Add(WorldCounters.MinorWarEntries);
        }
    }


    private static void ChargeCosts(World world, List<int> side, double cost)
    {
        foreach (int s in side) world.Capability[s] *= 1 - cost;
    }
}
