using MedSpark.Shared.Engine;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Cleaning;

/// <summary>
/// Bronze to silver: types and normalises each row, pseudonymises patient ids, removes duplicates, drops
/// orphans and joins the modelling cohort. Every bronze row ends in exactly one silver table or in the
/// quarantine, with a reason code from <see cref="QuarantineReasons"/>.
/// </summary>
/// <remarks>
/// Order per table: (1) validate each row (first failing column wins); (2) among the valid rows of one key
/// (study UID; patient for covariates), keep the latest (acquisition date, follow-up date, recorded date)
/// with ties broken by source file then row, and quarantine the others as <c>duplicate</c> when equal to
/// the kept row after normalisation, else <c>conflicting_duplicate</c>; (3) outcomes whose study is not in
/// silver studies are <c>orphan_outcome</c>. Invalid rows never compete in dedupe. Row work runs in engine
/// partitions; dedupe and joins hash-shuffle by key.
/// </remarks>
public static class Curation
{
    private static readonly Dictionary<string, string> Modalities = new() { ["CT"] = "CT", ["MR"] = "MR" };
    private static readonly Dictionary<string, string> Sexes = new()
    {
        ["M"] = "M", ["MALE"] = "M", ["F"] = "F", ["FEMALE"] = "F", ["U"] = "U", ["UNKNOWN"] = "U",
    };

    /// <summary>
    /// Curates <paramref name="bronze"/> as of today (UTC). Jobs and tests that must be reproducible pass
    /// <see cref="CurationOptions"/> with a fixed as-of date instead (the sample lake's is in its manifest).
    /// </summary>
    public static CurateOutput Run(IEngine engine, IngestOutput bronze, PseudonymKey key) =>
        Run(engine, bronze, key, new CurationOptions(DateOnly.FromDateTime(DateTime.UtcNow)));

