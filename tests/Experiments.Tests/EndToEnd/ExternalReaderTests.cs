using System.Diagnostics;
using DuckDB.NET.Data;

namespace Experiments.Tests.EndToEnd;

/// <summary>
/// Issue 13: pandas, R and DuckDB read every table of a results folder without options, the
/// compressed episodes.csv.gz (one gzip member per block of runs) included, and find the rows and
/// columns Sim wrote. DuckDB runs in-process (its NuGet package carries the engine); pandas and R run
/// when the machine has them (python3 with pandas, Rscript) and are skipped otherwise.
/// </summary>
[NonParallelizable]
public sealed class ExternalReaderTests
{
    // 260 runs: five blocks of 64 items, so episodes.csv.gz has a header member and five row members.
    private const string Config = """
        name: readers
        seed: 5
        runs: 130
        regimes: [none, un]
        model:
          years: 60
        """;

    private static readonly Lazy<string> Folder = new(() =>
    {
        string work = SimCli.TempFolder("external-readers");
        string output = Path.Combine(work, "out");
        var result = SimCli.Run("run", SimCli.WriteConfig(work, Config), "--out", output, "--quiet", "--no-report");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        return output;
    });

    /// <summary>Every table of the folder with its header and row count as Sim wrote them.</summary>
    private static List<(string File, string[] Columns, int Rows)> Tables()
    {
        var tables = Directory.GetFiles(Folder.Value)
            .Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".csv.gz", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f =>
            {
                var lines = SimCli.CsvText(f).TrimEnd('\n').Split('\n');
                return (Path.GetFileName(f), lines[0].Split(','), lines.Length - 1);
            })
            .ToList();
        Assert.That(tables.Select(t => t.Item1), Does.Contain("episodes.csv.gz").And.Contain("runs.csv").And.Contain("summary.csv"));
        Assert.That(tables.Single(t => t.Item1 == "episodes.csv.gz").Item3, Is.GreaterThan(1000), "episodes spread over several gzip members");
        return tables;
    }

    [Test]
    public void DuckDb_EveryTable_ReadWithoutOptions()
    {
        var tables = Tables();
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();

        foreach (var (file, columns, rows) in tables)
        {
            string path = Path.Combine(Folder.Value, file).Replace("'", "''", StringComparison.Ordinal);
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM '{path}'";
            using var reader = command.ExecuteReader();
            int count = 0;
            while (reader.Read()) count++;

            Assert.That(Enumerable.Range(0, reader.FieldCount).Select(reader.GetName), Is.EqualTo(columns), file);
            Assert.That(count, Is.EqualTo(rows), file);
        }
    }

    [Test]
    public void Pandas_EveryTable_ReadWithoutOptions()
    {
        string python = new[] { "python3", "/usr/bin/python3" }.FirstOrDefault(p => Runs(p, "-c", "import pandas"))
                        ?? Inconclusive("python3 with pandas");
        var tables = Tables();

        string script = "import pandas, sys\nfor f in sys.argv[1:]:\n    t = pandas.read_csv(f)\n    print(len(t), '|'.join(t.columns))\n";
        var output = Output(python, ["-c", script, .. tables.Select(t => Path.Combine(Folder.Value, t.File))]);

        AssertSame(tables, output);
    }

    [Test]
    public void R_EveryTable_ReadWithoutOptions()
    {
        if (!Runs("Rscript", "-e", "invisible(0)")) Inconclusive("Rscript");
        var tables = Tables();

        string script = "for (f in commandArgs(trailingOnly = TRUE)) { t <- read.csv(f, check.names = FALSE); cat(nrow(t), paste(names(t), collapse = '|'), '\\n') }";
        var output = Output("Rscript", ["-e", script, .. tables.Select(t => Path.Combine(Folder.Value, t.File))]);

        AssertSame(tables, output);
    }

    private static void AssertSame(List<(string File, string[] Columns, int Rows)> tables, string[] output)
    {
        Assert.That(output, Has.Length.EqualTo(tables.Count));
        for (int i = 0; i < tables.Count; i++)
            Assert.That(output[i].Trim(), Is.EqualTo($"{tables[i].Rows} {string.Join('|', tables[i].Columns)}"), tables[i].File);
    }

    private static string Inconclusive(string what)
    {
        Assert.Ignore($"{what} is not installed on this machine");
        return "";
    }

    private static bool Runs(string program, params string[] args)
    {
        try
        {
            using var process = Start(program, args);
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // not installed
        }
    }

    private static string[] Output(string program, string[] args)
    {
        using var process = Start(program, args);
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, stderr.Result);
        return stdout.TrimEnd('\n').Split('\n');
    }

    private static Process Start(string program, string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        return Process.Start(start)!;
    }
}
