using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta.Predicates;

/// <summary><c>Left OR Right</c>.</summary>
public sealed record Or(DeltaPredicate Left, DeltaPredicate Right) : DeltaPredicate
{
    /// <inheritdoc/>
    public override IEnumerable<string> Columns => Left.Columns.Concat(Right.Columns).Distinct(StringComparer.Ordinal);

    internal override bool? Evaluate(Func<string, object?> value)
    {
        bool? l = Left.Evaluate(value);
        if (l == true) return true;
        bool? r = Right.Evaluate(value);
        if (r == true) return true;
        return l == false && r == false ? false : null;
    }

    internal override FileMatch MatchFile(FileView file)
    {
        var l = Left.MatchFile(file);
        if (l == FileMatch.All) return FileMatch.All;
        var r = Right.MatchFile(file);
        if (r == FileMatch.All) return FileMatch.All;
        return l == FileMatch.None && r == FileMatch.None ? FileMatch.None : FileMatch.Some;
    }

    internal override DeltaPredicate Bind(TableSchema schema) => new Or(Left.Bind(schema), Right.Bind(schema));

    /// <inheritdoc/>
    public override string ToString() => $"({Left} OR {Right})";
}
