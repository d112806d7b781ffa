using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using MedSpark.Shared.Cleaning;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Sampling;

/// <summary>
/// The generator's state for one run: plans the clean population, injects defects into disjoint rows (so each
/// defective row has exactly one expected fate), renders files and counts everything for the manifest.
/// </summary>
internal sealed class SampleLakeBuilder
{
    private const string UidRoot = "1.2.826.0.1.3680043.10.543";
    private static readonly string[] ImagingHeader =
        ["patient_id", "study_uid", "series_uid", "modality", "body_part", "acquisition_date", "scanner_vendor",
         "scanner_model", "slice_thickness", "pixel_spacing", "kvp", "site"];
    private static readonly string[] OutcomeHeader = ["patient_id", "study_uid", "recovery_success", "follow_up_date"];
    private static readonly string[] CovariateHeader = ["patient_id", "age", "sex", "comorbidity_index", "smoker", "bmi", "recorded_date"];
    private static readonly (string Vendor, string Model)[] Scanners =
        [("SIEMENS", "SOMATOM Force"), ("GE MEDICAL SYSTEMS", "Revolution CT"), ("Philips", "Ingenia, Elition"), ("Canon", "Aquilion ONE")];
    private static readonly string[] BodyParts = ["CHEST", "ABDOMEN", "HEAD", "PELVIS"];
    private static readonly double[] Thicknesses = [0.625, 1.0, 1.25, 2.5, 3.0, 5.0];
    private static readonly int[] Kvps = [80, 100, 120, 140];

    private static readonly DateOnly AnchorDate = SampleLakeGenerator.AnchorDate;

    private readonly SampleLakeOptions _o;
    private readonly Random _rng;
    private readonly SortedDictionary<(string Table, string Kind), ManifestDefect> _defects = new();
    private readonly SortedDictionary<(string Table, string Kind), long> _variants = new();

    private readonly Action<Stream, TableSchema, ColumnBatch> _writeParquet;

    public SampleLakeBuilder(SampleLakeOptions options, Action<Stream, TableSchema, ColumnBatch> writeParquet)
    {
        _o = options;
        _writeParquet = writeParquet;
        _rng = new Random(options.Seed);
    }

    private sealed record Patient(int Index, string Id, int Age, string Sex, int Cci, bool? Smoker, double? Bmi, DateOnly Recorded);

    private sealed record Study(int Index, Patient Patient, string StudyUid, string Modality, string BodyPart, DateOnly Date,
        string Vendor, string Model, double ThicknessMm, double SpacingMm, int? Kvp, string Site, double Risk, int Recovery, DateOnly FollowUp);

    /// <summary>A row to write: its fields, or a raw line that replaces them (malformed lines).</summary>
    private sealed class OutRow(string?[] fields, string? rawLine = null)
    {
        public string?[] Fields { get; } = fields;
        public string? RawLine { get; } = rawLine;
    }

