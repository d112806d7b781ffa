using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Cleaning;

/// <summary>
/// A raw input table: where its files live under the lake, its bronze schema (data columns in record order,
/// then source_file and source_row) and which columns a file must carry to be read at all.
/// </summary>
/// <param name="Name">Logical table name written to <see cref="QuarantineRecord.SourceTable"/>.</param>
/// <param name="Prefix">Lake folder of the raw files, ending in '/'.</param>
/// <param name="BronzeSchema">Schema of the bronze batch.</param>
/// <param name="RequiredColumns">Columns without which a file is refused as a whole.</param>
public sealed record RawTable(string Name, string Prefix, TableSchema BronzeSchema, IReadOnlyList<string> RequiredColumns)
{
    /// <summary>Imaging metadata, CSV (site A) and Parquet (site B).</summary>
    public static RawTable ImagingMetadata { get; } = new("imaging_metadata", "raw/imaging_metadata/",
        RecordMapper<BronzeImagingRow>.Instance.Schema,
        ["patient_id", "study_uid", "series_uid", "modality", "acquisition_date", "slice_thickness", "pixel_spacing"]);

    /// <summary>Recovery outcomes, CSV.</summary>
    public static RawTable Outcomes { get; } = new("outcomes", "raw/outcomes/",
        RecordMapper<BronzeOutcomeRow>.Instance.Schema,
        ["patient_id", "study_uid", "recovery_success", "follow_up_date"]);

    /// <summary>Clinical covariates, CSV.</summary>
    public static RawTable Covariates { get; } = new("covariates", "raw/covariates/",
        RecordMapper<BronzeCovariateRow>.Instance.Schema,
        ["patient_id", "age", "sex", "comorbidity_index", "recorded_date"]);

    /// <summary>Image volumes, Parquet.</summary>
    public static RawTable Tensors { get; } = new("tensors", "raw/tensors/",
        RecordMapper<BronzeTensorRow>.Instance.Schema,
        ["study_uid", "series_uid", "size_x", "size_y", "size_z", "spacing_x", "spacing_y", "spacing_z", "pixels", "mask"]);

    /// <summary>All raw tables in ingest order.</summary>
    public static IReadOnlyList<RawTable> All { get; } = [ImagingMetadata, Outcomes, Covariates, Tensors];

    /// <summary>Number of data columns (the bronze schema minus the two provenance columns).</summary>
    public int DataColumnCount => BronzeSchema.Count - 2;
}
