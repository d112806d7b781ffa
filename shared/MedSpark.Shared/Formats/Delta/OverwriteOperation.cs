using MedSpark.Shared.Formats.Delta.Actions;
using MedSpark.Shared.Formats.Delta.Predicates;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// Overwrite: removes every active file (or, with <see cref="DeltaWriteOptions.ReplaceWhere"/>, the files of
/// the partitions the predicate selects — Spark's <c>replaceWhere</c>) and adds the new ones in one commit.
/// </summary>
/// <remarks>
/// ReplaceWhere may only name partition columns, so whole files are replaced and no file needs rewriting;
/// every written row must satisfy it (as Spark checks), otherwise rows would land outside the replaced range.
/// The overwrite conflicts with a concurrent commit that removed a file it replaces or added a file it would
/// have replaced; appends to other partitions commit on top of it.
/// </remarks>
internal sealed class OverwriteOperation : DataWriteOperation
{
    private DeltaPredicate? _predicate;

    public OverwriteOperation(ILakeStore store, DeltaLog log, DataFileCodec codec, TableSchema schema, DeltaWriteOptions options)
        : base(store, log, codec, schema, options)
    {
    }

    protected override bool IsBlindAppend => false;

    protected override List<RemoveFile> Removes(Snapshot snapshot, WritePlan plan, long now)
    {
        if (Options.ReplaceWhere is { } where)
        {
            var partitionColumns = plan.Metadata.PartitionColumns;
            var bound = Bind(where, plan.TableSchema);
            var nonPartition = bound.Columns.Where(c => !partitionColumns.Contains(c)).ToList();
            if (nonPartition.Count > 0)
                throw new DeltaException($"ReplaceWhere may only use partition columns [{string.Join(", ", partitionColumns)}]; '{string.Join("', '", nonPartition)}' is not one", Log.TablePath, snapshot.Version);
            _predicate = bound;
        }
        return snapshot.Files
            .Where(f => _predicate is null || _predicate.MatchFile(new FileView(f, snapshot.Schema, snapshot.Metadata.PartitionColumns)) != FileMatch.None)
            .Select(f => OperationCommit.Remove(f, now))
            .ToList();
    }

    protected override IEnumerable<ColumnBatch> Check(TableSchema tableSchema, IEnumerable<ColumnBatch> batches)
    {
        if (Options.ReplaceWhere is null) return batches;
        _predicate ??= Bind(Options.ReplaceWhere, tableSchema);
        return CheckRows(_predicate, batches);
    }

    private IEnumerable<ColumnBatch> CheckRows(DeltaPredicate predicate, IEnumerable<ColumnBatch> batches)
    {
        int number = 0;
        foreach (var batch in batches)
        {
            for (int r = 0; r < batch.RowCount; r++)
            {
                int row = r;
                if (predicate.Evaluate(c => batch.GetValue(batch.Schema.Require(c), row)) != true)
                    throw new DeltaException($"Row {r} of batch {number} does not satisfy ReplaceWhere {predicate}; an overwrite by predicate may only write rows inside it", Log.TablePath);
            }
            number++;
            yield return batch;
        }
    }

    protected override string? Conflict(IReadOnlyList<DeltaAction> winner, Snapshot? snapshot, IReadOnlyList<RemoveFile> removes)
    {
        var ours = removes.Select(r => Uri.UnescapeDataString(r.Path)).ToHashSet(StringComparer.Ordinal);
        if (winner.OfType<RemoveFile>().Any(r => ours.Contains(Uri.UnescapeDataString(r.Path))))
            return "A concurrent commit removed files this overwrite replaces";
        if (snapshot is null) return null;
        bool hitsAdd = winner.OfType<AddFile>().Any(a => a.DataChange
            && (_predicate is null || _predicate.MatchFile(new FileView(a, snapshot.Schema, snapshot.Metadata.PartitionColumns)) != FileMatch.None));
        return hitsAdd ? "A concurrent commit added files in the range this overwrite replaces, so the overwrite would lose them" : null;
    }

    protected override void AddParameters(Dictionary<string, string> parameters)
    {
        if (Options.ReplaceWhere is not null) parameters["predicate"] = (_predicate ?? Options.ReplaceWhere).ToString();
    }

    private DeltaPredicate Bind(DeltaPredicate predicate, TableSchema schema)
    {
        try
        {
            return predicate.Bind(schema);
        }
        catch (ArgumentException e)
        {
            throw new DeltaException($"Invalid ReplaceWhere: {e.Message}", Log.TablePath, inner: e);
        }
    }
}
