using System.Buffers;
using System.IO.Compression;

namespace Experiments.Output;

/// <summary>
/// A gzip file (RFC 1952) written as a sequence of independent members, which every gzip reader
/// (gzip, pandas, R, DuckDB, .NET's GZipStream) reads as one stream: a header member, then one member
/// per block of <see cref="Running.ExperimentPlan.BlockSize"/> items. A member depends only on its
/// block's rows, so whole runs, any thread count, merged shards and resumed runs concatenate the same
/// members into the same bytes. The framing is fixed (no name, time 0, OS "unknown"), so the platform
/// that compressed a member leaves no trace in it.
/// </summary>
internal static class GzipMember
{
    /// <summary>
    /// zlib level 3 (zlib-ng in .NET): measured on the default experiment's episodes (229 MB in 1.8 MB
    /// blocks), 49 MB in 1.7 s of CPU; level 1 leaves 71 MB (over the 60 MB budget of issue 13), level 6
    /// 47 MB for 4.2 s. Changing it changes the bytes of every compressed file (not their content).
    /// </summary>
    public const int Level = 3;

    private const byte OsUnknown = 255;

    /// <summary>The buffer this thread compresses into, kept for its next member.</summary>
    [ThreadStatic] private static MemoryStream? buffer;

    /// <summary>The largest buffer a thread keeps (a default block's member is about 250 KB).</summary>
    private const int KeptBuffer = 1 << 20;

    /// <summary>One member holding <paramref name="parts"/> in order, compressed, in an array rented from <paramref name="pool"/>; no member (an empty segment) when they hold no bytes.</summary>
    public static ArraySegment<byte> Compress(IEnumerable<ArraySegment<byte>> parts, ArrayPool<byte> pool)
    {
        // A block whose runs had no episode (a tiny world over a few years) adds no member: zlib writes nothing for no
        // input, and the header bytes patched below were not there (IndexOutOfRange). The file stays valid gzip.
        if (parts.All(part => part.Count == 0)) return ArraySegment<byte>.Empty;
        var target = buffer ??= new MemoryStream(1 << 16);
        target.SetLength(0);
        using (var gzip = new GZipStream(target, new ZLibCompressionOptions { CompressionLevel = Level }, leaveOpen: true))
            foreach (var part in parts)
                gzip.Write(part);
        var compressed = target.GetBuffer().AsSpan(0, (int)target.Length);
        // zlib fills XFL from the level and OS from the platform it was built for (3 on Unix, 10 on Windows).
        compressed[8] = 0;
        compressed[9] = OsUnknown;
        byte[] member = pool.Rent(compressed.Length);
        compressed.CopyTo(member);
        // A member of an unusual block (megabytes of episodes) is not kept for the rest of the process.
        if (target.Capacity > KeptBuffer) buffer = null;
        return new ArraySegment<byte>(member, 0, compressed.Length);
    }

    /// <summary>
    /// The header member: <paramref name="text"/> in stored (uncompressed) deflate blocks, whose bytes
    /// depend on no compression library, so <c>sim merge</c> can recognise and skip it in every shard but the first.
    /// </summary>
    public static byte[] Stored(byte[] text)
    {
        var member = new MemoryStream();
        member.Write([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, OsUnknown]);
        int offset = 0;
        do
        {
            int length = Math.Min(ushort.MaxValue, text.Length - offset);
            bool last = offset + length == text.Length;
            member.Write([(byte)(last ? 1 : 0), (byte)length, (byte)(length >> 8), (byte)~length, (byte)(~length >> 8)]);
            member.Write(text, offset, length);
            offset += length;
        } while (offset < text.Length);
        WriteLittleEndian(member, Crc32(text));
        WriteLittleEndian(member, (uint)text.Length);
        return member.ToArray();
    }

    private static void WriteLittleEndian(Stream stream, uint value) =>
        stream.Write([(byte)value, (byte)(value >> 8), (byte)(value >> 16), (byte)(value >> 24)]);

    /// <summary>CRC-32 (IEEE, reflected), bit by bit: only for the short header line.</summary>
    private static uint Crc32(byte[] bytes)
    {
        uint crc = 0xffffffff;
        foreach (byte b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xedb88320 : crc >> 1;
        }
        return ~crc;
    }
}
