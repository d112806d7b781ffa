namespace MedSpark.Shared.Formats.Parquet.Metadata;

/// <summary>parquet.thrift <c>TimeUnit</c> union member (field id = value).</summary>
internal enum TimeUnit
{
    None = 0,
    Millis = 1,
    Micros = 2,
    Nanos = 3,
}