    public SampleManifest Write(ILakeStore store, Action<string, long, long>? progress)
    {
        var patients = MakePatients();
        var studies = MakeStudies(patients);

        // Imaging metadata: render, then kill some studies in place, then append re-sent rows.
        var imaging = studies.Select(RenderStudy).ToArray();
        var order = Permutation(studies.Count);
        int cursor = 0;
        var lost = new HashSet<int>();
        foreach (var (kind, reason, apply) in ImagingDefects())
        {
            foreach (int s in Take(order, ref cursor, Count(_o.DirtyFraction, studies.Count)))
            {
                apply(imaging[s], studies[s]);
                lost.Add(s);
                Defect("imaging_metadata", kind, QuarantineReasons.CurateStage, reason);
            }
        }
        var clean = order.Skip(cursor).ToArray();
        var extraA = new List<OutRow>();
        var extraB = new List<OutRow>();
        int c2 = 0;
        foreach (int s in Take(clean, ref c2, Count(_o.DuplicateFraction, studies.Count)))
        {
            (studies[s].Site == "site_a" ? extraA : extraB).Add(new OutRow((string?[])imaging[s].Clone()));
            Defect("imaging_metadata", "exact_duplicate", QuarantineReasons.CurateStage, QuarantineReasons.Duplicate);
        }
        foreach (int s in Take(clean, ref c2, Count(_o.DuplicateFraction, studies.Count)))
        {
            var copy = (string?[])imaging[s].Clone();
            copy[7] = studies[s].Model + " (pre-upgrade)";
            copy[5] = Iso(studies[s].Date.AddDays(-_rng.Next(1, 31)));
            (studies[s].Site == "site_a" ? extraA : extraB).Add(new OutRow(copy));
            Defect("imaging_metadata", "conflicting_duplicate", QuarantineReasons.CurateStage, QuarantineReasons.ConflictingDuplicate);
        }
        var cleanA = clean.Where(s => studies[s].Site == "site_a").ToArray();
        if (cleanA.Length > 0)
        {
            int n = Count(_o.MalformedFraction, cleanA.Length);
            for (int i = 0; i < n; i++)
            {
                var f = imaging[cleanA[_rng.Next(cleanA.Length)]];
                extraA.Add(new OutRow(f, CsvText.FormatLine(f) + ",EXTRA"));
                Defect("imaging_metadata", "wrong_field_count", QuarantineReasons.IngestStage, QuarantineReasons.MalformedCsv);
            }
            for (int i = 0; i < n; i++)
            {
                var f = (string?[])imaging[cleanA[_rng.Next(cleanA.Length)]].Clone();
                // An opening quote that is never closed: the reader must refuse the line, not swallow the file.
                f[7] = "\u0001" + f[7]!.Replace(",", "");
                extraA.Add(new OutRow(f, CsvText.FormatLine(f).Replace("\u0001", "\"")));
                Defect("imaging_metadata", "unterminated_quote", QuarantineReasons.IngestStage, QuarantineReasons.MalformedCsv);
            }
            for (int i = 0; i < n; i++)
            {
                var f = (string?[])imaging[cleanA[_rng.Next(cleanA.Length)]].Clone();
                f[6] = "\u0001";
                extraA.Add(new OutRow(f, CsvText.FormatLine(f).Replace("\u0001", "SIE\"MENS")));
                Defect("imaging_metadata", "stray_quote", QuarantineReasons.IngestStage, QuarantineReasons.MalformedCsv);
            }
        }
        var siteA = Interleave(Enumerable.Range(0, studies.Count).Where(s => studies[s].Site == "site_a").Select(s => new OutRow(imaging[s])).ToList(), extraA);
        var siteB = Interleave(Enumerable.Range(0, studies.Count).Where(s => studies[s].Site == "site_b").Select(s => new OutRow(imaging[s])).ToList(), extraB);

        // Outcomes: one per study; a study lost above leaves its outcome an orphan.
        var outcomes = studies.Select(s => new[] { s.Patient.Id, s.StudyUid, s.Recovery.ToString(CultureInfo.InvariantCulture), Iso(s.FollowUp) }).ToArray();
        if (lost.Count > 0) Defect("outcomes", "orphan_of_rejected_study", QuarantineReasons.CurateStage, QuarantineReasons.OrphanOutcome, lost.Count);
        var surviving = Permutation(studies.Count).Where(s => !lost.Contains(s)).ToArray();
        cursor = 0;
        var badOutcome = new HashSet<int>();
        foreach (var (kind, reason, apply) in OutcomeDefects())
        {
            foreach (int s in Take(surviving, ref cursor, Count(_o.DirtyFraction, studies.Count)))
            {
                apply(outcomes[s], studies[s]);
                badOutcome.Add(s);
                Defect("outcomes", kind, QuarantineReasons.CurateStage, reason);
            }
        }
        var outcomeClean = surviving.Skip(cursor).ToArray();
        var outcomeExtra = new List<OutRow>();
        c2 = 0;
        foreach (int s in Take(outcomeClean, ref c2, Count(_o.DuplicateFraction, studies.Count)))
        {
            outcomeExtra.Add(new OutRow((string?[])outcomes[s].Clone()));
            Defect("outcomes", "exact_duplicate", QuarantineReasons.CurateStage, QuarantineReasons.Duplicate);
        }
        foreach (int s in Take(outcomeClean, ref c2, Count(_o.DuplicateFraction, studies.Count)))
        {
            var st = studies[s];
            outcomeExtra.Add(new OutRow([st.Patient.Id, st.StudyUid, (1 - st.Recovery).ToString(CultureInfo.InvariantCulture), Iso(st.FollowUp.AddDays(-_rng.Next(1, 29)))]));
            Defect("outcomes", "conflicting_duplicate", QuarantineReasons.CurateStage, QuarantineReasons.ConflictingDuplicate);
        }
        int orphans = Count(_o.OrphanFraction, studies.Count);
        for (int i = 0; i < orphans; i++)
        {
            var p = patients[_rng.Next(patients.Count)];
            outcomeExtra.Add(new OutRow([p.Id, $"{UidRoot}.999.{i + 1}", _rng.Next(2).ToString(CultureInfo.InvariantCulture), Iso(AnchorDate.AddDays(-_rng.Next(1, 365)))]));
            Defect("outcomes", "orphan_outcome", QuarantineReasons.CurateStage, QuarantineReasons.OrphanOutcome);
        }
        AddMalformed("outcomes", outcomes, outcomeExtra, 2);
        var outcomeRows = Interleave(outcomes.Select(f => new OutRow(f)).ToList(), outcomeExtra);

        // Covariates: one per patient; a patient lost here takes their studies out of the cohort.
        var covariates = patients.Select(RenderPatient).ToArray();
        var patientOrder = Permutation(patients.Count);
        cursor = 0;
        var badPatients = new HashSet<int>();
        foreach (var (kind, reason, apply) in CovariateDefects())
        {
            foreach (int p in Take(patientOrder, ref cursor, Count(_o.DirtyFraction, patients.Count)))
            {
                apply(covariates[p]);
                badPatients.Add(p);
                Defect("covariates", kind, QuarantineReasons.CurateStage, reason);
            }
        }
        var patientClean = patientOrder.Skip(cursor).ToArray();
        var covariateExtra = new List<OutRow>();
        c2 = 0;
        foreach (int p in Take(patientClean, ref c2, Count(_o.DuplicateFraction, patients.Count)))
        {
            covariateExtra.Add(new OutRow((string?[])covariates[p].Clone()));
            Defect("covariates", "exact_duplicate", QuarantineReasons.CurateStage, QuarantineReasons.Duplicate);
        }
        foreach (int p in Take(patientClean, ref c2, Count(_o.DuplicateFraction, patients.Count)))
        {
            var copy = (string?[])covariates[p].Clone();
            copy[5] = F(Math.Round((patients[p].Bmi ?? 28.5) + 1.5, 1));
            copy[6] = Iso(patients[p].Recorded.AddDays(-_rng.Next(1, 61)));
            covariateExtra.Add(new OutRow(copy));
            Defect("covariates", "conflicting_duplicate", QuarantineReasons.CurateStage, QuarantineReasons.ConflictingDuplicate);
        }
        AddMalformed("covariates", covariates, covariateExtra, 1);
        var covariateRows = Interleave(covariates.Select(f => new OutRow(f)).ToList(), covariateExtra);

        // The cohort and the volumes drawn from it.
        var cohort = studies.Where(s => !lost.Contains(s.Index) && !badOutcome.Contains(s.Index) && !badPatients.Contains(s.Patient.Index)).ToList();
        var tensorStudies = Shuffle(cohort).Take(Math.Min(_o.Tensors, cohort.Count)).ToList();
        var tensors = MakeTensors(tensorStudies, out int badTensors);

        // Write, in a fixed order.
        var files = new List<ManifestFile>();
        var writes = new List<(string Path, string Table, Action<Stream> Write, long Rows)>();
        PlanCsv(writes, "raw/imaging_metadata/site_a/", "imaging_metadata", ImagingHeader, siteA);
        PlanImagingParquet(writes, siteB);
        PlanCsv(writes, "raw/outcomes/", "outcomes", OutcomeHeader, outcomeRows, single: "outcomes.csv");
        PlanCsv(writes, "raw/covariates/", "covariates", CovariateHeader, covariateRows, single: "covariates.csv");
        PlanTensors(writes, tensors);
        for (int i = 0; i < writes.Count; i++)
        {
            var w = writes[i];
            using (var stream = store.OpenWrite(w.Path))
            {
                try { w.Write(stream); }
                catch { stream.Abort(); throw; }
            }
            files.Add(new ManifestFile(w.Path, w.Table, w.Rows));
            progress?.Invoke("generate", i + 1, writes.Count);
        }

        long Written(string t) => files.Where(f => f.Table == t).Sum(f => f.Rows);
        long Malformed(string t) => _defects.Values.Where(d => d.Table == t && d.Stage == QuarantineReasons.IngestStage).Sum(d => d.Count);
        ManifestTable Table(string t, long silver) => new(t, Written(t), Written(t) - Malformed(t), silver);
        var manifest = new SampleManifest(
            _o.Seed, AnchorDate, PseudonymKey.SampleDevelopmentKey.Name, _o,
            files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(),
            [
                Table("imaging_metadata", studies.Count - lost.Count),
                Table("outcomes", studies.Count - lost.Count - badOutcome.Count),
                Table("covariates", patients.Count - badPatients.Count),
                Table("tensors", tensors.Count - badTensors),
                new ManifestTable(SampleManifest.CohortTable, 0, 0, cohort.Count),
            ],
            _defects.Values.ToList(),
            _variants.Select(v => new ManifestVariant(v.Key.Table, v.Key.Kind, v.Value)).ToList());
        using (var m = store.OpenWrite(SampleManifest.Path)) m.Write(manifest.ToJson());
        return manifest;
    }

