using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Experiments.Configuration;

namespace Experiments.Uncertainty;

/// <summary>
/// Reads a posterior file strictly: header <c>particle,weight,&lt;config path&gt;,...</c>, one row per particle,
/// numbers in invariant culture. Every problem is a one-line <see cref="ConfigException"/> naming the file, the line
/// and the column, so a bad file stops a run with exit code 2 before anything is simulated.
/// </summary>
public static class PosteriorReader
{
    /// <summary>A posterior larger than this is refused (a million particles of a dozen parameters is about 200 MB).</summary>
    public const long MaxBytes = 256L << 20;

    /// <summary>
    /// How far the weights' sum may be from 1: files round each weight (a thousand weights of six significant digits
    /// err by up to 5e-4 in sum), and the draw normalises by the sum anyway.
    /// </summary>
    public const double WeightSumTolerance = 1e-3;

    private const string HeaderAllowed = "particle,weight, then one or more numeric model parameter paths from sim describe, e.g. model.un.veto_base";

    /// <summary>Reads and validates the posterior file at <paramref name="path"/>.</summary>
    public static Posterior Read(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new ConfigException(path, null, null, "file not found", "a posterior file written by sim calibrate");
        if (info.Length > MaxBytes) throw new ConfigException(path, null, null, $"{info.Length} bytes is too large", $"at most {MaxBytes >> 20} MiB");
        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>Parses a posterior's bytes; <paramref name="label"/> names it in error messages.</summary>
    public static Posterior Parse(byte[] content, string label)
    {
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            throw new ConfigException(label, null, null, "not UTF-8 text", "a CSV file");
        }

        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        if (lines.Count == 0) throw new ConfigException(label, 1, "header", "the file is empty", HeaderAllowed);

        var header = lines[0].TrimStart('\uFEFF').Split(',');
        if (header.Length < 3 || header[0] != "particle" || header[1] != "weight")
            throw new ConfigException(label, 1, "header", $"'{Shorten(lines[0])}' does not start particle,weight,<parameter>", HeaderAllowed);
        var members = new ScalarMember[header.Length - 2];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int c = 2; c < header.Length; c++)
        {
            members[c - 2] = ModelPaths.Find(header[c])
                ?? throw new ConfigException(label, 1, Shorten(header[c]), "is not a numeric model parameter", "a path from sim describe, such as model.un.veto_base");
            if (ModelPaths.SameForEveryRun.Contains(header[c])) throw new ConfigException(label, 1, header[c], "is the same for every run of an experiment", ModelPaths.VariedAllowed);
            if (!seen.Add(header[c])) throw new ConfigException(label, 1, header[c], "column given twice", "each parameter once");
        }

        if (lines.Count == 1) throw new ConfigException(label, 2, null, "no particles", "one row per particle after the header");
        var ids = ImmutableArray.CreateBuilder<int>(lines.Count - 1);
        var idsSeen = new HashSet<int>();
        var weights = new double[lines.Count - 1];
        var values = new double[lines.Count - 1][];
        for (int r = 1; r < lines.Count; r++)
        {
            int line = r + 1;
            var cells = lines[r].Split(',');
            if (cells.Length != header.Length)
                throw new ConfigException(label, line, null, $"{cells.Length} cells where the header has {header.Length}", "one value per column, comma-separated");
            if (!int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out int id))
                throw new ConfigException(label, line, "particle", $"'{Shorten(cells[0])}' is not a particle id", "a whole number from 0 to 2147483647");
            if (!idsSeen.Add(id)) throw new ConfigException(label, line, "particle", $"{id} is given twice", "each particle id once");
            ids.Add(id);
            weights[r - 1] = Number(cells[1], label, line, "weight", "a number of at least 0");
            if (weights[r - 1] < 0) throw new ConfigException(label, line, "weight", $"{cells[1]} is negative", "a number of at least 0");
            values[r - 1] = new double[members.Length];
            for (int c = 0; c < members.Length; c++)
            {
                var member = members[c];
                double value = Number(cells[c + 2], label, line, member.Path, member.Allowed);
                if (value < member.Min || value > member.Max || (member.Kind == ScalarKind.Int && value != Math.Floor(value)))
                    throw new ConfigException(label, line, member.Path, $"{cells[c + 2]} is out of range", member.Allowed);
                values[r - 1][c] = value;
            }
        }

        double sum = weights.Sum();
        if (sum <= 0) throw new ConfigException(label, null, "weight", "every weight is zero", "weights of at least 0 that sum to 1");
        if (Math.Abs(sum - 1) > WeightSumTolerance)
            throw new ConfigException(label, null, "weight", $"the weights sum to {sum.ToString("R", CultureInfo.InvariantCulture)}", $"weights that sum to 1 within {WeightSumTolerance.ToString(CultureInfo.InvariantCulture)}");
        return new Posterior([.. header[2..]], ids.ToImmutable(), weights, values, content, label);
    }

    private static double Number(string cell, string label, int line, string column, string allowed)
    {
        if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            throw new ConfigException(label, line, column, $"'{Shorten(cell)}' is not a finite number", allowed);
        return value;
    }

    /// <summary>Text from the file, cut short so that a long cell cannot flood the one-line error.</summary>
    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
