using System.Globalization;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta.Predicates;

/// <summary><c>Column Operator Literal</c>, or <c>Column IS [NOT] NULL</c> (Literal ignored).</summary>
/// <param name="Column">A column of the table (partition or data column).</param>
/// <param name="Operator">The comparison.</param>
/// <param name="Literal">
/// The value compared with: a CLR value of the column's type, or one convertible to it (a long for an int
/// column, a string for a date). Null only with IsNull / IsNotNull.
/// </param>
public sealed record Comparison(string Column, ComparisonOperator Operator, object? Literal = null) : DeltaPredicate
{
    /// <summary>Timestamps in stats are truncated to milliseconds, so the true maximum may be up to 1 ms above.</summary>
    private static readonly TimeSpan TimestampStatsSlack = TimeSpan.FromMilliseconds(1);

    /// <inheritdoc/>
    public override IEnumerable<string> Columns => new[] { Column };

    private bool IsNullTest => Operator is ComparisonOperator.IsNull or ComparisonOperator.IsNotNull;

    internal override bool? Evaluate(Func<string, object?> value) => Test(value(Column));

    private bool? Test(object? v)
    {
        if (Operator == ComparisonOperator.IsNull) return v is null;
        if (Operator == ComparisonOperator.IsNotNull) return v is not null;
        if (v is null || Literal is null) return null;
        if (IsNaN(v) || IsNaN(Literal)) return Operator == ComparisonOperator.NotEqual;
        int c = FileStatistics.Compare(v, Literal);
        return Operator switch
        {
            ComparisonOperator.Equal => c == 0,
            ComparisonOperator.NotEqual => c != 0,
            ComparisonOperator.LessThan => c < 0,
            ComparisonOperator.LessThanOrEqual => c <= 0,
            ComparisonOperator.GreaterThan => c > 0,
            ComparisonOperator.GreaterThanOrEqual => c >= 0,
            _ => throw new InvalidOperationException($"Unknown operator {Operator}."),
        };
    }

    internal override FileMatch MatchFile(FileView file)
    {
        if (file.IsPartitionColumn(Column))
            return Test(file.PartitionValue(Column)) == true ? FileMatch.All : FileMatch.None;

        var stats = file.Stats;
        if (stats is null) return FileMatch.Some;
        long? nulls = stats.NullCount(Column);
        long? rows = stats.NumRecords;
        bool allNull = nulls is not null && rows is not null && nulls == rows;
        switch (Operator)
        {
            case ComparisonOperator.IsNull: return nulls == 0 ? FileMatch.None : FileMatch.Some;
            case ComparisonOperator.IsNotNull: return allNull ? FileMatch.None : FileMatch.Some;
        }
        if (allNull || Literal is null) return FileMatch.None;
        if (IsNaN(Literal)) return Operator == ComparisonOperator.NotEqual ? FileMatch.Some : FileMatch.None;
        object? min = stats.Min(Column);
        object? max = stats.Max(Column);
        if (max is DateTime t) max = t + TimestampStatsSlack;
        bool mayMatch = Operator switch
        {
            ComparisonOperator.Equal => (min is null || FileStatistics.Compare(min, Literal) <= 0) && (max is null || FileStatistics.Compare(max, Literal) >= 0),
            // Stats cannot see NaN rows (NaN != x is true), and a truncated timestamp max is not exact.
            ComparisonOperator.NotEqual => min is null || max is null || Literal is float or double or DateTime
                || FileStatistics.Compare(min, Literal) != 0 || FileStatistics.Compare(max, Literal) != 0,
            ComparisonOperator.LessThan => min is null || FileStatistics.Compare(min, Literal) < 0,
            ComparisonOperator.LessThanOrEqual => min is null || FileStatistics.Compare(min, Literal) <= 0,
            ComparisonOperator.GreaterThan => max is null || FileStatistics.Compare(max, Literal) > 0,
            ComparisonOperator.GreaterThanOrEqual => max is null || FileStatistics.Compare(max, Literal) >= 0,
            _ => true,
        };
        return mayMatch ? FileMatch.Some : FileMatch.None;
    }

    internal override DeltaPredicate Bind(TableSchema schema)
    {
        int index = schema.IndexOf(Column);
        if (index < 0) throw new ArgumentException($"Predicate column '{Column}' is not in the table ({schema}).");
        if (IsNullTest) return this with { Literal = null };
        if (Literal is null) throw new ArgumentException($"Comparison '{this}' needs a literal; use IS NULL to test for null.");
        var type = schema[index].Type;
        if (type == ColumnType.Binary) throw new ArgumentException($"Column '{Column}' is binary; only IS [NOT] NULL applies.");
        try
        {
            return this with { Literal = Convert(Literal, type) };
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw new ArgumentException($"Literal {Literal} ({Literal.GetType().Name}) cannot be compared with column '{Column}' of type {type}: {e.Message}", e);
        }
    }

    private static object Convert(object literal, ColumnType type)
    {
        var ci = CultureInfo.InvariantCulture;
        return (type, literal) switch
        {
            (ColumnType.String, string s) => s,
            (ColumnType.Boolean, bool b) => b,
            (ColumnType.Boolean, string s) => bool.Parse(s),
            (ColumnType.Int32, decimal d) when d != decimal.Truncate(d) => throw new FormatException("not an integer"),
            (ColumnType.Int32, IConvertible c) when literal is not string and not bool => System.Convert.ToInt32(c, ci),
            (ColumnType.Int64, decimal d) when d != decimal.Truncate(d) => throw new FormatException("not an integer"),
            (ColumnType.Int64, IConvertible c) when literal is not string and not bool => System.Convert.ToInt64(c, ci),
            (ColumnType.Float, IConvertible c) when literal is not string and not bool => System.Convert.ToSingle(c, ci),
            (ColumnType.Double, IConvertible c) when literal is not string and not bool => System.Convert.ToDouble(c, ci),
            (ColumnType.Date, DateOnly d) => d,
            (ColumnType.Date, DateTime t) => DateOnly.FromDateTime(t),
            (ColumnType.Date, string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", ci),
            (ColumnType.Timestamp, DateTime t) => t.Kind == DateTimeKind.Local ? t.ToUniversalTime() : DateTime.SpecifyKind(t, DateTimeKind.Utc),
            (ColumnType.Timestamp, DateTimeOffset o) => o.UtcDateTime,
            (ColumnType.Timestamp, DateOnly d) => d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            (ColumnType.Timestamp, string s) => DateTime.Parse(s, ci, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            _ => throw new InvalidCastException($"no conversion from {literal.GetType().Name} to {type}"),
        };
    }

    private static bool IsNaN(object v) => v is double d && double.IsNaN(d) || v is float f && float.IsNaN(f);

    /// <inheritdoc/>
    public override string ToString() => Operator switch
    {
        ComparisonOperator.IsNull => $"{Column} IS NULL",
        ComparisonOperator.IsNotNull => $"{Column} IS NOT NULL",
        _ => $"{Column} {Symbol(Operator)} {FormatLiteral(Literal)}",
    };

    private static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.LessThan => "<",
        ComparisonOperator.LessThanOrEqual => "<=",
        ComparisonOperator.GreaterThan => ">",
        _ => ">=",
    };

    private static string FormatLiteral(object? v) => v switch
    {
        null => "NULL",
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'",
        bool b => b ? "true" : "false",
        DateOnly d => "DATE '" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'",
        DateTime t => "TIMESTAMP '" + t.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture) + "'",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };
}