    private List<Patient> MakePatients()
    {
        int n = Math.Max(1, (int)Math.Ceiling(_o.Studies / 1.4));
        var list = new List<Patient>(n);
        for (int i = 0; i < n; i++)
        {
            int age = 30 + _rng.Next(60);
            string sex = _rng.Next(2) == 0 ? "M" : "F";
            int cci = 0;
            for (int k = 0; k < 8; k++) if (_rng.NextDouble() < 0.25) cci++;
            bool? smoker = _rng.NextDouble() < 0.1 ? null : _rng.NextDouble() < 0.25;
            double? bmi = _rng.NextDouble() < 0.05 ? null : Math.Round(Math.Clamp(27 + 4.5 * Gaussian(), 15, 50), 1);
            list.Add(new Patient(i, $"PT{i + 1:D6}", age, sex, cci, smoker, bmi, AnchorDate.AddDays(-_rng.Next(0, 700))));
        }
        return list;
    }

    private List<Study> MakeStudies(List<Patient> patients)
    {
        var list = new List<Study>(_o.Studies);
        for (int s = 0; s < _o.Studies; s++)
        {
            var p = s < patients.Count ? patients[s] : patients[_rng.Next(patients.Count)];
            bool ct = _rng.NextDouble() < 0.6;
            var (vendor, model) = Scanners[_rng.Next(Scanners.Length)];
            var date = AnchorDate.AddDays(-_rng.Next(60, 3650));
            double risk = Gaussian();
            // The ground-truth model: higher latent risk (brighter, more heterogeneous lesion), age and
            // comorbidity lower the odds of recovery.
            double logit = 0.8 - 1.6 * risk - 0.05 * (p.Age - 60) - 0.35 * (p.Cci - 2);
            int recovery = _rng.NextDouble() < 1 / (1 + Math.Exp(-logit)) ? 1 : 0;
            var followUp = date.AddDays(_rng.Next(30, 366));
            if (followUp > AnchorDate) followUp = AnchorDate;
            list.Add(new Study(s, p, $"{UidRoot}.{s + 1}", ct ? "CT" : "MR", BodyParts[_rng.Next(BodyParts.Length)], date,
                vendor, model, Thicknesses[_rng.Next(Thicknesses.Length)], Math.Round(0.5 + 0.5 * _rng.NextDouble(), 3),
                ct ? Kvps[_rng.Next(Kvps.Length)] : null, _rng.NextDouble() < _o.SiteBFraction ? "site_b" : "site_a",
                risk, recovery, followUp));
        }
        return list;
    }

