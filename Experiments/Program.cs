using Experiments.Commands;
using Experiments.Running;

// `sim`: the command-line face of the simulator (ARCHITECTURE.md, the command-line contract).
RuntimeTuning.Apply(args);
return Cli.Execute(args);
