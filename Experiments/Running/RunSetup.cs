using Simulator.Parameters;
using Simulator.Regimes;

namespace Experiments.Running;

/// <summary>What one run runs with: its regime, model and seed, and the posterior particle it drew (null without a posterior).</summary>
internal readonly record struct RunSetup(Func<IRegime> Create, ModelParameters Model, ulong Seed, int? Particle);