    /// <summary>Curates <paramref name="bronze"/> into silver tables and quarantine records.</summary>
    public static CurateOutput Run(IEngine engine, IngestOutput bronze, PseudonymKey key, CurationOptions options)
    {
        var pseudonymizer = new Pseudonymizer(key);
        int parts = options.Partitions > 0 ? options.Partitions : Math.Max(1, engine.Parallelism);
        var quarantine = new List<QuarantineRecord>();

        // Studies.
        var studyRows = RecordMapper<BronzeImagingRow>.Instance.FromBatch(bronze.ImagingMetadata);
        var studies = Validate(engine, studyRows, parts, r => ValidateStudy(r, pseudonymizer, options.AsOfDate), quarantine);
        var silverStudies = Dedupe(engine, studies, s => s.StudyUid, parts,
            Latest<SilverStudy>(s => s.AcquisitionDate, s => s.SourceFile, s => s.SourceRow),
            s => s with { SourceFile = "", SourceRow = 0 },
            (s, reason, detail) => Reject(RawTable.ImagingMetadata.Name, s.SourceFile, s.SourceRow, s.StudyUid, reason, detail),
            quarantine);

        // Outcomes: dedupe, then only those with a study survive.
        var outcomeRows = RecordMapper<BronzeOutcomeRow>.Instance.FromBatch(bronze.Outcomes);
        var outcomes = Validate(engine, outcomeRows, parts, r => ValidateOutcome(r, pseudonymizer, options.AsOfDate), quarantine);
        var dedupedOutcomes = Dedupe(engine, outcomes, o => o.StudyUid, parts,
            Latest<SilverOutcome>(o => o.FollowUpDate, o => o.SourceFile, o => o.SourceRow),
            o => o with { SourceFile = "", SourceRow = 0 },
            (o, reason, detail) => Reject(RawTable.Outcomes.Name, o.SourceFile, o.SourceRow, o.StudyUid, reason, detail),
            quarantine);
        var studyOutcome = CoGroup<SilverStudy, SilverOutcome, (SilverOutcome Outcome, QuarantineRecord? Orphan)>(engine, silverStudies, s => s.StudyUid, dedupedOutcomes, o => o.StudyUid, parts,
            (ss, os) =>
            {
                var known = ss.Select(s => s.StudyUid).ToHashSet(StringComparer.Ordinal);
                return os.Select(o => known.Contains(o.StudyUid)
                    ? (o, null)
                    : (o, (QuarantineRecord?)Reject(RawTable.Outcomes.Name, o.SourceFile, o.SourceRow, o.StudyUid, QuarantineReasons.OrphanOutcome,
                        "column 'study_uid': no study with this UID in silver studies")));
            });
        quarantine.AddRange(studyOutcome.Where(x => x.Orphan is not null).Select(x => x.Orphan!));
        var silverOutcomes = studyOutcome.Where(x => x.Orphan is null).Select(x => x.Outcome).ToList();

        // Covariates.
        var covariateRows = RecordMapper<BronzeCovariateRow>.Instance.FromBatch(bronze.Covariates);
        var covariates = Validate(engine, covariateRows, parts, r => ValidateCovariate(r, pseudonymizer, options.AsOfDate), quarantine);
        var silverCovariates = Dedupe(engine, covariates, c => c.PatientKey, parts,
            Latest<SilverCovariate>(c => c.RecordedDate, c => c.SourceFile, c => c.SourceRow),
            c => c with { SourceFile = "", SourceRow = 0 },
            (c, reason, detail) => Reject(RawTable.Covariates.Name, c.SourceFile, c.SourceRow, c.PatientKey, reason, detail),
            quarantine);

        // Cohort: study ⋈ outcome on study UID, then ⋈ covariates on the study's patient key.
        var withOutcome = CoGroup<SilverStudy, SilverOutcome, (SilverStudy Study, SilverOutcome Outcome)>(engine, silverStudies, s => s.StudyUid, silverOutcomes, o => o.StudyUid, parts,
            (ss, os) =>
            {
                var byStudy = os.ToDictionary(o => o.StudyUid, StringComparer.Ordinal);
                return ss.Where(s => byStudy.ContainsKey(s.StudyUid)).Select(s => (s, byStudy[s.StudyUid]));
            });
        var cohort = CoGroup(engine, withOutcome, x => x.Study.PatientKey, silverCovariates, c => c.PatientKey, parts,
            (xs, cs) =>
            {
                var byPatient = cs.ToDictionary(c => c.PatientKey, StringComparer.Ordinal);
                return xs.Where(x => byPatient.ContainsKey(x.Study.PatientKey)).Select(x => ToCohort(x.Study, x.Outcome, byPatient[x.Study.PatientKey]));
            });

        // Tensors: row checks only (volumes are keyed by series and arrive once per export).
        var tensorRows = RecordMapper<BronzeTensorRow>.Instance.FromBatch(bronze.Tensors);
        var silverTensors = Validate<BronzeTensorRow, SilverTensor>(engine, tensorRows, parts, ValidateTensor, quarantine);

        quarantine.Sort(QuarantineOrder);
        return new CurateOutput(
            RecordMapper<SilverStudy>.Instance.ToBatch(silverStudies.OrderBy(s => s.StudyUid, StringComparer.Ordinal).ToList()),
            RecordMapper<SilverOutcome>.Instance.ToBatch(silverOutcomes.OrderBy(o => o.StudyUid, StringComparer.Ordinal).ToList()),
            RecordMapper<SilverCovariate>.Instance.ToBatch(silverCovariates.OrderBy(c => c.PatientKey, StringComparer.Ordinal).ToList()),
            RecordMapper<SilverCohortRow>.Instance.ToBatch(cohort.OrderBy(c => c.StudyUid, StringComparer.Ordinal).ToList()),
            RecordMapper<SilverTensor>.Instance.ToBatch(silverTensors.OrderBy(t => t.StudyUid, StringComparer.Ordinal)
                .ThenBy(t => t.SeriesUid, StringComparer.Ordinal).ToList()),
            quarantine);
    }

