namespace MedSpark.Shared.Schemas;

/// <summary>An ordered list of fields with unique names.</summary>
public sealed class TableSchema : IEquatable<TableSchema>
{
    private readonly Dictionary<string, int> _index;

    public TableSchema(IEnumerable<Field> fields)
    {
        Fields = fields.ToArray();
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Fields.Count; i++)
        {
            if (!_index.TryAdd(Fields[i].Name, i))
                throw new ArgumentException($"Duplicate column name '{Fields[i].Name}' in schema.");
        }
    }

    public TableSchema(params Field[] fields) : this((IEnumerable<Field>)fields) { }

    public IReadOnlyList<Field> Fields { get; }

    public int Count => Fields.Count;

    public Field this[int index] => Fields[index];

    /// <summary>The position of a column, or -1.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name, out int i) ? i : -1;

    /// <summary>The position of a column; throws naming the column when absent.</summary>
    public int Require(string name) =>
        _index.TryGetValue(name, out int i)
            ? i
            : throw new KeyNotFoundException($"Column '{name}' is not in the schema ({string.Join(", ", Fields.Select(f => f.Name))}).");

    public bool Equals(TableSchema? other) => other is not null && Fields.SequenceEqual(other.Fields);

    public override bool Equals(object? obj) => Equals(obj as TableSchema);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var f in Fields) hash.Add(f);
        return hash.ToHashCode();
    }

    public override string ToString() => string.Join(", ", Fields.Select(f => $"{f.Name}: {f.Type}{(f.Nullable ? "?" : "")}"));
}
