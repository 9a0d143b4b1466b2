using Simulator.Engine;
using Simulator.Entities;
using Simulator.Numerics;
using Simulator.Observation;
using Simulator.Randomness;
using Simulator.Regimes;

namespace Simulator.Processes;

/// <summary>
/// Step 5: each crisis escalates with p_war = logistic of parity, recent power shift (the commitment
/// problem), grievance, joint democracy, contiguity and deterrence by expected allied support
/// (MODEL.md section 3.5). The regime may change p_war. One uniform keyed to the crisis decides:
/// war if u &lt; p_war, so the same crisis meets the same u under every regime.
/// </summary>
internal sealed class CrisisBargaining(RunContext context, WarFighting fighting) : IAnnualProcess
{
    public void Advance(World world)
    {
        var counters = context.Counters;
        int year = world.Year;
        // Asked each year, after the regime's upkeep (a schedule may have changed the regime) and once a burn-in ends.
        bool exact = context.Observer.ObservesCrises || context.Parameters.Bargaining.Deterrence > 0 || context.Regime.MayRaiseEscalation;
        foreach (int d in context.CrisisDyads)
        {
            int a = world.DyadA[d], b = world.DyadB[d];
            if (world.AtWar[d] > 0 || !world.IsAlive[a] || !world.IsAlive[b]) continue; // overtaken by a war begun this year
            counters.Add(WorldCounters.Crises);
            counters.CrisesThisYear++;

            int challenger = ChooseChallenger(world, d, year);
            int target = challenger == a ? b : a;
            double u = context.Draws.Uniform(Purpose.CrisisEscalation, year, a, b);
            bool bounded = false;
            double pWar = exact ? EscalationProbability(world, challenger, target, d) : EscalationProbabilityOrBound(world, challenger, target, d, u, out bounded);
            var decision = context.Regime.Decide(new Crisis(year, challenger, target, d, pWar), world);

            CrisisOutcome outcome;
            if (decision.ImposesSettlement) outcome = CrisisOutcome.Settled;
            else if (u < decision.PWar) outcome = CrisisOutcome.War;
            else outcome = CrisisOutcome.Defused;
            string? credited = context.Regime.Resolve(u, outcome == CrisisOutcome.War, world);
            bool prevented = outcome != CrisisOutcome.War && u < pWar;
            if (prevented) counters.Add(WorldCounters.CrisesPrevented);

            int greatPowers = (world.IsGreatPower[a] ? 1 : 0) + (world.IsGreatPower[b] ? 1 : 0);
            // A bound is no p_war: an observer that reads crises without saying so (ObservesCrises) sees NaN, not a wrong number.
            context.Observer.CrisisResolved(new CrisisRecord(year, challenger, target, world.IsContiguous[d], greatPowers,
                bounded ? double.NaN : pWar, bounded ? double.NaN : decision.ImposesSettlement ? 0 : decision.PWar, u, outcome, prevented ? credited : null));

            if (outcome == CrisisOutcome.War)
            {
                counters.Add(world.IsContiguous[d] ? WorldCounters.ContiguousWarOnsets : WorldCounters.DistantWarOnsets);
                fighting.Begin(world, challenger, target);
            }
            // After the war is counted, so a war dyad is classed by the rivalry that preceded its crisis (sf34).
            world.AddRivalry(d, context.Parameters.Crises.RivalryPerCrisis);
        }
    }

    /// <summary>The side that presses the dispute: weighted by capability and by grievance toward the other.</summary>
    private int ChooseChallenger(World world, int d, int year)
    {
        int a = world.DyadA[d], b = world.DyadB[d];
        double weight = context.Parameters.Bargaining.ChallengerGrievanceWeight;
        double wa = world.Capability[a] * (1 + weight * world.Enmity[d].GrievanceAB);
        double wb = world.Capability[b] * (1 + weight * world.Enmity[d].GrievanceBA);
        return context.Draws.Uniform(Purpose.CrisisChallenger, year, a, b) * (wa + wb) < wa ? a : b;
    }

    internal double EscalationProbability(World world, int challenger, int target, int d) =>
        Logistic(Logit(world, d, LogitBeforeDeterrence(world, challenger, target, d), Deterrence(world, challenger, target)));