    private string?[] RenderStudy(Study s)
    {
        string modality = s.Modality;
        if (_rng.NextDouble() < _o.VariantFraction)
        {
            modality = _rng.Next(3) switch { 0 => s.Modality.ToLowerInvariant(), 1 => $" {s.Modality[0]}{char.ToLowerInvariant(s.Modality[1])} ", _ => $"{s.Modality} " };
            Variant("imaging_metadata", "modality_mixed_case");
        }
        string thickness = $"{F(s.ThicknessMm)} mm";
        if (_rng.NextDouble() < _o.VariantFraction)
        {
            thickness = $"{F(s.ThicknessMm / 10)} cm";
            Variant("imaging_metadata", "slice_thickness_in_cm");
        }
        string spacing = $"{F(s.SpacingMm)} mm";
        if (_rng.NextDouble() < _o.VariantFraction)
        {
            spacing = $"{F(s.SpacingMm / 10)}cm";
            Variant("imaging_metadata", "pixel_spacing_in_cm");
        }
        if (s.Model.Contains(',') && s.Site == "site_a") Variant("imaging_metadata", "quoted_field_with_comma");
        return [s.Patient.Id, s.StudyUid, s.StudyUid + ".1", modality, s.BodyPart, Iso(s.Date), s.Vendor, s.Model,
            thickness, spacing, s.Kvp?.ToString(CultureInfo.InvariantCulture) ?? "", s.Site];
    }

