using System.Globalization;
using System.Text.RegularExpressions;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Cleaning;

/// <summary>
/// Parses the string values of one bronze row, column by column, keeping the first failure as a quarantine
/// record. Later calls after a failure return defaults, so a row yields exactly one reason.
/// </summary>
internal sealed partial class RowValidator
{
    private readonly string _table;
    private readonly string _file;
    private readonly long _row;
    private readonly DateOnly _asOf;

    public RowValidator(string table, string file, long row, DateOnly asOf)
    {
        _table = table;
        _file = file;
        _row = row;
        _asOf = asOf;
    }

    /// <summary>The business key written to the record (set once known; never a raw patient id).</summary>
    public string? Key { get; set; }

    public QuarantineRecord? Failure { get; private set; }

    public bool Failed => Failure is not null;

    public void Fail(string reason, string detail)
    {
        Failure ??= new QuarantineRecord(QuarantineReasons.CurateStage, _table, _file, _row, Key, reason, detail);
    }

    /// <summary>The trimmed value, or null (recording null_required) when blank.</summary>
    public string? Required(string? value, string column)
    {
        if (Failed) return null;
        var v = Optional(value);
        if (v is null) Fail(QuarantineReasons.NullRequired, $"column '{column}' is null or blank");
        return v;
    }

    /// <summary>The trimmed value, or null when blank.</summary>
    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public DateOnly Date(string? value, string column)
    {
        var v = Required(value, column);
        if (v is null) return default;
        var m = IsoDate().Match(v);
        if (!m.Success)
        {
            Fail(QuarantineReasons.Unparseable, $"column '{column}' value '{v}' is not a yyyy-MM-dd date");
            return default;
        }
        if (!DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            Fail(QuarantineReasons.ImpossibleDate, $"column '{column}' value '{v}' is not a calendar date");
            return default;
        }
        if (d < CurationOptions.MinimumDate)
            Fail(QuarantineReasons.ImpossibleDate, $"column '{column}' value '{v}' is before {CurationOptions.MinimumDate:yyyy-MM-dd}");
        else if (d > _asOf)
            Fail(QuarantineReasons.ImpossibleDate, $"column '{column}' value '{v}' is after the as-of date {_asOf:yyyy-MM-dd}");
        return d;
    }

    public int? Integer(string? value, string column, int min, int max, bool required)
    {
        var v = required ? Required(value, column) : Failed ? null : Optional(value);
        if (v is null) return null;
        if (!int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int i))
        {
            Fail(QuarantineReasons.Unparseable, $"column '{column}' value '{v}' is not an integer");
            return null;
        }
        if (i < min || i > max)
        {
            Fail(QuarantineReasons.OutOfRange, $"column '{column}' value {i} is outside [{min}, {max}]");
            return null;
        }
        return i;
    }

    public double? Number(string? value, string column, double min, double max, bool required)
    {
        var v = required ? Required(value, column) : Failed ? null : Optional(value);
        if (v is null) return null;
        if (!double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) || !double.IsFinite(d))
        {
            Fail(QuarantineReasons.Unparseable, $"column '{column}' value '{v}' is not a number");
            return null;
        }
        return InRange(d, column, min, max, "");
    }

    /// <summary>A length in millimetres from "2.5 mm", "0.25 cm", "2.5mm" or a bare number (read as mm, the DICOM unit).</summary>
    public double Millimetres(string? value, string column, double minExclusive, double max)
    {
        var v = Required(value, column);
        if (v is null) return 0;
        var m = Length().Match(v);
        if (!m.Success || !double.TryParse(m.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) || !double.IsFinite(d))
        {
            Fail(QuarantineReasons.Unparseable, $"column '{column}' value '{v}' is not a length in mm or cm");
            return 0;
        }
        // Rounded so 0.07 cm and 0.7 mm are the same value (and compare equal in dedupe).
        if (m.Groups[2].Value.Equals("cm", StringComparison.OrdinalIgnoreCase)) d = Math.Round(d * 10, 9);
        if (d <= minExclusive || d > max)
        {
            Fail(QuarantineReasons.OutOfRange, $"column '{column}' value '{v}' is {d.ToString(CultureInfo.InvariantCulture)} mm, outside ({minExclusive}, {max}] mm");
            return 0;
        }
        return d;
    }

    /// <summary>A value of a closed code list after trim and upper-casing; <paramref name="aliases"/> maps variants.</summary>
    public string Code(string? value, string column, IReadOnlyDictionary<string, string> aliases)
    {
        var v = Required(value, column);
        if (v is null) return "";
        if (aliases.TryGetValue(v.ToUpperInvariant(), out var code)) return code;
        Fail(QuarantineReasons.Unparseable, $"column '{column}' value '{v}' is not one of {string.Join(", ", aliases.Values.Distinct())}");
        return "";
    }

    public bool? OptionalFlag(string? value, string column)
    {
        if (Failed) return null;
        var v = Optional(value);
        if (v is null) return null;
        switch (v.ToUpperInvariant())
        {
            case "1" or "Y" or "YES" or "TRUE": return true;
            case "0" or "N" or "NO" or "FALSE": return false;
            default:
                Fail(QuarantineReasons.Unparseable, $"column '{column}' value '{v}' is not a yes/no flag");
                return null;
        }
    }

    private double? InRange(double d, string column, double min, double max, string unit)
    {
        if (d < min || d > max)
        {
            Fail(QuarantineReasons.OutOfRange, $"column '{column}' value {d.ToString(CultureInfo.InvariantCulture)}{unit} is outside [{min}, {max}]");
            return null;
        }
        return d;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*(mm|cm)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Length();
}
