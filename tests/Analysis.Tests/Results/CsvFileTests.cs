using Analysis.Results;

namespace Analysis.Tests.Results;

public sealed class CsvFileTests
{
    private static string Write(string text)
    {
        string path = Path.Combine(Path.GetTempPath(), "sim-tests", TestContext.CurrentContext.Test.ID + ".csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Test]
    public void Read_CellsByColumnName_ParsesNumbersEmptyCellsAndQuotedText()
    {
        string path = Write("point,regime,value,note\n0,none,2.5,\"a, b\"\n1,un,,plain\n");

        using var file = CsvFile.Open(path);
        int value = file.Column("value"), note = file.Column("note");

        Assert.That(file.Next(), Is.True);
        Assert.That(file.Int(file.Column("point")), Is.Zero);
        Assert.That(file.Double(value), Is.EqualTo(2.5));
        Assert.That(file.Text(note), Is.EqualTo("a, b"));
        Assert.That(file.Next(), Is.True);
        Assert.That(file.DoubleOrNaN(value), Is.NaN);
        Assert.That(file.IntOrMinusOne(value), Is.EqualTo(-1));
        Assert.That(file.Next(), Is.False);
    }

    [Test]
    public void ReadWhere_KeepsTheRowsOfOneValue_OrEveryRowWithoutTheColumn()
    {
        string path = Write("point,regime,year\n0,none,0\n10,none,0\n1,un,0\n0,un,1\n");

        var points0 = ResultTable.ReadWhere(path, "point", "0");
        Assert.That(points0.Rows.Select(r => string.Join(',', r)), Is.EqualTo(new[] { "0,none,0", "0,un,1" }));
        Assert.That(ResultTable.ReadWhere(path, "point", "1").Rows.Select(r => string.Join(',', r)), Is.EqualTo(new[] { "1,un,0" }), "the whole cell, not its start");
        var all = ResultTable.ReadWhere(path, "design", "0");
        Assert.That(all.Rows, Has.Count.EqualTo(4));
    }

    [Test]
    public void Read_NonNumericCell_OneLineNamingFileLineAndColumn()
    {
        string path = Write("point,value\n0,1\n1,x\n");
        using var file = CsvFile.Open(path);
        file.Next();
        file.Next();

        var error = Assert.Throws<InvalidDataException>(() => file.Int(1))!;

        Assert.That(error.Message, Is.EqualTo($"{path}:3: column 'value': 'x' is not a whole number"));
    }

    [Test]
    public void Read_RecordWithTooFewCells_OneLineNamingFileAndLine()
    {
        string path = Write("a,b,c\n1,2,3\n4,5\n");
        using var file = CsvFile.Open(path);
        file.Next();

        var error = Assert.Throws<InvalidDataException>(() => file.Next())!;

        Assert.That(error.Message, Does.StartWith($"{path}:3:"));
        Assert.That(error.Message, Does.Not.Contain("\n"));
    }

    [Test]
    public void Open_MissingColumnOrEmptyFile_NamesTheFile()
    {
        using (var file = CsvFile.Open(Write("a,b\n1,2\n")))
            Assert.That(() => file.Column("c"), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("no column 'c'"));
        Assert.That(() => CsvFile.Open(Write("")), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("empty file"));
    }

    [Test]
    public void WriteThenRead_SmallTable_RoundTripsNumbersExactlyWithUnixLineEnds()
    {
        string path = Write("");
        double[] values = [0.1, 1.0 / 3, 1e-300, 12345678901234.5, double.NaN];

        CsvRows.WriteFile(path, ["i", "value", "name"], rows =>
        {
            for (int i = 0; i < values.Length; i++) rows.Add(i).Add(values[i]).Add(i == 0 ? "needs, quotes" : "plain").End();
        });
        var table = ResultTable.Read(path);

        Assert.That(File.ReadAllText(path), Does.StartWith("i,value,name\n0,0.1,\"needs, quotes\"\n1,0.3333333333333333,plain\n"));
        Assert.That(File.ReadAllText(path), Does.Not.Contain("\r"));
        Assert.That(table.Rows.Select(r => table.Number(r[1])), Is.EqualTo(values));
        Assert.That(table.Rows[0][2], Is.EqualTo("needs, quotes"));
    }
}
