using System.Buffers;

namespace Experiments.Output;

/// <summary>
/// A growable text sink over a pooled char array that a worker thread keeps and reuses for every run
/// it formats, so formatting millions of rows allocates no large temporary strings (those went to
/// the large-object heap and forced full collections that paused every worker).
/// </summary>
internal sealed class PooledText : TextWriter
{
    private char[] buffer = ArrayPool<char>.Shared.Rent(4096);

    public int Length { get; private set; }
    public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
    public ReadOnlySpan<char> Text => buffer.AsSpan(0, Length);

    private void Ensure(int more)
    {
        if (Length + more <= buffer.Length) return;
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(buffer.Length * 2, Length + more));
        buffer.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(buffer);
        buffer = larger;
    }

    public override void Write(char value)
    {
        Ensure(1);
        buffer[Length++] = value;
    }

    public override void Write(char[] chars, int index, int count)
    {
        Ensure(count);
        Array.Copy(chars, index, buffer, Length, count);
        Length += count;
    }

    public override void Write(ReadOnlySpan<char> chars)
    {
        Ensure(chars.Length);
        chars.CopyTo(buffer.AsSpan(Length));
        Length += chars.Length;
    }

    /// <summary>Empties the text, keeping the array for the next run.</summary>
    public void Clear() => Length = 0;

    /// <summary>Gives the array back to the pool; the text must not be used afterwards.</summary>
    protected override void Dispose(bool disposing)
    {
        if (buffer.Length > 0) ArrayPool<char>.Shared.Return(buffer);
        buffer = [];
        Length = 0;
        base.Dispose(disposing);
    }
}
