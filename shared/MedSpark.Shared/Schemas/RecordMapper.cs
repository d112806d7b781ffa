using System.Reflection;
using System.Text;

namespace MedSpark.Shared.Schemas;

/// <summary>
/// Maps a record type's public properties to a table schema and back, so job logic can work on typed rows
/// while formats work on <see cref="ColumnBatch"/>. Property <c>StudyUid</c> becomes column <c>study_uid</c>;
/// nullability follows the C# annotations (<c>int</c> required, <c>int?</c> and <c>string?</c> optional).
/// Records must have a constructor whose parameters match the properties (positional records do).
/// </summary>
public sealed class RecordMapper<T>
{
    private readonly PropertyInfo[] _properties;
    private readonly ConstructorInfo _constructor;
    private readonly int[] _ctorToProperty;

    private RecordMapper()
    {
        _properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .ToArray();
        var nullability = new NullabilityInfoContext();
        Schema = new TableSchema(_properties.Select(p => new Field(
            ToSnakeCase(p.Name),
            TypeOf(p.PropertyType),
            Nullable.GetUnderlyingType(p.PropertyType) is not null
                || (!p.PropertyType.IsValueType && nullability.Create(p).ReadState != NullabilityState.NotNull))));
        _constructor = typeof(T).GetConstructors()
            .OrderByDescending(c => c.GetParameters().Length)
            .First(c => c.GetParameters().Length == _properties.Length);
        _ctorToProperty = _constructor.GetParameters()
            .Select(p => Array.FindIndex(_properties, q => string.Equals(q.Name, p.Name, StringComparison.Ordinal)))
            .ToArray();
        if (_ctorToProperty.Any(i => i < 0))
            throw new InvalidOperationException($"{typeof(T).Name}: constructor parameters must match property names.");
    }

    /// <summary>The shared mapper of <typeparamref name="T"/>.</summary>
    public static RecordMapper<T> Instance { get; } = new();

    /// <summary>The table schema of <typeparamref name="T"/>.</summary>
    public TableSchema Schema { get; }

    public ColumnBatch ToBatch(IReadOnlyList<T> rows)
    {
        var columns = Schema.Fields.Select(f => ColumnTypes.NewArray(f.Type, rows.Count)).ToArray();
        for (int c = 0; c < _properties.Length; c++)
        {
            var prop = _properties[c];
            var column = columns[c];
            for (int r = 0; r < rows.Count; r++) column.SetValue(prop.GetValue(rows[r]), r);
        }
        return new ColumnBatch(Schema, columns, rows.Count);
    }

    /// <summary>Reads rows back; columns are matched by name, so a batch may carry extra columns.</summary>
    public List<T> FromBatch(ColumnBatch batch)
    {
        var sourceIndex = Schema.Fields.Select(f => batch.Schema.Require(f.Name)).ToArray();
        var rows = new List<T>(batch.RowCount);
        var args = new object?[_properties.Length];
        for (int r = 0; r < batch.RowCount; r++)
        {
            for (int a = 0; a < args.Length; a++)
            {
                int p = _ctorToProperty[a];
                var value = batch.Columns[sourceIndex[p]].GetValue(r);
                if (value is null && !Schema[p].Nullable)
                    throw new InvalidDataException($"Column '{Schema[p].Name}' row {r} is null but {typeof(T).Name}.{_properties[p].Name} is required.");
                args[a] = value;
            }
            rows.Add((T)_constructor.Invoke(args));
        }
        return rows;
    }

    private static ColumnType TypeOf(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(bool)) return ColumnType.Boolean;
        if (t == typeof(int)) return ColumnType.Int32;
        if (t == typeof(long)) return ColumnType.Int64;
        if (t == typeof(float)) return ColumnType.Float;
        if (t == typeof(double)) return ColumnType.Double;
        if (t == typeof(string)) return ColumnType.String;
        if (t == typeof(byte[])) return ColumnType.Binary;
        if (t == typeof(DateOnly)) return ColumnType.Date;
        if (t == typeof(DateTime)) return ColumnType.Timestamp;
        throw new NotSupportedException($"{typeof(T).Name}: property type {type.Name} has no column type.");
    }

    /// <summary><c>StudyUid</c> → <c>study_uid</c>, <c>KVp</c> → <c>k_vp</c>.</summary>
    public static string ToSnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            char ch = name[i];
            if (char.IsUpper(ch))
            {
                bool boundary = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])
                    || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
                if (boundary) sb.Append('_');
                sb.Append(char.ToLowerInvariant(ch));
            }
            else sb.Append(ch);
        }
        return sb.ToString();
    }
}
