using System.CommandLine;
using Experiments.Configuration;

namespace Experiments.Commands;

/// <summary>
/// Builds the command tree and turns every failure into one line and an exit code:
/// 0 success, 2 bad usage or invalid config, 1 anything else. Never a stack trace.
/// </summary>
internal static class Cli
{
    public const int Ok = 0, Failure = 1, Usage = 2;

    public static int Execute(string[] args)
    {
        var root = new RootCommand("Sim: which arrangements for collective security prevent wars and keep ended conflicts from relapsing. "
                                   + "With no command, runs the default experiment.");
        var run = RunCommand.Create();
        root.Subcommands.Add(run);
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(DescribeCommand.Create());
        root.Subcommands.Add(BenchmarkCommand.Create());
        root.Subcommands.Add(MergeCommand.Create());
        root.Subcommands.Add(CalibrateCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(VerifyCommand.CreateReproduce());
        root.SetAction(_ => RunCommand.Execute(new RunOptions()));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            Console.Error.WriteLine($"sim: {Explain(parse.Errors[0].Message)} (see 'sim --help')");
            return Usage;
        }
        return parse.Invoke();
    }

    /// <summary>
    /// The parser's message for a value of the wrong type ("Cannot parse argument 'abc' for option '--runs' as expected
    /// type 'System.Nullable`1[System.Int32]'.") in the house form: the option, the value, and what is allowed, with no .NET type name.
    /// </summary>
    internal static string Explain(string message)
    {
        var m = System.Text.RegularExpressions.Regex.Match(message, @"^Cannot parse argument '(.*)' for option '([^']+)' as expected type '(?:System\.Nullable`1\[)?System\.(\w+)\]?'\.?$");
        if (!m.Success) return message;
        string allowed = (m.Groups[2].Value, m.Groups[3].Value) switch
        {
            ("--runs" or "--threads", _) => "a positive integer", // each command says its own upper bound of one out of range
            (_, "Int32" or "Int64") => "an integer",
            (_, "UInt64") => "an integer from 0 to 18446744073709551615",
            (_, "Double") => "a number such as 2.5",
            _ => "a value of the option's kind (see the command's --help)",
        };
        return $"{m.Groups[2].Value}: '{m.Groups[1].Value}' is not allowed; allowed: {allowed}";
    }

    /// <summary>Runs a command body, mapping known failures to one line on standard error.</summary>
    public static int Guard(Func<int> body)
    {
        try
        {
            try
            {
                return body();
            }
            catch (AggregateException e) when (e.Flatten().InnerExceptions.Count == 1)
            {
                // A failure in the writer task (e.g. a full disk during a checkpoint): report the cause, not the wrapper.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
                throw;
            }
        }
        catch (ConfigException e)
        {
            Console.Error.WriteLine($"sim: {e.Message}");
            return Usage;
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"sim: {e.Message}");
            return Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"sim: error: {e.Message}");
            return Failure;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"sim: internal error: {e.GetType().Name}: {e.Message}");
            return Failure;
        }
    }

    /// <summary>The config a bare run uses: the repository's copy when run from the checkout, else the installed one.</summary>
    public static string DefaultConfigPath()
    {
        string local = Path.Combine("Experiments", "configs", "default.yaml");
        return File.Exists(local) ? local : Path.Combine(AppContext.BaseDirectory, "configs", "default.yaml");
    }
}

/// <summary>A bad command line (not a bad config): exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
