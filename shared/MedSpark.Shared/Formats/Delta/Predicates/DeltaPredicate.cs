using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta.Predicates;

/// <summary>
/// A row filter for reads, deletes and partition overwrites: comparisons of one column with a literal,
/// combined with AND and OR. Evaluation follows SQL three-valued logic: a comparison with NULL is unknown, and
/// only rows where the predicate is true match (so <c>DELETE WHERE x &lt;&gt; 1</c> keeps rows where x is NULL).
/// </summary>
/// <remarks>
/// Floating-point comparisons follow IEEE 754 (NaN is unequal to everything and neither less nor greater),
/// unlike Spark, which orders NaN above every number. Build predicates with <see cref="Parse"/>
/// (e.g. <c>"site = 'A' AND (age &gt;= 18 OR age IS NULL)"</c>) or with the record constructors.
/// </remarks>
public abstract record DeltaPredicate
{
    /// <summary>The column names the predicate reads.</summary>
    public abstract IEnumerable<string> Columns { get; }

    /// <summary>
    /// Parses SQL-like text: <c>column op literal</c> with op in = == != &lt;&gt; &lt; &lt;= &gt; &gt;=,
    /// <c>column IS [NOT] NULL</c>, AND, OR and parentheses. Literals: 'text' (quote doubled inside), integers,
    /// decimals, true/false, DATE 'yyyy-MM-dd', TIMESTAMP 'ISO-8601'. Column names may be `back-quoted`.
    /// </summary>
    /// <exception cref="FormatException">The text is not a predicate; the message gives the character position.</exception>
    public static DeltaPredicate Parse(string text) => PredicateParser.Parse(text);

    /// <summary>SQL three-valued value of the predicate on one row; <paramref name="value"/> gives a column's value.</summary>
    internal abstract bool? Evaluate(Func<string, object?> value);

    /// <summary>What partition values and stats prove about the file (see <see cref="FileMatch"/>).</summary>
    internal abstract FileMatch MatchFile(FileView file);

    /// <summary>Checks every column exists and converts literals to the column types; throws <see cref="ArgumentException"/> otherwise.</summary>
    internal abstract DeltaPredicate Bind(TableSchema schema);

    /// <summary>Both <paramref name="left"/> and <paramref name="right"/>.</summary>
    public static DeltaPredicate operator &(DeltaPredicate left, DeltaPredicate right) => new And(left, right);

    /// <summary>Either <paramref name="left"/> or <paramref name="right"/>.</summary>
    public static DeltaPredicate operator |(DeltaPredicate left, DeltaPredicate right) => new Or(left, right);
}
