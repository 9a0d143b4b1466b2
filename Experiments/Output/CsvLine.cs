using System.Globalization;

namespace Experiments.Output;

/// <summary>
/// Builds one CSV line in a reusable buffer and writes it out, formatting numbers in place
/// (invariant culture, shortest round-trip doubles) so writing a row allocates nothing.
/// </summary>
internal sealed class CsvLine(TextWriter writer)
{
    private char[] buffer = new char[1024];
    private int length;

    private Span<char> Free(int atLeast)
    {
        if (buffer.Length - length < atLeast) Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + atLeast));
        return buffer.AsSpan(length);
    }

    private void Separate()
    {
        if (length > 0) Free(1)[0] = ',';
        if (length > 0) length++;
    }

    public CsvLine Add(string text)
    {
        Separate();
        text.AsSpan().CopyTo(Free(text.Length));
        length += text.Length;
        return this;
    }

    public CsvLine Add<T>(T value) where T : ISpanFormattable
    {
        Separate();
        int written;
        while (!value.TryFormat(Free(32), out written, typeof(T) == typeof(double) ? "R" : default, CultureInfo.InvariantCulture))
            Free(buffer.Length);
        length += written;
        return this;
    }

    public CsvLine Add(int? value) => value is { } v ? Add(v) : Add("");

    public CsvLine Add(bool value) => Add(value ? "true" : "false");

    public void End()
    {
        writer.Write(buffer, 0, length);
        writer.Write('\n');
        length = 0;
    }
}
