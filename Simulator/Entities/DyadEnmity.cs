using System.Runtime.InteropServices;

namespace Simulator.Entities;

/// <summary>
/// What a pair of states holds against each other: their rivalry and each one's grievance toward the
/// other. The three sit side by side because the busiest readers take them together (the crisis hazard,
/// the yearly decay), and in the calendar world's 47,000 pairs three arrays cost three cache misses a pair.
/// </summary>
/// <remarks>
/// The order and size of the fields matter: the yearly decay reads an array of these as one row of
/// doubles, three a pair, rivalry first (<see cref="Processes.PeaceSpells"/>).
/// </remarks>
[StructLayout(LayoutKind.Sequential)]
internal struct DyadEnmity
{
    public double Rivalry;
    /// <summary>Grievance of the pair's lower-numbered state toward the other.</summary>
    public double GrievanceAB;
    /// <summary>Grievance of the pair's higher-numbered state toward the other.</summary>
    public double GrievanceBA;

    /// <summary>The larger of the two grievances.</summary>
    public readonly double LargerGrievance => Math.Max(GrievanceAB, GrievanceBA);
}
