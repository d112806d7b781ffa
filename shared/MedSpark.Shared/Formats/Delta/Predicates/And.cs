using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta.Predicates;

/// <summary><c>Left AND Right</c>.</summary>
public sealed record And(DeltaPredicate Left, DeltaPredicate Right) : DeltaPredicate
{
    /// <inheritdoc/>
    public override IEnumerable<string> Columns => Left.Columns.Concat(Right.Columns).Distinct(StringComparer.Ordinal);

    internal override bool? Evaluate(Func<string, object?> value)
    {
        bool? l = Left.Evaluate(value);
        if (l == false) return false;
        bool? r = Right.Evaluate(value);
        if (r == false) return false;
        return l == true && r == true ? true : null;
    }

    internal override FileMatch MatchFile(FileView file)
    {
        var l = Left.MatchFile(file);
        if (l == FileMatch.None) return FileMatch.None;
        var r = Right.MatchFile(file);
        if (r == FileMatch.None) return FileMatch.None;
        return l == FileMatch.All && r == FileMatch.All ? FileMatch.All : FileMatch.Some;
    }

    internal override DeltaPredicate Bind(TableSchema schema) => new And(Left.Bind(schema), Right.Bind(schema));

    /// <inheritdoc/>
    public override string ToString() => $"({Left} AND {Right})";
}