    internal static (SilverStudy? Row, QuarantineRecord? Rejected) ValidateStudy(BronzeImagingRow r, Pseudonymizer p, DateOnly asOf)
    {
        var v = new RowValidator(RawTable.ImagingMetadata.Name, r.SourceFile, r.SourceRow, asOf) { Key = RowValidator.Optional(r.StudyUid) };
        var patientId = v.Required(r.PatientId, "patient_id");
        var studyUid = v.Required(r.StudyUid, "study_uid");
        var seriesUid = v.Required(r.SeriesUid, "series_uid");
        var modality = v.Code(r.Modality, "modality", Modalities);
        var date = v.Date(r.AcquisitionDate, "acquisition_date");
        var thickness = v.Millimetres(r.SliceThickness, "slice_thickness", 0, 20);
        var spacing = v.Millimetres(r.PixelSpacing, "pixel_spacing", 0, 5);
        var kvp = v.Number(r.Kvp, "kvp", 40, 200, required: false);
        if (v.Failed) return (null, v.Failure);
        return (new SilverStudy(p.Pseudonymize(patientId!), studyUid!, seriesUid!, modality,
            RowValidator.Optional(r.BodyPart)?.ToUpperInvariant(), date,
            RowValidator.Optional(r.ScannerVendor), RowValidator.Optional(r.ScannerModel),
            thickness, spacing, kvp, RowValidator.Optional(r.Site), r.SourceFile, r.SourceRow), null);
    }

    internal static (SilverOutcome? Row, QuarantineRecord? Rejected) ValidateOutcome(BronzeOutcomeRow r, Pseudonymizer p, DateOnly asOf)
    {
        var v = new RowValidator(RawTable.Outcomes.Name, r.SourceFile, r.SourceRow, asOf) { Key = RowValidator.Optional(r.StudyUid) };
        var patientId = v.Required(r.PatientId, "patient_id");
        var studyUid = v.Required(r.StudyUid, "study_uid");
        var success = v.Integer(r.RecoverySuccess, "recovery_success", 0, 1, required: true);
        var followUp = v.Date(r.FollowUpDate, "follow_up_date");
        if (v.Failed) return (null, v.Failure);
        return (new SilverOutcome(studyUid!, p.Pseudonymize(patientId!), success!.Value, followUp, r.SourceFile, r.SourceRow), null);
    }

    internal static (SilverCovariate? Row, QuarantineRecord? Rejected) ValidateCovariate(BronzeCovariateRow r, Pseudonymizer p, DateOnly asOf)
    {
        var v = new RowValidator(RawTable.Covariates.Name, r.SourceFile, r.SourceRow, asOf);
        var patientId = v.Required(r.PatientId, "patient_id");
        // The record key of a covariate row is the pseudonym: the patient id itself never enters quarantine.
        string? patientKey = patientId is null ? null : p.Pseudonymize(patientId);
        v.Key = patientKey;
        var age = v.Integer(r.Age, "age", 0, 120, required: true);
        var sex = v.Code(r.Sex, "sex", Sexes);
        var cci = v.Integer(r.ComorbidityIndex, "comorbidity_index", 0, 37, required: true);
        var smoker = v.OptionalFlag(r.Smoker, "smoker");
        var bmi = v.Number(r.Bmi, "bmi", 10, 80, required: false);
        var recorded = v.Date(r.RecordedDate, "recorded_date");
        if (v.Failed) return (null, v.Failure);
        return (new SilverCovariate(patientKey!, age!.Value, sex, cci!.Value, smoker, bmi, recorded, r.SourceFile, r.SourceRow), null);
    }

