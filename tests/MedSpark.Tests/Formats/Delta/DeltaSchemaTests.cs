using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Schemas;
using Xunit;

namespace MedSpark.Tests.Formats.Delta;

/// <summary>schemaString in Spark's StructType JSON, including decimals and nested types.</summary>
public sealed class DeltaSchemaTests
{
    // As Spark's StructType.json prints it (field order type, nullable, metadata inside each field).
    private const string SparkNested =
        """{"type":"struct","fields":[{"name":"price","type":"decimal(10,2)","nullable":true,"metadata":{}},"""
        + """{"name":"tags","type":{"type":"array","elementType":"string","containsNull":true},"nullable":true,"metadata":{}},"""
        + """{"name":"attrs","type":{"type":"map","keyType":"string","valueType":"long","valueContainsNull":false},"nullable":false,"metadata":{}},"""
        + """{"name":"site","type":{"type":"struct","fields":[{"name":"id","type":"integer","nullable":false,"metadata":{}},"""
        + """{"name":"dims","type":{"type":"array","elementType":{"type":"array","elementType":"double","containsNull":false},"containsNull":true},"nullable":true,"metadata":{}}]},"nullable":true,"metadata":{}}]}""";

    private static readonly TableSchema Nested = new(
        Field.Decimal("price", 10, 2),
        Field.List("tags", new Field("element", ColumnType.String)),
        Field.Map("attrs", new Field("key", ColumnType.String), new Field("value", ColumnType.Int64, Nullable: false), nullable: false),
        Field.Struct("site",
        [
            new Field("id", ColumnType.Int32, Nullable: false),
            Field.List("dims", Field.List("element", new Field("element", ColumnType.Double, Nullable: false))),
        ]));

    [Fact]
    public void ToSchemaString_DecimalAndNestedTypes_WritesSparkJson()
    {
        Assert.Equal(SparkNested, DeltaSchema.ToSchemaString(Nested));
    }

    [Fact]
    public void Parse_SparkNestedJson_GivesTheSchema()
    {
        Assert.Equal(Nested, DeltaSchema.Parse(SparkNested));
    }

    [Fact]
    public void Parse_BareDecimal_IsSparksDefaultPrecision()
    {
        var schema = DeltaSchema.Parse("""{"type":"struct","fields":[{"name":"d","type":"decimal","nullable":true,"metadata":{}}]}""");
        Assert.Equal(Field.Decimal("d", 10, 0), schema[0]);
    }
}
