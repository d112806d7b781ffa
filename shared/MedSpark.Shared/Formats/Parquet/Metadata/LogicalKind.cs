namespace MedSpark.Shared.Formats.Parquet.Metadata;

/// <summary>The member set in parquet.thrift's <c>LogicalType</c> union (field id = value).</summary>
internal enum LogicalKind
{
    None = 0,
    String = 1,
    Map = 2,
    List = 3,
    Enum = 4,
    Decimal = 5,
    Date = 6,
    Time = 7,
    Timestamp = 8,
    Integer = 10,
    Unknown = 11,
    Json = 12,
    Bson = 13,
    Uuid = 14,
    Float16 = 15,
}
