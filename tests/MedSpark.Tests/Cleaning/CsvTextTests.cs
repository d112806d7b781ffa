using MedSpark.Shared.Cleaning;
using Xunit;

namespace MedSpark.Tests.Cleaning;

public class CsvTextTests
{
    [Fact]
    public void ParseLine_QuotedFieldWithCommaAndEscapedQuote_OneFieldUnescaped()
    {
        var line = CsvText.ParseLine("a,\"Ingenia, \"\"Elition\"\"\",c", 7);
        Assert.Null(line.Error);
        Assert.Equal(["a", "Ingenia, \"Elition\"", "c"], line.Fields!);
        Assert.Equal(7, line.LineNumber);
    }

    [Fact]
    public void ParseLine_EmptyFields_Kept()
    {
        Assert.Equal(["", "", ""], CsvText.ParseLine(",,", 1).Fields!);
    }

    [Fact]
    public void ParseLine_UnterminatedQuote_ErrorNamesField()
    {
        var line = CsvText.ParseLine("a,\"SOMATOM Force,2.5 mm", 3);
        Assert.Null(line.Fields);
        Assert.Equal("unterminated quoted field 2", line.Error);
    }

    [Fact]
    public void ParseLine_StrayQuoteInUnquotedField_Error()
    {
        var line = CsvText.ParseLine("a,SIE\"MENS,c", 3);
        Assert.Equal("stray quote inside unquoted field 2", line.Error);
    }

    [Fact]
    public void ParseLine_TextAfterClosingQuote_Error()
    {
        Assert.NotNull(CsvText.ParseLine("\"a\"b,c", 1).Error);
    }

    [Fact]
    public void Parse_CrLfAndBlankLines_PhysicalLineNumbers()
    {
        var lines = CsvText.Parse("h1,h2\r\nx,y\r\n\r\n\"u,v\",w\r\n").ToList();
        Assert.Equal([1L, 2L, 4L], lines.Select(l => l.LineNumber));
        Assert.Equal(["u,v", "w"], lines[2].Fields!);
    }

    [Fact]
    public void Parse_UnterminatedQuote_DoesNotSwallowFollowingLines()
    {
        var lines = CsvText.Parse("a,b\n\"x,y\nc,d\n").ToList();
        Assert.NotNull(lines[1].Error);
        Assert.Equal(["c", "d"], lines[2].Fields!);
    }

    [Fact]
    public void FormatLine_SpecialCharacters_RoundTripsThroughParseLine()
    {
        string?[] fields = ["plain", "with,comma", "with \"quote\"", null, " padded "];
        var parsed = CsvText.ParseLine(CsvText.FormatLine(fields), 1);
        Assert.Equal(["plain", "with,comma", "with \"quote\"", "", " padded "], parsed.Fields!);
    }
}