    /// <summary>
    /// The crisis's p_war, or a bound on it (<paramref name="bounded"/>) when the escalation draw <paramref name="u"/>
    /// lies above the bound. Deterrence only lowers p_war (its logit weight is not positive: the caller checks), so
    /// p_war without it bounds p_war, and the regime only lowers p_war further (the caller checks
    /// <see cref="IRegime.MayRaiseEscalation"/>). A crisis whose draw is above the bound (by far more
    /// than the exponential's rounding) is then defused or settled under every regime, prevented by none and
    /// credited to no mechanism, whether the regime deliberates on p_war or on the bound: it ends the same
    /// without the expected support of the allies on both sides, the costliest part of p_war (most crises).
    /// The logit is summed in the same order with the deterrence term at zero, and adding a term that is not
    /// positive never raises a rounded sum, so the bound's logit is at least p_war's; the exponential is monotone
    /// to within a few units in the last place, which the margin covers many times over.
    /// </summary>
    private double EscalationProbabilityOrBound(World world, int challenger, int target, int d, double u, out bool bounded)
    {
        double before = LogitBeforeDeterrence(world, challenger, target, d);
        double bound = Logistic(Logit(world, d, before, deterrence: 0));
        bounded = u >= bound + BoundMargin;
        return bounded ? bound : Logistic(Logit(world, d, before, Deterrence(world, challenger, target)));
    }

    /// <summary>Far above any rounding of p_war (its exponential is exact to a few units in the last place, some 10⁻¹⁶).</summary>
    private const double BoundMargin = 1e-9;

    private static double Logistic(double logit) => 1.0 / (1.0 + PortableMath.Exp(-logit));

    /// <summary>The logit of p_war up to its deterrence term: intercept, parity, power shift, grievance and joint democracy, summed in that order.</summary>
    private double LogitBeforeDeterrence(World world, int challenger, int target, int d)
    {
        var p = context.Parameters.Bargaining;
        double cc = world.Capability[challenger], ct = world.Capability[target];
        double parity = Math.Min(cc, ct) / Math.Max(cc, ct);
        double shift = PowerShift(world, challenger, target);
        double grievance = world.Enmity[d].LargerGrievance;
        bool jointDemocracy = world.IsDemocracy(challenger) && world.IsDemocracy(target);
        return p.Intercept + p.Parity * parity + p.PowerShift * shift + p.Grievance * grievance + (jointDemocracy ? p.JointDemocracy : 0);
    }

    /// <summary>The whole logit: the sum up to deterrence, then deterrence D, then contiguity.</summary>
    private double Logit(World world, int d, double beforeDeterrence, double deterrence)
    {
        var p = context.Parameters.Bargaining;
        return beforeDeterrence + p.Deterrence * deterrence + (world.IsContiguous[d] ? p.Contiguity : 0);
    }

    /// <summary>Deterrence D of the crisis: from the expected allied support of both sides (<see cref="DeterrenceShare"/>).</summary>
    private double Deterrence(World world, int challenger, int target)
    {
        double supportTarget = ExpectedSupport(world, target, challenger, isChallenger: false);
        double supportChallenger = ExpectedSupport(world, challenger, target, isChallenger: true);
        return DeterrenceShare(world.Capability[challenger], world.Capability[target], supportChallenger, supportTarget);
    }

    /// <summary>
    /// Deterrence D: the share of all the power expected in the war that the target's allies would bring.
    /// The challenger's own strength and its allies count too: the same allied support deters a weak
    /// challenger more than a strong one (the balance of forces, Huth 1988), which the share of the
    /// target's side alone would not see.
    /// </summary>
    internal static double DeterrenceShare(double challenger, double target, double challengerSupport, double targetSupport) =>
        targetSupport / (challenger + challengerSupport + target + targetSupport);

    /// <summary>|Change in the log capability ratio of the pair over the last ten years| (the commitment problem).</summary>
    internal static double PowerShift(World world, int a, int b) =>
        Math.Abs(PortableMath.Log(world.Capability[a] / world.Capability[b])
                 - PortableMath.Log(world.CapabilityDecadeAgo(a) / world.CapabilityDecadeAgo(b)));

    /// <summary>
    /// Expected allied capability on a side: each ally not also allied to the opponent, weighted by the
    /// probability that it would join a war between the two (WarFighting.JoinProbability: base reliability,
    /// stake and odds). Deterrence is as credible as the allies' commitments (Huth 1988).
    /// </summary>
    internal double ExpectedSupport(World world, int side, int opponent, bool isChallenger)
    {
        var p = context.Parameters.War;
        int challenger = isChallenger ? side : opponent, target = isChallenger ? opponent : side;
        double reliability = p.AllyJoinProbability * (isChallenger ? p.ChallengerAllyFactor : 1);
        double sideCapability = world.Capability[side], opponentCapability = world.Capability[opponent];
        bool opponentDemocracy = world.IsDemocracy(opponent);
        var enemy = new WarFighting.EnemySide(opponentCapability); // its strength taken once, not once an ally
        double sum = 0;
        foreach (int k in world.AlliedTo(side)) // the states allied to side, ascending: not every slot (perf)
            if (k != side && k != opponent && world.IsAlive[k] && world.AreAllied(k, side) && !world.AreAllied(k, opponent))
                sum += world.Capability[k] * reliability
                       * WarFighting.JoinProbabilityAgainst(world, p, k, side, challenger, target, sideCapability, ref enemy, opponentDemocracy);
        return sum;
    }
}
