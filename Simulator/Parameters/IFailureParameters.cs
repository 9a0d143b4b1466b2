namespace Simulator.Parameters;

/// <summary>
/// The four ways a regime fails (MODEL.md section 5, "Failure modes"), the same for every regime and
/// each with its own values in <c>model.concert</c>, <c>model.league</c> and <c>model.un</c>:
/// cohesion among the powers that run the organ, credibility of its answer to aggression, the budget
/// that pays for its operations, and great powers that defect. The regime's deciding organ says
/// which family it reads.
/// </summary>
public interface IFailureParameters
{
    // Cohesion: the organ's members agree enough to act.
    double InitialCohesion { get; }
    double CohesionRecovery { get; }
    double PolarisationDrag { get; }
    double TransitionShock { get; }
    double GreatPowerWarShock { get; }
    double StallCohesion { get; }
    double CollapseThreshold { get; }

    // Credibility: members believe aggression will be answered.
    double CredibilityRecovery { get; }
    double UnansweredCost { get; }
    double AnsweredGain { get; }
    double VetoCost { get; }
    double CollapseCredibility { get; }

    // Budget: the money for operations, paid by the members.
    double BudgetIncome { get; }
    double ArrearsPolarisation { get; }
    double OperationCost { get; }
    double MissionCost { get; }
    int InsolvencyYears { get; }

    // Defection: great powers leave.
    double ExitGrievance { get; }
    double GrievanceExit { get; }
    double ExitWhenSanctioned { get; }
    double DefectionHazard { get; }
    double CollapseMemberShare { get; }
}
