namespace MedSpark.Shared.Cleaning;

/// <summary>
/// The stable reason codes ingest and curate write to <see cref="Schemas.QuarantineRecord.Reason"/>.
/// Downstream dashboards group by these strings, so they never change spelling.
/// </summary>
public static class QuarantineReasons
{
    /// <summary>Ingest: a CSV line that cannot be split into the header's fields (wrong field count, unterminated or stray quote).</summary>
    public const string MalformedCsv = "malformed_csv";
    /// <summary>Ingest: a file lacks a required column; the whole file is refused (one record, no row number).</summary>
    public const string MissingColumn = "missing_column";
    /// <summary>Ingest: a file could not be read at all (corrupt Parquet, bad encoding).</summary>
    public const string UnreadableFile = "unreadable_file";
    /// <summary>Curate: a required value is null or blank.</summary>
    public const string NullRequired = "null_required";
    /// <summary>Curate: a value is not a number, date or known code ("n/a", "abc", modality "XR").</summary>
    public const string Unparseable = "unparseable";
    /// <summary>Curate: a well-formed date that cannot be real (Feb 30, before 1900, after the as-of date).</summary>
    public const string ImpossibleDate = "impossible_date";
    /// <summary>Curate: a parsed value outside its plausible range (age 250, negative BMI, slice 45 mm).</summary>
    public const string OutOfRange = "out_of_range";
    /// <summary>Curate: a row equal (after normalisation) to the row kept for its key.</summary>
    public const string Duplicate = "duplicate";
    /// <summary>Curate: a row sharing the key of the kept row but with different values (the latest row wins).</summary>
    public const string ConflictingDuplicate = "conflicting_duplicate";
    /// <summary>Curate: an outcome whose study is not in silver studies.</summary>
    public const string OrphanOutcome = "orphan_outcome";
    /// <summary>Curate: a tensor whose pixel or mask byte length does not match its dimensions (or dimensions not positive).</summary>
    public const string TensorShapeMismatch = "tensor_shape_mismatch";
    /// <summary>Curate: a tensor whose mask selects no voxel.</summary>
    public const string EmptyMask = "empty_mask";
    /// <summary>Curate: a tensor with a NaN or infinite pixel inside the mask.</summary>
    public const string NonFiniteInMask = "nan_in_mask";

    /// <summary>The stage name ingest writes.</summary>
    public const string IngestStage = "ingest";
    /// <summary>The stage name curate writes.</summary>
    public const string CurateStage = "curate";
}
