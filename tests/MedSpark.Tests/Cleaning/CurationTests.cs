using MedSpark.Shared.Cleaning;
using MedSpark.Shared.Engine;
using MedSpark.Shared.Schemas;
using Xunit;

namespace MedSpark.Tests.Cleaning;

public class CurationTests
{
    private const string ImagingHeader =
        "patient_id,study_uid,series_uid,modality,body_part,acquisition_date,scanner_vendor,scanner_model,slice_thickness,pixel_spacing,kvp,site\n";
    private const string OutcomeHeader = "patient_id,study_uid,recovery_success,follow_up_date\n";
    private const string CovariateHeader = "patient_id,age,sex,comorbidity_index,smoker,bmi,recorded_date\n";
    private static readonly DateOnly AsOf = new(2025, 6, 30);

    private static string Study(string uid, string patient = "PT000001", string modality = "CT", string date = "2024-03-01",
        string thickness = "2.5 mm", string spacing = "0.7 mm", string kvp = "120", string model = "SOMATOM Force") =>
        $"{patient},{uid},{uid}.1,{modality},CHEST,{date},SIEMENS,{model},{thickness},{spacing},{kvp},site_a\n";

    private static (CurateOutput Silver, IngestOutput Bronze) Curate(string imaging = "", string outcomes = "", string covariates = "")
    {
        using var lake = new TempLake();
        lake.WriteText("raw/imaging_metadata/site_a/part-00000.csv", ImagingHeader + imaging);
        lake.WriteText("raw/outcomes/outcomes.csv", OutcomeHeader + outcomes);
        lake.WriteText("raw/covariates/covariates.csv", CovariateHeader + covariates);
        var engine = new LocalEngine(2);
        var bronze = RawIngest.Run(engine, lake.Store);
        Assert.Empty(bronze.Quarantine);
        return (Curation.Run(engine, bronze, PseudonymKey.SampleDevelopmentKey, new CurationOptions(AsOf, Partitions: 3)), bronze);
    }

    private static QuarantineRecord OnlyRejection(CurateOutput output)
    {
        var q = Assert.Single(output.Quarantine);
        Assert.Equal("curate", q.Stage);
        return q;
    }

    [Theory]
    [InlineData("", "1.2.9", "patient_id")]
    [InlineData("PT000001", "", "study_uid")]
    public void Run_NullRequiredImagingColumn_NullRequiredNamingColumn(string patient, string uid, string column)
    {
        var (silver, _) = Curate(imaging: Study(uid, patient: patient));
        var q = OnlyRejection(silver);
        Assert.Equal(QuarantineReasons.NullRequired, q.Reason);
        Assert.Equal($"column '{column}' is null or blank", q.Detail);
        Assert.Equal(2, q.SourceRow);
        Assert.Equal(0, silver.Studies.RowCount);
    }

    [Theory]
    [InlineData("n/a", "slice_thickness")]
    [InlineData("abc", "slice_thickness")]
    public void Run_NumericGarbage_UnparseableWithColumnAndValue(string value, string column)
    {
        var (silver, _) = Curate(imaging: Study("1.2.9", thickness: value));
        var q = OnlyRejection(silver);
        Assert.Equal(QuarantineReasons.Unparseable, q.Reason);
        Assert.Equal($"column '{column}' value '{value}' is not a length in mm or cm", q.Detail);
        Assert.Equal("1.2.9", q.RecordKey);
    }

    [Fact]
    public void Run_UnknownModality_Unparseable()
    {
        var q = OnlyRejection(Curate(imaging: Study("1.2.9", modality: "XR")).Silver);
        Assert.Equal(QuarantineReasons.Unparseable, q.Reason);
        Assert.Contains("'modality' value 'XR'", q.Detail);
    }