    internal static (SilverTensor? Row, QuarantineRecord? Rejected) ValidateTensor(BronzeTensorRow r)
    {
        string? key = RowValidator.Optional(r.StudyUid);
        QuarantineRecord Fail(string reason, string detail) =>
            Reject(RawTable.Tensors.Name, r.SourceFile, r.SourceRow, key, reason, detail);

        string? missing = r.StudyUid is null ? "study_uid" : r.SeriesUid is null ? "series_uid"
            : r.SizeX is null ? "size_x" : r.SizeY is null ? "size_y" : r.SizeZ is null ? "size_z"
            : r.SpacingX is null ? "spacing_x" : r.SpacingY is null ? "spacing_y" : r.SpacingZ is null ? "spacing_z"
            : r.Pixels is null ? "pixels" : r.Mask is null ? "mask" : null;
        if (missing is not null) return (null, Fail(QuarantineReasons.NullRequired, $"column '{missing}' is null"));
        int nx = r.SizeX!.Value, ny = r.SizeY!.Value, nz = r.SizeZ!.Value;
        if (nx <= 0 || ny <= 0 || nz <= 0)
            return (null, Fail(QuarantineReasons.TensorShapeMismatch, $"dimensions {nx}x{ny}x{nz} are not all positive"));
        long voxels = (long)nx * ny * nz;
        if (r.Pixels!.LongLength != voxels * sizeof(float))
            return (null, Fail(QuarantineReasons.TensorShapeMismatch, $"column 'pixels' has {r.Pixels.LongLength} bytes, {nx}x{ny}x{nz} float32 needs {voxels * sizeof(float)}"));
        if (r.Mask!.LongLength != voxels)
            return (null, Fail(QuarantineReasons.TensorShapeMismatch, $"column 'mask' has {r.Mask.LongLength} bytes, {nx}x{ny}x{nz} uint8 needs {voxels}"));
        long inMask = 0, nonFinite = 0, firstBad = -1;
        for (long i = 0; i < voxels; i++)
        {
            if (r.Mask[i] == 0) continue;
            inMask++;
            float value = BitConverter.ToSingle(r.Pixels, (int)(i * sizeof(float)));
            if (!float.IsFinite(value) && nonFinite++ == 0) firstBad = i;
        }
        if (inMask == 0) return (null, Fail(QuarantineReasons.EmptyMask, "column 'mask' selects no voxel"));
        if (nonFinite > 0)
            return (null, Fail(QuarantineReasons.NonFiniteInMask,
                $"column 'pixels' has {nonFinite} non-finite value(s) inside the mask, first at voxel {firstBad} (x={firstBad % nx}, y={firstBad / nx % ny}, z={firstBad / ((long)nx * ny)})"));
        return (new SilverTensor(r.StudyUid!.Trim(), r.SeriesUid!.Trim(), nx, ny, nz, r.SpacingX!.Value, r.SpacingY!.Value, r.SpacingZ!.Value,
            r.Pixels, r.Mask, r.SourceFile, r.SourceRow), null);
    }

    private static SilverCohortRow ToCohort(SilverStudy s, SilverOutcome o, SilverCovariate c) =>
        new(s.StudyUid, s.SeriesUid, s.PatientKey, s.Modality, s.BodyPart, s.AcquisitionDate, s.ScannerVendor, s.ScannerModel,
            s.SliceThicknessMm, s.PixelSpacingMm, s.Kvp, s.Site, o.RecoverySuccess, o.FollowUpDate,
            c.Age, c.Sex, c.ComorbidityIndex, c.Smoker, c.Bmi);

    private static QuarantineRecord Reject(string table, string file, long row, string? key, string reason, string detail) =>
        new(QuarantineReasons.CurateStage, table, file, row, key, reason, detail);

