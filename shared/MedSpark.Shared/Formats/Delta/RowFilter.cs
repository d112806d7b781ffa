using MedSpark.Shared.Formats.Delta.Predicates;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>Selects the rows of a batch by a bound predicate.</summary>
internal static class RowFilter
{
    /// <summary>
    /// With <paramref name="keepMatches"/>, the rows where the predicate is true (a filtered read); without, the
    /// rows where it is false or unknown (what a delete leaves).
    /// </summary>
    public static ColumnBatch Keep(ColumnBatch batch, DeltaPredicate predicate, bool keepMatches)
    {
        var index = batch.Schema.Fields.Select((f, i) => (f.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        var rows = new List<int>(batch.RowCount);
        for (int r = 0; r < batch.RowCount; r++)
        {
            int row = r;
            bool matches = predicate.Evaluate(c => batch.Columns[index[c]].GetValue(row)) == true;
            if (matches == keepMatches) rows.Add(r);
        }
        return rows.Count == batch.RowCount ? batch : Take(batch, rows);
    }

    /// <summary>The given rows, in order, as a new batch.</summary>
    public static ColumnBatch Take(ColumnBatch batch, IReadOnlyList<int> rows)
    {
        var columns = new Array[batch.Schema.Count];
        for (int c = 0; c < columns.Length; c++)
        {
            var source = batch.Columns[c];
            var target = ColumnTypes.NewArray(batch.Schema[c].Type, rows.Count);
            for (int i = 0; i < rows.Count; i++) target.SetValue(source.GetValue(rows[i]), i);
            columns[c] = target;
        }
        return new ColumnBatch(batch.Schema, columns, rows.Count);
    }
}
