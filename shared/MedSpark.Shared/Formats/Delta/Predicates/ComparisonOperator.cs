namespace MedSpark.Shared.Formats.Delta.Predicates;

/// <summary>The operators of a <see cref="Comparison"/>.</summary>
public enum ComparisonOperator
{
    /// <summary><c>column = literal</c>.</summary>
    Equal,
    /// <summary><c>column != literal</c>.</summary>
    NotEqual,
    /// <summary><c>column &lt; literal</c>.</summary>
    LessThan,
    /// <summary><c>column &lt;= literal</c>.</summary>
    LessThanOrEqual,
    /// <summary><c>column &gt; literal</c>.</summary>
    GreaterThan,
    /// <summary><c>column &gt;= literal</c>.</summary>
    GreaterThanOrEqual,
    /// <summary><c>column IS NULL</c> (no literal).</summary>
    IsNull,
    /// <summary><c>column IS NOT NULL</c> (no literal).</summary>
    IsNotNull,
}