    private string?[] RenderPatient(Patient p)
    {
        string id = p.Id;
        if (_rng.NextDouble() < _o.VariantFraction)
        {
            id = $" {p.Id.ToLowerInvariant()} ";
            Variant("covariates", "patient_id_case_whitespace");
        }
        string sex = p.Sex;
        if (_rng.NextDouble() < _o.VariantFraction)
        {
            sex = _rng.Next(2) == 0 ? p.Sex.ToLowerInvariant() : (p.Sex == "M" ? "Male" : "female");
            Variant("covariates", "sex_spelled_or_lower_case");
        }
        string smoker = p.Smoker switch { null => "", true => _rng.Next(2) == 0 ? "1" : "yes", false => _rng.Next(2) == 0 ? "0" : "no" };
        return [id, p.Age.ToString(CultureInfo.InvariantCulture), sex, p.Cci.ToString(CultureInfo.InvariantCulture), smoker,
            p.Bmi is { } b ? F(b) : "", Iso(p.Recorded)];
    }

    private IEnumerable<(string Kind, string Reason, Action<string?[], Study> Apply)> ImagingDefects()
    {
        string N = QuarantineReasons.NullRequired, U = QuarantineReasons.Unparseable, D = QuarantineReasons.ImpossibleDate, R = QuarantineReasons.OutOfRange;
        yield return ("patient_id_null", N, (f, _) => f[0] = "");
        yield return ("study_uid_null", N, (f, _) => f[1] = "");
        yield return ("modality_blank", N, (f, _) => f[3] = "  ");
        yield return ("acquisition_date_null", N, (f, _) => f[5] = "");
        yield return ("slice_thickness_garbage", U, (f, _) => f[8] = "n/a");
        yield return ("pixel_spacing_garbage", U, (f, _) => f[9] = "abc");
        yield return ("modality_unknown_code", U, (f, _) => f[3] = "XR");
        yield return ("acquisition_date_unparseable", U, (f, s) => f[5] = s.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        yield return ("acquisition_date_future", D, (f, s) => f[5] = Iso(AnchorDate.AddYears(6 + _rng.Next(4)).AddDays(_rng.Next(365))));
        yield return ("acquisition_date_before_1900", D, (f, s) => f[5] = $"1899-{s.Date.Month:D2}-{Math.Min(s.Date.Day, 28):D2}");
        yield return ("acquisition_date_not_calendar", D, (f, s) => f[5] = $"{s.Date.Year}-02-30");
        yield return ("slice_thickness_out_of_range", R, (f, _) => f[8] = _rng.Next(2) == 0 ? "45 mm" : "4.5 cm");
        yield return ("pixel_spacing_out_of_range", R, (f, _) => f[9] = "-0.7 mm");
    }

    private IEnumerable<(string Kind, string Reason, Action<string?[], Study> Apply)> OutcomeDefects()
    {
        yield return ("patient_id_null", QuarantineReasons.NullRequired, (f, _) => f[0] = "");
        yield return ("recovery_success_null", QuarantineReasons.NullRequired, (f, _) => f[2] = "");
        yield return ("follow_up_date_null", QuarantineReasons.NullRequired, (f, _) => f[3] = " ");
        yield return ("recovery_success_garbage", QuarantineReasons.Unparseable, (f, _) => f[2] = "n/a");
        yield return ("recovery_success_out_of_range", QuarantineReasons.OutOfRange, (f, _) => f[2] = "2");
        yield return ("follow_up_date_not_calendar", QuarantineReasons.ImpossibleDate, (f, s) => f[3] = $"{s.FollowUp.Year}-02-30");
        yield return ("follow_up_date_future", QuarantineReasons.ImpossibleDate, (f, _) => f[3] = Iso(AnchorDate.AddYears(7)));
    }

    private IEnumerable<(string Kind, string Reason, Action<string?[]> Apply)> CovariateDefects()
    {
        yield return ("patient_id_null", QuarantineReasons.NullRequired, f => f[0] = "");
        yield return ("age_null", QuarantineReasons.NullRequired, f => f[1] = "");
        yield return ("age_garbage", QuarantineReasons.Unparseable, f => f[1] = "abc");
        yield return ("age_out_of_range", QuarantineReasons.OutOfRange, f => f[1] = "250");
        yield return ("sex_unknown_code", QuarantineReasons.Unparseable, f => f[2] = "X");
        yield return ("comorbidity_index_out_of_range", QuarantineReasons.OutOfRange, f => f[3] = "99");
        yield return ("bmi_negative", QuarantineReasons.OutOfRange, f => f[5] = "-22.5");
        yield return ("bmi_garbage", QuarantineReasons.Unparseable, f => f[5] = "n/a");
        yield return ("recorded_date_before_1900", QuarantineReasons.ImpossibleDate, f => f[6] = "1899-01-01");
    }

    /// <summary>Extra malformed copies of random rows: one field too many, and an unterminated quote in field <paramref name="quoteField"/>.</summary>
    private void AddMalformed(string table, string?[][] rows, List<OutRow> extra, int quoteField)
    {
        int n = Count(_o.MalformedFraction, rows.Length);
        for (int i = 0; i < n; i++)
        {
            var f = rows[_rng.Next(rows.Length)];
            extra.Add(new OutRow(f, CsvText.FormatLine(f.Take(f.Length - 1))));
            Defect(table, "missing_field", QuarantineReasons.IngestStage, QuarantineReasons.MalformedCsv);
        }
        for (int i = 0; i < n; i++)
        {
            var f = (string?[])rows[_rng.Next(rows.Length)].Clone();
            f[quoteField] = "\u0001" + f[quoteField];
            extra.Add(new OutRow(f, CsvText.FormatLine(f).Replace("\u0001", "\"")));
            Defect(table, "unterminated_quote", QuarantineReasons.IngestStage, QuarantineReasons.MalformedCsv);
        }
    }

    private List<(Study Study, byte[] Pixels, byte[] Mask)> MakeTensors(List<Study> chosen, out int bad)
    {
        int nx = _o.TensorSize, ny = _o.TensorSize, nz = _o.TensorDepth;
        var result = new List<(Study Study, byte[] Pixels, byte[] Mask)>(chosen.Count);
        foreach (var s in chosen)
        {
            var pixels = new byte[nx * ny * nz * sizeof(float)];
            var mask = new byte[nx * ny * nz];
            double cx = (nx - 1) / 2.0 + _rng.Next(-2, 3), cy = (ny - 1) / 2.0 + _rng.Next(-2, 3), cz = (nz - 1) / 2.0;
            double rxy = nx / 6.0 + _rng.NextDouble() * nx / 12.0, rz = Math.Max(1.5, nz / 3.0);
            // Lesion intensity rises with risk and its texture gets more heterogeneous: the image half of the signal.
            double mean = 100 + 25 * s.Risk, sd = Math.Max(3, 15 + 5 * s.Risk);
            for (int z = 0, i = 0; z < nz; z++)
                for (int y = 0; y < ny; y++)
                    for (int x = 0; x < nx; x++, i++)
                    {
                        double dx = (x - cx) / rxy, dy = (y - cy) / rxy, dz = (z - cz) / rz;
                        bool inside = dx * dx + dy * dy + dz * dz <= 1;
                        mask[i] = inside ? (byte)1 : (byte)0;
                        float v = (float)(inside ? mean + sd * Gaussian() : 40 + 6 * Gaussian());
                        BinaryPrimitives.WriteSingleLittleEndian(pixels.AsSpan(i * sizeof(float)), v);
                    }
            result.Add((s, pixels, mask));
        }
        bad = 0;
        int n = chosen.Count == 0 ? 0 : Count(_o.TensorDefectFraction, chosen.Count);
        var order = Permutation(result.Count);
        int cursor = 0;
        foreach (int t in Take(order, ref cursor, n))
        {
            var (s, pixels, mask) = result[t];
            int first = Array.IndexOf(mask, (byte)1);
            BinaryPrimitives.WriteSingleLittleEndian(pixels.AsSpan(first * sizeof(float)), float.NaN);
            Defect("tensors", "nan_in_mask", QuarantineReasons.CurateStage, QuarantineReasons.NonFiniteInMask);
        }
        foreach (int t in Take(order, ref cursor, n))
        {
            Array.Clear(result[t].Mask);
            Defect("tensors", "empty_mask", QuarantineReasons.CurateStage, QuarantineReasons.EmptyMask);
        }
        foreach (int t in Take(order, ref cursor, n))
        {
            result[t] = (result[t].Study, result[t].Pixels[..^sizeof(float)], result[t].Mask);
            Defect("tensors", "pixel_byte_length_mismatch", QuarantineReasons.CurateStage, QuarantineReasons.TensorShapeMismatch);
        }
        bad = cursor;
        return result;
    }

    private void PlanCsv(List<(string, string, Action<Stream>, long)> writes, string folder, string table, string[] header, List<OutRow> rows, string? single = null)
    {
        var chunks = single is null ? rows.Chunk(_o.RowsPerFile).ToList() : [rows.ToArray()];
        for (int i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            string path = folder + (single ?? $"part-{i:D5}.csv");
            writes.Add((path, table, stream =>
            {
                var sb = new StringBuilder();
                sb.Append(CsvText.FormatLine(header)).Append('\n');
                foreach (var r in chunk) sb.Append(r.RawLine ?? CsvText.FormatLine(r.Fields)).Append('\n');
                stream.Write(new UTF8Encoding(false).GetBytes(sb.ToString()));
            }, chunk.Length));
        }
    }

    private void PlanImagingParquet(List<(string, string, Action<Stream>, long)> writes, List<OutRow> rows)
    {
        // Site B's export types every column as text, as its extraction tool does; blanks are SQL NULL.
        var schema = new TableSchema(ImagingHeader.Select(h => new Field(h, ColumnType.String)));
        var chunks = rows.Chunk(_o.RowsPerFile).ToList();
        for (int i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            writes.Add(($"raw/imaging_metadata/site_b/part-{i:D5}.parquet", "imaging_metadata", stream =>
            {
                var batch = ColumnBatch.FromRows(schema, chunk.Select(r => r.Fields.Select(v => (object?)(v == "" ? null : v)).ToArray()).ToList());
                _writeParquet(stream, schema, batch);
            }, chunk.Length));
        }
    }

    private void PlanTensors(List<(string, string, Action<Stream>, long)> writes, List<(Study Study, byte[] Pixels, byte[] Mask)> tensors)
    {
        var schema = new TableSchema(
            new Field("study_uid", ColumnType.String), new Field("series_uid", ColumnType.String),
            new Field("size_x", ColumnType.Int32), new Field("size_y", ColumnType.Int32), new Field("size_z", ColumnType.Int32),
            new Field("spacing_x", ColumnType.Double), new Field("spacing_y", ColumnType.Double), new Field("spacing_z", ColumnType.Double),
            new Field("pixels", ColumnType.Binary), new Field("mask", ColumnType.Binary));
        var chunks = tensors.Chunk(_o.TensorsPerFile).ToList();
        for (int i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            writes.Add(($"raw/tensors/part-{i:D5}.parquet", "tensors", stream =>
            {
                var batch = ColumnBatch.FromRows(schema, chunk.Select(t => new object?[]
                {
                    t.Study.StudyUid, t.Study.StudyUid + ".1", _o.TensorSize, _o.TensorSize, _o.TensorDepth,
                    t.Study.SpacingMm, t.Study.SpacingMm, t.Study.ThicknessMm, t.Pixels, t.Mask,
                }).ToList());
                _writeParquet(stream, schema, batch);
            }, chunk.Length));
        }
    }

    private void Defect(string table, string kind, string stage, string reason, long count = 1)
    {
        var key = (table, kind);
        _defects[key] = _defects.TryGetValue(key, out var d) ? d with { Count = d.Count + count } : new ManifestDefect(table, kind, count, stage, reason);
    }

    private void Variant(string table, string kind) => _variants[(table, kind)] = _variants.GetValueOrDefault((table, kind)) + 1;

    /// <summary>At least one row per enabled kind, so small lakes still exercise every defect.</summary>
    private static int Count(double fraction, int rows) => fraction <= 0 ? 0 : Math.Max(1, (int)Math.Round(fraction * rows));

    private static IEnumerable<int> Take(int[] order, ref int cursor, int n)
    {
        int start = cursor, end = Math.Min(order.Length, cursor + n);
        cursor = end;
        return order[start..end];
    }

    private int[] Permutation(int n)
    {
        var a = Enumerable.Range(0, n).ToArray();
        _rng.Shuffle(a);
        return a;
    }

    private List<T> Shuffle<T>(List<T> list)
    {
        var a = list.ToArray();
        _rng.Shuffle(a);
        return a.ToList();
    }

    /// <summary>Re-sent rows arrive anywhere in an export, not at its end.</summary>
    private List<OutRow> Interleave(List<OutRow> rows, List<OutRow> extra)
    {
        foreach (var e in extra) rows.Insert(_rng.Next(rows.Count + 1), e);
        return rows;
    }

    private double Gaussian()
    {
        double u1 = 1.0 - _rng.NextDouble(), u2 = _rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string F(double v) => v.ToString("0.#####", CultureInfo.InvariantCulture);
}
