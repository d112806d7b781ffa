using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Schemas;
using Xunit;

namespace MedSpark.Tests.Formats.Delta;

public sealed class PartitionPathsTests
{
    [Theory]
    [InlineData("plain value", "plain value")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("x=1:2", "x%3D1%3A2")]
    [InlineData("100%", "100%25")]
    [InlineData("tab\there", "tab%09here")]
    [InlineData("é", "é")]
    public void HiveEscape_SpecialCharacters_PercentEncoded(string value, string expected) =>
        Assert.Equal(expected, PartitionPaths.HiveEscape(value));

    [Fact]
    public void ToLogPath_EscapedSegment_UriEncodedAndReversible()
    {
        string physical = "site=a%3Ab c/day=é/part-0.parquet";

        string log = PartitionPaths.ToLogPath(physical);

        Assert.Equal("site=a%253Ab%20c/day=%C3%A9/part-0.parquet", log);
        Assert.Equal(physical, PartitionPaths.FromLogPath(log));
    }

    [Fact]
    public void Serialize_Timestamp_IsoUtcWithMicros()
    {
        var t = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(1234560);

        string? text = PartitionPaths.Serialize(t, ColumnType.Timestamp);

        Assert.Equal("2024-01-02T03:04:05.123456Z", text);
        Assert.Equal(t, PartitionPaths.Parse(text, ColumnType.Timestamp));
        Assert.Equal(t, PartitionPaths.Parse("2024-01-02 03:04:05.123456", ColumnType.Timestamp));
    }

    [Fact]
    public void Serialize_EmptyString_IsNullLikeSpark() => Assert.Null(PartitionPaths.Serialize("", ColumnType.String));
}
