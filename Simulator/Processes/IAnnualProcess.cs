using Simulator.Entities;

namespace Simulator.Processes;

/// <summary>One step of the yearly cycle (MODEL.md section 3). Changes the world through its verbs.</summary>
internal interface IAnnualProcess
{
    void Advance(World world);
}
