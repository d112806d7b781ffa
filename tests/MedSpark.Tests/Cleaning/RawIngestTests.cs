using MedSpark.Shared.Cleaning;
using MedSpark.Shared.Engine;
using MedSpark.Shared.Schemas;
using Xunit;

namespace MedSpark.Tests.Cleaning;

public class RawIngestTests
{
    private const string OutcomeHeader = "patient_id,study_uid,recovery_success,follow_up_date\n";

    [Fact]
    public void Run_MalformedLines_QuarantinedWithFileAndLineAndNoPatientId()
    {
        using var lake = new TempLake();
        lake.WriteText("raw/outcomes/outcomes.csv", OutcomeHeader
            + "PT000001,1.2.3.1,1,2024-01-01\n"       // line 2
            + "PT000002,1.2.3.2,0\n"                   // line 3: missing field
            + "PT000003,1.2.3.3,\"1,2024-01-01\n"      // line 4: unterminated quote
            + "PT000004,1.2.3.4,0,2024-01-01,x\n"      // line 5: extra field
            + "PT000005,1.2.3.5,0,2024-02-01\n");      // line 6
        var output = RawIngest.Run(new LocalEngine(2), lake.Store);

        var rows = RecordMapper<BronzeOutcomeRow>.Instance.FromBatch(output.Outcomes);
        Assert.Equal([2L, 6L], rows.Select(r => r.SourceRow));
        Assert.All(rows, r => Assert.Equal("raw/outcomes/outcomes.csv", r.SourceFile));
        Assert.Equal([3L, 4L, 5L], output.Quarantine.Select(q => q.SourceRow!.Value).Order());
        Assert.All(output.Quarantine, q =>
        {
            Assert.Equal(QuarantineReasons.MalformedCsv, q.Reason);
            Assert.Equal("ingest", q.Stage);
            Assert.Equal("outcomes", q.SourceTable);
            Assert.Equal("raw/outcomes/outcomes.csv", q.SourceFile);
            Assert.DoesNotContain("PT0000", q.Detail);
        });
        Assert.Contains(output.Quarantine, q => q.Detail == "line has 3 fields, header has 4");
        Assert.Contains(output.Quarantine, q => q.Detail == "unterminated quoted field 3");
    }

    [Fact]
    public void Run_MissingRequiredColumn_FileRefusedNamingColumn()
    {
        using var lake = new TempLake();
        lake.WriteText("raw/outcomes/outcomes.csv", "patient_id,study_uid,follow_up_date\nPT1,1.2,2024-01-01\n");
        var output = RawIngest.Run(new LocalEngine(1), lake.Store);

        Assert.Equal(0, output.Outcomes.RowCount);
        var q = Assert.Single(output.Quarantine);
        Assert.Equal(QuarantineReasons.MissingColumn, q.Reason);
        Assert.Null(q.SourceRow);
        Assert.Equal("raw/outcomes/outcomes.csv", q.SourceFile);
        Assert.Contains("recovery_success", q.Detail);
    }

    [Fact]
    public void Run_OptionalColumnAbsentAndHeaderCaseVaries_NullInBronze()
    {
        using var lake = new TempLake();
        lake.WriteText("raw/covariates/covariates.csv",
            "Patient_ID, AGE ,sex,comorbidity_index,recorded_date\nPT1,40,M,2,2024-01-01\n");
        var output = RawIngest.Run(new LocalEngine(1), lake.Store);

        var row = Assert.Single(RecordMapper<BronzeCovariateRow>.Instance.FromBatch(output.Covariates));
        Assert.Equal("40", row.Age);
        Assert.Null(row.Bmi);
        Assert.Null(row.Smoker);
        Assert.Empty(output.Quarantine);
    }

    [Fact]
    public void Run_ValuesKeptAsRead_NoTrimOrParse()
    {
        using var lake = new TempLake();
        lake.WriteText("raw/imaging_metadata/site_a/part-00000.csv",
            "patient_id,study_uid,series_uid,modality,acquisition_date,slice_thickness,pixel_spacing\n"
            + "PT1,1.2,1.2.1, Mr ,2024-02-30,0.25 cm,n/a\n");
        var output = RawIngest.Run(new LocalEngine(1), lake.Store);

        var row = Assert.Single(RecordMapper<BronzeImagingRow>.Instance.FromBatch(output.ImagingMetadata));
        Assert.Equal(" Mr ", row.Modality);
        Assert.Equal("2024-02-30", row.AcquisitionDate);
        Assert.Equal("0.25 cm", row.SliceThickness);
        Assert.Null(row.Kvp);
        Assert.Equal(2, row.SourceRow);
    }