    private static List<TOut> Validate<TIn, TOut>(IEngine engine, IReadOnlyList<TIn> rows, int parts,
        Func<TIn, (TOut? Row, QuarantineRecord? Rejected)> check, List<QuarantineRecord> quarantine) where TOut : class
    {
        var checkedRows = engine.MapPartitions(Partitioned<TIn>.FromList(rows, parts), part => part.Select(check)).Rows.ToList();
        quarantine.AddRange(checkedRows.Where(c => c.Rejected is not null).Select(c => c.Rejected!));
        return checkedRows.Where(c => c.Row is not null).Select(c => c.Row!).ToList();
    }

    /// <summary>Orders candidates best first: latest date, then earliest file and row (a stable tie-break).</summary>
    private static Comparison<T> Latest<T>(Func<T, DateOnly> date, Func<T, string> file, Func<T, long> row) => (a, b) =>
    {
        int c = date(b).CompareTo(date(a));
        if (c == 0) c = string.CompareOrdinal(file(a), file(b));
        if (c == 0) c = row(a).CompareTo(row(b));
        return c;
    };

    private static List<T> Dedupe<T>(IEngine engine, List<T> rows, Func<T, string> key, int parts, Comparison<T> best,
        Func<T, T> content, Func<T, string, string, QuarantineRecord> reject, List<QuarantineRecord> quarantine)
    {
        var shuffled = engine.Shuffle(Partitioned<T>.FromList(rows, parts), key, parts);
        var results = engine.MapPartitions(shuffled, part => part.GroupBy(key, StringComparer.Ordinal).Select(g =>
        {
            var ordered = g.ToList();
            ordered.Sort(best);
            var kept = ordered[0];
            var keptContent = content(kept);
            var losers = ordered.Skip(1).Select(x => Equals(content(x), keptContent)
                ? reject(x, QuarantineReasons.Duplicate, $"same values as the kept row {Where(kept)}")
                : reject(x, QuarantineReasons.ConflictingDuplicate, $"same key as the kept row {Where(kept)} (the latest wins), different values")).ToList();
            return (Kept: kept, Losers: losers);
        })).Rows.ToList();
        quarantine.AddRange(results.SelectMany(r => r.Losers));
        return results.Select(r => r.Kept).ToList();
    }

    private static string Where<T>(T row) => row switch
    {
        SilverStudy s => $"{s.SourceFile}:{s.SourceRow}",
        SilverOutcome o => $"{o.SourceFile}:{o.SourceRow}",
        SilverCovariate c => $"{c.SourceFile}:{c.SourceRow}",
        _ => "",
    };

    /// <summary>Hash-partitions both sides by key with the same partition count, then runs <paramref name="join"/> per partition pair.</summary>
    private static List<TOut> CoGroup<TA, TB, TOut>(IEngine engine, IReadOnlyList<TA> left, Func<TA, string> leftKey,
        IReadOnlyList<TB> right, Func<TB, string> rightKey, int parts,
        Func<IReadOnlyList<TA>, IReadOnlyList<TB>, IEnumerable<TOut>> join)
    {
        var l = engine.Shuffle(Partitioned<TA>.FromList(left, parts), leftKey, parts);
        var r = engine.Shuffle(Partitioned<TB>.FromList(right, parts), rightKey, parts);
        var pairs = new Partitioned<(IReadOnlyList<TA>, IReadOnlyList<TB>)>(
            Enumerable.Range(0, parts).Select(p => (IReadOnlyList<(IReadOnlyList<TA>, IReadOnlyList<TB>)>)[(l.Partitions[p], r.Partitions[p])]).ToArray());
        return engine.MapPartitions(pairs, part => part.SelectMany(x => join(x.Item1, x.Item2))).Rows.ToList();
    }

    private static int QuarantineOrder(QuarantineRecord a, QuarantineRecord b)
    {
        int c = string.CompareOrdinal(a.SourceTable, b.SourceTable);
        if (c == 0) c = string.CompareOrdinal(a.SourceFile, b.SourceFile);
        if (c == 0) c = Nullable.Compare(a.SourceRow, b.SourceRow);
        return c;
    }
}
