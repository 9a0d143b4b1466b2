// Placeholder entry point; replaced by the command-line interface.
return 0;
