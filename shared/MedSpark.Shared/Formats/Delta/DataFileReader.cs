using MedSpark.Shared.Formats.Delta.Actions;
using MedSpark.Shared.Formats.Delta.Predicates;
using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// Reads the rows of one add action as batches of table columns: partition columns come from the log's
/// partitionValues, and a column the file does not have (added later by schema evolution) reads as null.
/// </summary>
internal sealed class DataFileReader
{
    private readonly ILakeStore _store;
    private readonly DeltaLog _log;
    private readonly DataFileCodec _codec;
    private readonly Snapshot _snapshot;

    public DataFileReader(ILakeStore store, DeltaLog log, DataFileCodec codec, Snapshot snapshot)
    {
        _store = store;
        _log = log;
        _codec = codec;
        _snapshot = snapshot;
    }

    /// <summary>The store path of a file named by an add or remove action.</summary>
    public static string StorePath(DeltaLog log, string logPath)
    {
        string relative = PartitionPaths.FromLogPath(logPath);
        return log.TablePath.Length == 0 ? relative : log.TablePath + "/" + relative;
    }

    /// <summary>
    /// The rows of <paramref name="file"/> with the columns of <paramref name="outputSchema"/> (table columns). With
    /// <paramref name="where"/> (bound to the table schema), row groups whose footer statistics rule it out are
    /// skipped; the caller still filters the rows it gets.
    /// </summary>
    public IEnumerable<ColumnBatch> Read(AddFile file, TableSchema outputSchema, DeltaPredicate? where = null)
    {
        var partitionColumns = _snapshot.Metadata.PartitionColumns;
        var dataColumns = outputSchema.Fields.Select(f => f.Name).Where(c => !partitionColumns.Contains(c)).ToList();
        using var stream = _store.OpenRead(StorePath(_log, file.Path));
        var present = _codec.ReadSchema?.Invoke(stream);
        if (present is not null) stream.Position = 0;
        bool Has(string c) => present is null || present.IndexOf(c) >= 0;
        var toRead = dataColumns.Where(Has).ToList();
        if (toRead.Count == 0)
        {
            // Row counts live in the data files; read the narrowest thing that carries them.
            var first = present?.Fields.FirstOrDefault(f => !partitionColumns.Contains(f.Name))?.Name
                ?? _snapshot.Schema.Fields.FirstOrDefault(f => !partitionColumns.Contains(f.Name))?.Name;
            if (first is not null) toRead.Add(first);
        }
        IEnumerable<ColumnBatch> batches;
        try
        {
            var columns = present is null ? null : toRead;
            batches = (where is not null && _codec.ReadRowGroups is { } readRowGroups
                ? readRowGroups(stream, columns, group => MayMatch(where, file, group))
                : _codec.Read(stream, columns)).ToList();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException or ParquetFormatException)
        {
            throw new DeltaException($"Data file '{file.Path}' could not be read: {e.Message}", _log.TablePath, _snapshot.Version, inner: e);
        }
        foreach (var batch in batches)
            yield return Project(batch, outputSchema, file);
    }

    private bool MayMatch(DeltaPredicate where, AddFile file, ParquetRowGroupInfo group)
    {
        var view = new FileView(file, _snapshot.Schema, _snapshot.Metadata.PartitionColumns, FileStats.FromRowGroup(group, _snapshot.Schema));
        return where.MatchFile(view) != FileMatch.None;
    }

    private ColumnBatch Project(ColumnBatch batch, TableSchema outputSchema, AddFile file)
    {
        var columns = new Array[outputSchema.Count];
        for (int c = 0; c < outputSchema.Count; c++)
        {
            var field = outputSchema[c];
            if (_snapshot.Metadata.PartitionColumns.Contains(field.Name))
            {
                file.PartitionValues.TryGetValue(field.Name, out var text);
                object? value;
                try
                {
                    value = PartitionPaths.Parse(text, field.Type);
                }
                catch (FormatException e)
                {
                    throw new DeltaException($"Partition value '{text}' of column '{field.Name}' in file '{file.Path}' is not a valid {field.Type}",
                        _log.TablePath, _snapshot.Version, inner: e);
                }
                var array = ColumnTypes.NewArray(field.Type, batch.RowCount);
                for (int r = 0; r < batch.RowCount; r++) array.SetValue(value, r);
                columns[c] = array;
            }
            else
            {
                int index = batch.Schema.IndexOf(field.Name);
                if (index < 0)
                {
                    if (!field.Nullable)
                        throw new DeltaException($"Data file '{file.Path}' has no column '{field.Name}', which is not nullable", _log.TablePath, _snapshot.Version);
                    columns[c] = ColumnTypes.NewArray(field.Type, batch.RowCount);
                }
                else
                {
                    if (batch.Schema[index].Type != field.Type)
                        throw new DeltaException($"Data file '{file.Path}' has column '{field.Name}' as {batch.Schema[index].Type} but the table has {field.Type}", _log.TablePath, _snapshot.Version);
                    columns[c] = batch.Columns[index];
                }
            }
        }
        return new ColumnBatch(outputSchema, columns, batch.RowCount);
    }
}
