namespace MedSpark.Shared.Formats.Parquet;

/// <summary>
/// A Parquet file that is corrupt or uses a feature this reader does not support. The message names the
/// file (when known), the column and what is wrong.
/// </summary>
public sealed class ParquetFormatException : Exception
{
    public ParquetFormatException(string message) : base(message) { }

    public ParquetFormatException(string message, Exception inner) : base(message, inner) { }
}
