namespace MedSpark.Shared.Schemas;

/// <summary>
/// Rows of one schema held column by column: column i is an array of <see cref="RowCount"/> values whose
/// element type is <see cref="ColumnTypes.ElementType"/> of field i (null = SQL NULL). This is the unit
/// that formats read and write and that engines move between partitions.
/// </summary>
public sealed class ColumnBatch
{
    public ColumnBatch(TableSchema schema, IReadOnlyList<Array> columns, int rowCount)
    {
        if (columns.Count != schema.Count)
            throw new ArgumentException($"Batch has {columns.Count} columns but the schema has {schema.Count}.");
        for (int i = 0; i < columns.Count; i++)
        {
            var expected = ColumnTypes.ElementType(schema[i].Type);
            if (columns[i].GetType().GetElementType() != expected)
                throw new ArgumentException($"Column '{schema[i].Name}' holds {columns[i].GetType().Name}, expected {expected.Name}[].");
            if (columns[i].Length != rowCount)
                throw new ArgumentException($"Column '{schema[i].Name}' has {columns[i].Length} values, expected {rowCount}.");
        }
        Schema = schema;
        Columns = columns;
        RowCount = rowCount;
    }

    public TableSchema Schema { get; }

    public IReadOnlyList<Array> Columns { get; }

    public int RowCount { get; }

    /// <summary>Column <paramref name="index"/> as its typed array, e.g. <c>Column&lt;long?&gt;(0)</c> or <c>Column&lt;string&gt;(1)</c>.</summary>
    public T?[] Column<T>(int index) => (T?[])Columns[index];

    /// <summary>Column <paramref name="name"/> as its typed array.</summary>
    public T?[] Column<T>(string name) => Column<T>(Schema.Require(name));

    /// <summary>A boxed value (null for SQL NULL).</summary>
    public object? GetValue(int column, int row) => Columns[column].GetValue(row);

    /// <summary>An empty batch of the schema.</summary>
    public static ColumnBatch Empty(TableSchema schema) =>
        new(schema, schema.Fields.Select(f => ColumnTypes.NewArray(f.Type, 0)).ToArray(), 0);

    /// <summary>Builds a batch from boxed rows (values in schema order; null = SQL NULL).</summary>
    public static ColumnBatch FromRows(TableSchema schema, IReadOnlyList<object?[]> rows)
    {
        var columns = schema.Fields.Select(f => ColumnTypes.NewArray(f.Type, rows.Count)).ToArray();
        for (int r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Length != schema.Count)
                throw new ArgumentException($"Row {r} has {row.Length} values, expected {schema.Count}.");
            for (int c = 0; c < row.Length; c++) columns[c].SetValue(row[c], r);
        }
        return new ColumnBatch(schema, columns, rows.Count);
    }

    /// <summary>Concatenates batches of one schema.</summary>
    public static ColumnBatch Concat(TableSchema schema, IReadOnlyList<ColumnBatch> batches)
    {
        int total = batches.Sum(b => b.RowCount);
        var columns = schema.Fields.Select(f => ColumnTypes.NewArray(f.Type, total)).ToArray();
        int offset = 0;
        foreach (var b in batches)
        {
            if (!b.Schema.Equals(schema))
                throw new ArgumentException($"Cannot concatenate a batch of schema [{b.Schema}] into [{schema}].");
            for (int c = 0; c < columns.Length; c++) Array.Copy(b.Columns[c], 0, columns[c], offset, b.RowCount);
            offset += b.RowCount;
        }
        return new ColumnBatch(schema, columns, total);
    }

    /// <summary>The named columns, in the order given (a projection; arrays are shared, not copied).</summary>
    public ColumnBatch Select(IEnumerable<string> names)
    {
        var indices = names.Select(Schema.Require).ToArray();
        return new ColumnBatch(new TableSchema(indices.Select(i => Schema[i])), indices.Select(i => Columns[i]).ToArray(), RowCount);
    }

    /// <summary>Rows [start, start+count) as a new batch.</summary>
    public ColumnBatch Slice(int start, int count)
    {
        var columns = Schema.Fields.Select(f => ColumnTypes.NewArray(f.Type, count)).ToArray();
        for (int c = 0; c < columns.Length; c++) Array.Copy(Columns[c], start, columns[c], 0, count);
        return new ColumnBatch(Schema, columns, count);
    }
}
