using Experiments.Commands;

// `sim`: the command-line face of the simulator (ARCHITECTURE.md, the command-line contract).
return Cli.Execute(args);
