using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Engine;

/// <summary>Relational joins of two batches on a string key (the partition-level step after a shuffle by key).</summary>
public static class BatchJoin
{
    /// <summary>
    /// Inner join: every left row with every right row of the same non-null key. The result has the left
    /// columns, then the right columns except its key; a right column whose name the left already has is an error.
    /// </summary>
    public static ColumnBatch Inner(ColumnBatch left, ColumnBatch right, string leftKey, string rightKey)
    {
        int lk = left.Schema.Require(leftKey);
        int rk = right.Schema.Require(rightKey);
        var rightColumns = Enumerable.Range(0, right.Schema.Count).Where(c => c != rk).ToArray();
        foreach (int c in rightColumns)
        {
            if (left.Schema.IndexOf(right.Schema[c].Name) >= 0)
                throw new ArgumentException($"Both sides of the join have a column '{right.Schema[c].Name}'.");
        }
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var rightKeys = right.Column<string>(rk);
        for (int r = 0; r < right.RowCount; r++)
        {
            if (rightKeys[r] is not string key) continue;
            if (!index.TryGetValue(key, out var rows)) index[key] = rows = new List<int>(1);
            rows.Add(r);
        }
        var pairs = new List<(int Left, int Right)>();
        var leftKeys = left.Column<string>(lk);
        for (int l = 0; l < left.RowCount; l++)
        {
            if (leftKeys[l] is string key && index.TryGetValue(key, out var rows))
                foreach (int r in rows) pairs.Add((l, r));
        }
        var schema = new TableSchema(left.Schema.Fields.Concat(rightColumns.Select(c => right.Schema[c])));
        var columns = new Array[schema.Count];
        for (int c = 0; c < left.Schema.Count; c++) columns[c] = Gather(left.Columns[c], left.Schema[c].Type, pairs.Select(p => p.Left));
        for (int i = 0; i < rightColumns.Length; i++)
            columns[left.Schema.Count + i] = Gather(right.Columns[rightColumns[i]], right.Schema[rightColumns[i]].Type, pairs.Select(p => p.Right));
        return new ColumnBatch(schema, columns, pairs.Count);
    }

    private static Array Gather(Array source, ColumnType type, IEnumerable<int> rows)
    {
        var indices = rows.ToArray();
        var target = ColumnTypes.NewArray(type, indices.Length);
        for (int i = 0; i < indices.Length; i++) target.SetValue(source.GetValue(indices[i]), i);
        return target;
    }
}