    [Theory]
    [InlineData("2024-02-30", QuarantineReasons.ImpossibleDate)]
    [InlineData("1899-12-31", QuarantineReasons.ImpossibleDate)]
    [InlineData("2031-01-01", QuarantineReasons.ImpossibleDate)]
    [InlineData("2024-13-01", QuarantineReasons.ImpossibleDate)]
    [InlineData("01/03/2024", QuarantineReasons.Unparseable)]
    public void Run_BadAcquisitionDate_ReasonByKind(string date, string reason)
    {
        var q = OnlyRejection(Curate(imaging: Study("1.2.9", date: date)).Silver);
        Assert.Equal(reason, q.Reason);
        Assert.Contains($"'acquisition_date' value '{date}'", q.Detail);
    }

    [Theory]
    [InlineData("4.5 cm")]
    [InlineData("0 mm")]
    [InlineData("-1 mm")]
    public void Run_SliceThicknessOutOfRange_OutOfRange(string thickness)
    {
        Assert.Equal(QuarantineReasons.OutOfRange, OnlyRejection(Curate(imaging: Study("1.2.9", thickness: thickness)).Silver).Reason);
    }

    [Fact]
    public void Run_MixedCaseAndUnits_NormalisedIntoSilver()
    {
        var (silver, _) = Curate(imaging:
            Study("1.2.1", modality: "ct", thickness: "0.25 cm", spacing: "0.07cm")
            + Study("1.2.2", modality: " Mr ", thickness: "2.5mm", spacing: "0.7", kvp: ""));
        Assert.Empty(silver.Quarantine);
        var studies = RecordMapper<SilverStudy>.Instance.FromBatch(silver.Studies);
        Assert.Equal(["CT", "MR"], studies.Select(s => s.Modality));
        Assert.All(studies, s => Assert.Equal(2.5, s.SliceThicknessMm));
        Assert.All(studies, s => Assert.Equal(0.7, s.PixelSpacingMm));
        Assert.Equal([120.0, null], studies.Select(s => s.Kvp));
        Assert.Equal(new DateOnly(2024, 3, 1), studies[0].AcquisitionDate);
    }

    [Fact]
    public void Run_ExactDuplicate_OneKeptOtherDuplicate()
    {
        // Same values in different spellings are still the same row once normalised.
        var (silver, _) = Curate(imaging: Study("1.2.1") + Study("1.2.1", modality: " ct", thickness: "0.25 cm"));
        Assert.Equal(1, silver.Studies.RowCount);
        var q = OnlyRejection(silver);
        Assert.Equal(QuarantineReasons.Duplicate, q.Reason);
        Assert.Equal(3, q.SourceRow);
    }

    [Fact]
    public void Run_ConflictingDuplicate_LatestKeptOtherConflicting()
    {
        var (silver, _) = Curate(imaging: Study("1.2.1", date: "2024-05-01", model: "NEW") + Study("1.2.1", date: "2024-04-01", model: "OLD")
            + Study("1.2.1", date: "2024-03-01", model: "OLDER"));
        var kept = Assert.Single(RecordMapper<SilverStudy>.Instance.FromBatch(silver.Studies));
        Assert.Equal("NEW", kept.ScannerModel);
        Assert.Equal([3L, 4L], silver.Quarantine.Select(q => q.SourceRow!.Value));
        Assert.All(silver.Quarantine, q => Assert.Equal(QuarantineReasons.ConflictingDuplicate, q.Reason));
    }

    [Fact]
    public void Run_InvalidRowSharingKey_QuarantinedForItsDefectNotDedupe()
    {
        var (silver, _) = Curate(imaging: Study("1.2.1") + Study("1.2.1", date: "2024-02-30"));
        Assert.Equal(1, silver.Studies.RowCount);
        Assert.Equal(QuarantineReasons.ImpossibleDate, OnlyRejection(silver).Reason);
    }

    [Fact]
    public void Run_OutcomeWithoutStudy_OrphanOutcome()
    {
        var (silver, _) = Curate(imaging: Study("1.2.1"),
            outcomes: "PT000001,1.2.1,1,2024-06-01\nPT000001,1.2.404,0,2024-06-01\n");
        Assert.Equal(1, silver.Outcomes.RowCount);
        var q = OnlyRejection(silver);
        Assert.Equal(QuarantineReasons.OrphanOutcome, q.Reason);
        Assert.Equal("1.2.404", q.RecordKey);
    }

