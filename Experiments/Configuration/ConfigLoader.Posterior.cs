using Experiments.Uncertainty;
using YamlDotNet.RepresentationModel;

namespace Experiments.Configuration;

public static partial class ConfigLoader
{
    internal const string ParametersAllowed = "the path of a posterior CSV (particle,weight,<parameter paths>; sim calibrate writes one), relative to the config's folder, or {file: PATH, sha256: HASH}";

    private static readonly KeySet<MappingKey<PosteriorState>> PosteriorKeys = new(
    [
        new("file", (b, value, p) => (p.File, p.FileNode) = (b.ReadString(value, "parameters.file", ParametersAllowed), value)),
        new("sha256", (b, value, p) => p.Sha256 = b.ReadString(value, "parameters.sha256", "the file's SHA-256, 64 hexadecimal digits")),
    ], "parameters");

    /// <summary>A <c>parameters</c> mapping being bound (config.yaml of a results folder pins the copy by its hash).</summary>
    internal sealed class PosteriorState
    {
        public string? File { get; set; }

        public YamlNode? FileNode { get; set; }

        public string? Sha256 { get; set; }
    }

    internal sealed partial class Binder
    {
        /// <summary>
        /// <c>parameters:</c> a posterior file, relative to the config's folder: a path, or the mapping
        /// <c>{file, sha256}</c> that a results folder's config.yaml writes, whose hash must match the file.
        /// </summary>
        public Posterior ReadPosterior(YamlNode node)
        {
            var state = new PosteriorState();
            if (node is YamlMappingNode mapping)
            {
                foreach (var (key, _, value) in Entries(mapping, "parameters", PosteriorKeys))
                    key.Bind(this, value, state);
                if (state.File is null) throw Error(node, "parameters.file", "missing", ParametersAllowed);
            }
            else
            {
                (state.File, state.FileNode) = (ReadString(node, "parameters", ParametersAllowed), node);
            }

            string path = Resolve(state.File);
            if (!System.IO.File.Exists(path)) throw Error(state.FileNode ?? node, "parameters", $"file not found: {path}", ParametersAllowed);
            var posterior = PosteriorReader.Read(path);
            if (state.Sha256 is { } expected && !string.Equals(expected, posterior.Sha256, StringComparison.OrdinalIgnoreCase))
                throw Error(node, "parameters.sha256", $"{path} has SHA-256 {posterior.Sha256}, not {YamlInput.Show(expected)} (the file changed after the run)", "the file the config was written with");
            return posterior;
        }

        /// <summary>A path relative to the config file's folder (the file label is the path the config was loaded from).</summary>
        private string Resolve(string path) =>
            Path.IsPathRooted(path) ? path : Path.Combine(Path.GetDirectoryName(file) ?? "", path);
    }
}