    [Fact]
    public void Run_UnsupportedFileAndEmptyFile_QuarantinedAsUnreadable()
    {
        using var lake = new TempLake();
        lake.WriteText("raw/covariates/notes.txt", "hello");
        lake.WriteText("raw/covariates/empty.csv", "");
        lake.WriteText("raw/covariates/_SUCCESS", "");
        var output = RawIngest.Run(new LocalEngine(1), lake.Store);

        Assert.Equal(["raw/covariates/empty.csv", "raw/covariates/notes.txt"],
            output.Quarantine.Select(q => q.SourceFile).Order(StringComparer.Ordinal));
        Assert.All(output.Quarantine, q => Assert.Equal(QuarantineReasons.UnreadableFile, q.Reason));
    }

    [Fact]
    public void Run_Progress_ReportsEveryFile()
    {
        using var lake = new TempLake();
        lake.WriteText("raw/outcomes/a.csv", OutcomeHeader);
        lake.WriteText("raw/outcomes/b.csv", OutcomeHeader);
        var seen = new List<(string, long, long)>();
        RawIngest.Run(new LocalEngine(1), lake.Store, (stage, done, total) => { lock (seen) seen.Add((stage, done, total)); });
        Assert.Contains(("ingest", 2L, 2L), seen);
    }

    [Fact]
    public void Run_TypedParquetColumns_BronzeHoldsInvariantTextAndRowIndex()
    {
        using var lake = new TempLake();
        var schema = new TableSchema(
            new Field("patient_id", ColumnType.String), new Field("study_uid", ColumnType.String), new Field("series_uid", ColumnType.String),
            new Field("modality", ColumnType.String), new Field("acquisition_date", ColumnType.Date),
            new Field("slice_thickness", ColumnType.Double), new Field("pixel_spacing", ColumnType.Double), new Field("kvp", ColumnType.Int32));
        var batch = ColumnBatch.FromRows(schema, [
            ["PT1", "1.2.1", "1.2.1.1", "CT", new DateOnly(2024, 3, 1), 2.5, 0.7, 120],
            ["PT2", "1.2.2", "1.2.2.1", "MR", null, 1.25, 0.5, null],
        ]);
        using (var s = lake.Store.OpenWrite("raw/imaging_metadata/site_b/part-00000.parquet")) StandInParquetCodec.Write(s, schema, batch);

        var output = RawIngest.Run(new LocalEngine(1), lake.Store, null, StandInParquetCodec.Read);

        var rows = RecordMapper<BronzeImagingRow>.Instance.FromBatch(output.ImagingMetadata);
        Assert.Equal(("2024-03-01", "2.5", "0.7", "120", 0L), (rows[0].AcquisitionDate, rows[0].SliceThickness, rows[0].PixelSpacing, rows[0].Kvp, rows[0].SourceRow));
        Assert.Equal((null, null, 1L), (rows[1].AcquisitionDate, rows[1].Kvp, rows[1].SourceRow));
        Assert.Null(rows[0].Site);
    }

    [Fact]
    public void Run_ParquetMissingRequiredColumn_FileRefused()
    {
        using var lake = new TempLake();
        var schema = new TableSchema(new Field("study_uid", ColumnType.String), new Field("series_uid", ColumnType.String));
        using (var s = lake.Store.OpenWrite("raw/tensors/part-00000.parquet"))
            StandInParquetCodec.Write(s, schema, ColumnBatch.FromRows(schema, [["1.2.1", "1.2.1.1"]]));

        var output = RawIngest.Run(new LocalEngine(1), lake.Store, null, StandInParquetCodec.Read);

        Assert.Equal(0, output.Tensors.RowCount);
        var q = Assert.Single(output.Quarantine);
        Assert.Equal((QuarantineReasons.MissingColumn, "tensors"), (q.Reason, q.SourceTable));
        Assert.Contains("size_x", q.Detail);
    }
}