    [Theory]
    [InlineData("n/a", QuarantineReasons.Unparseable)]
    [InlineData("2", QuarantineReasons.OutOfRange)]
    [InlineData("", QuarantineReasons.NullRequired)]
    public void Run_BadRecoverySuccess_ReasonByKind(string value, string reason)
    {
        var (silver, _) = Curate(imaging: Study("1.2.1"), outcomes: $"PT000001,1.2.1,{value},2024-06-01\n");
        Assert.Equal(reason, OnlyRejection(silver).Reason);
        Assert.Equal(0, silver.Cohort.RowCount);
    }

    [Theory]
    [InlineData("PT000001,abc,M,2,0,25,2024-01-01", QuarantineReasons.Unparseable, "age")]
    [InlineData("PT000001,250,M,2,0,25,2024-01-01", QuarantineReasons.OutOfRange, "age")]
    [InlineData("PT000001,40,M,2,0,-22.5,2024-01-01", QuarantineReasons.OutOfRange, "bmi")]
    [InlineData("PT000001,40,X,2,0,25,2024-01-01", QuarantineReasons.Unparseable, "sex")]
    [InlineData("PT000001,40,M,2,maybe,25,2024-01-01", QuarantineReasons.Unparseable, "smoker")]
    [InlineData("PT000001,40,M,2,0,25,1899-01-01", QuarantineReasons.ImpossibleDate, "recorded_date")]
    [InlineData(",40,M,2,0,25,2024-01-01", QuarantineReasons.NullRequired, "patient_id")]
    public void Run_BadCovariate_ReasonNamesColumnNotPatient(string line, string reason, string column)
    {
        var (silver, _) = Curate(covariates: line + "\n");
        var q = OnlyRejection(silver);
        Assert.Equal(reason, q.Reason);
        Assert.Contains($"'{column}'", q.Detail);
        Assert.DoesNotContain("PT000001", q.Detail);
        Assert.NotEqual("PT000001", q.RecordKey);
    }

    [Fact]
    public void Run_CovariateConflict_LatestRecordedDateWins()
    {
        var (silver, _) = Curate(covariates: "PT000001,40,M,2,0,25,2024-01-01\npt000001,40,M,2,0,27.5,2024-06-01\n");
        var kept = Assert.Single(RecordMapper<SilverCovariate>.Instance.FromBatch(silver.Covariates));
        Assert.Equal(27.5, kept.Bmi);
        Assert.Equal(QuarantineReasons.ConflictingDuplicate, OnlyRejection(silver).Reason);
    }

    [Fact]
    public void Run_AllThreeTables_CohortJoinsOnPseudonymAcrossIdSpellings()
    {
        var (silver, _) = Curate(
            imaging: Study("1.2.1") + Study("1.2.2", patient: "PT000002") + Study("1.2.3", patient: "PT000003"),
            outcomes: "PT000001,1.2.1,1,2024-06-01\nPT000002,1.2.2,0,2024-06-01\n",
            covariates: " pt000001 ,61,m,3,yes,,2024-01-01\nPT000003,50,F,0,0,22,2024-01-01\n");
        Assert.Empty(silver.Quarantine);
        var row = Assert.Single(RecordMapper<SilverCohortRow>.Instance.FromBatch(silver.Cohort));
        Assert.Equal("1.2.1", row.StudyUid);
        Assert.Equal(new Pseudonymizer(PseudonymKey.SampleDevelopmentKey).Pseudonymize("PT000001"), row.PatientKey);
        Assert.Equal((61, "M", 3, true, (double?)null, 1), (row.Age, row.Sex, row.ComorbidityIndex, row.Smoker, row.Bmi, row.RecoverySuccess));
    }
}
