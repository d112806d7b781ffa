namespace MedSpark.Shared.Formats.Delta;

/// <summary>How a write treats an existing table (Spark's SaveMode).</summary>
public enum DeltaWriteMode
{
    /// <summary>Add the new rows to the table; create it if absent.</summary>
    Append,
    /// <summary>Replace all rows of the table with the new rows (old files are removed logically, not deleted).</summary>
    Overwrite,
    /// <summary>Create the table; fail if it already exists.</summary>
    ErrorIfExists,
}
