using MedSpark.Shared.Formats.Delta.Actions;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// Schema enforcement and evolution for a write (PROTOCOL.md, "Schema Serialization Format"; Spark's
/// mergeSchema/overwriteSchema): checks the written schema against the table's and decides the metaData the
/// commit carries and the schema data files are written in.
/// </summary>
/// <param name="Metadata">The table's metaData after the write.</param>
/// <param name="IsNewMetadata">True when the commit must carry <see cref="Metadata"/> (new table, replaced or evolved schema).</param>
/// <param name="TableSchema">The schema of <see cref="Metadata"/>; batches are conformed to it before writing.</param>
internal sealed record WritePlan(Metadata Metadata, bool IsNewMetadata, TableSchema TableSchema)
{
    /// <summary>Plans a write of <paramref name="written"/> on <paramref name="snapshot"/> (null: the table does not exist).</summary>
    /// <exception cref="DeltaException">ErrorIfExists on an existing table, a schema or partitioning mismatch, an unsupported or append-only table.</exception>
    public static WritePlan For(DeltaLog log, Snapshot? snapshot, TableSchema written, DeltaWriteOptions options)
    {
        if (snapshot is null) return new WritePlan(NewMetadata(null, written, options), true, written);

        if (options.Mode == DeltaWriteMode.ErrorIfExists)
            throw new DeltaException("The table already exists (mode ErrorIfExists)", log.TablePath, snapshot.Version);
        RequireWritable(log, snapshot);

        bool partitioningDiffers = options.PartitionBy.Count > 0 && !options.PartitionBy.SequenceEqual(snapshot.Metadata.PartitionColumns);
        var differences = SchemaDifferences(snapshot.Schema, written);
        if (options.Mode == DeltaWriteMode.Overwrite)
        {
            RequireNotAppendOnly(log, snapshot);
            if ((differences.Count > 0 || partitioningDiffers) && options.OverwriteSchema)
            {
                if (options.ReplaceWhere is not null)
                    throw new ArgumentException("OverwriteSchema cannot be combined with ReplaceWhere: a partial overwrite keeps rows of the old schema.");
                return new WritePlan(NewMetadata(snapshot.Metadata, written, options), true, written);
            }
        }
        if (partitioningDiffers)
        {
            throw new DeltaException(
                $"Partitioning mismatch: the table is partitioned by [{string.Join(", ", snapshot.Metadata.PartitionColumns)}] but the write asks for [{string.Join(", ", options.PartitionBy)}]",
                log.TablePath, snapshot.Version);
        }
        if (differences.Count == 0) return new WritePlan(snapshot.Metadata, false, snapshot.Schema);
        if (options.MergeSchema) return Evolve(log, snapshot, written);
        throw new DeltaException(
            $"Schema mismatch: {string.Join("; ", differences)}. {(options.Mode == DeltaWriteMode.Overwrite ? "Set OverwriteSchema to replace the schema" : "Appends must match the table schema; set MergeSchema to add nullable columns")}",
            log.TablePath, snapshot.Version);
    }

    /// <summary>Refuses tables whose writer protocol MedSpark does not implement.</summary>
    public static void RequireWritable(DeltaLog log, Snapshot snapshot)
    {
        if (snapshot.Protocol.MinWriterVersion > 2)
        {
            string features = snapshot.Protocol.WriterFeatures is { Count: > 0 } f ? $" (writer features: {string.Join(", ", f)})" : "";
            throw new DeltaFeatureNotSupportedException(
                $"writer version {snapshot.Protocol.MinWriterVersion}{features}; MedSpark writes writer version 2 tables only", log.TablePath, snapshot.Version);
        }
    }

    /// <summary>Refuses removing rows from a table with delta.appendOnly=true.</summary>
    public static void RequireNotAppendOnly(DeltaLog log, Snapshot snapshot)
    {
        if (snapshot.Metadata.Configuration.TryGetValue("delta.appendOnly", out var appendOnly)
            && string.Equals(appendOnly, "true", StringComparison.OrdinalIgnoreCase))
            throw new DeltaException("The table is append-only (delta.appendOnly=true); removing or rewriting rows is not allowed", log.TablePath, snapshot.Version);
    }

    /// <summary>
    /// mergeSchema: columns the write adds are appended to the table schema (they must be nullable, since
    /// existing rows read them as null); table columns the write lacks must be nullable (written as null); a
    /// column present on both sides must have the same type and nullability.
    /// </summary>
    private static WritePlan Evolve(DeltaLog log, Snapshot snapshot, TableSchema written)
    {
        var table = snapshot.Schema;
        var problems = new List<string>();
        foreach (var field in written.Fields)
        {
            int i = table.IndexOf(field.Name);
            if (i < 0)
            {
                if (!field.Nullable) problems.Add($"new column '{field.Name}' must be nullable (existing rows have no value for it)");
                continue;
            }
            if (table[i].Type != field.Type) problems.Add($"column '{field.Name}' is {field.Type} but the table has {table[i].Type}");
            else if (table[i].Nullable != field.Nullable) problems.Add($"column '{field.Name}' is {(field.Nullable ? "nullable" : "required")} but the table has it {(table[i].Nullable ? "nullable" : "required")}");
        }
        foreach (var field in table.Fields)
        {
            if (written.IndexOf(field.Name) < 0 && !field.Nullable)
                problems.Add($"required table column '{field.Name}' is missing");
        }
        if (problems.Count > 0)
            throw new DeltaException($"Schema cannot be merged: {string.Join("; ", problems)}", log.TablePath, snapshot.Version);

        var added = written.Fields.Where(f => table.IndexOf(f.Name) < 0).ToList();
        if (added.Count == 0) return new WritePlan(snapshot.Metadata, false, table);
        var evolved = new TableSchema(table.Fields.Concat(added));
        return new WritePlan(snapshot.Metadata with { SchemaString = DeltaSchema.ToSchemaString(evolved) }, true, evolved);
    }

    private static Metadata NewMetadata(Metadata? previous, TableSchema schema, DeltaWriteOptions options)
    {
        foreach (var column in options.PartitionBy)
        {
            int index = schema.IndexOf(column);
            if (index < 0)
                throw new ArgumentException($"Partition column '{column}' is not in the schema ({schema}).");
            if (schema[index].Type == ColumnType.Binary)
                throw new ArgumentException($"Partition column '{column}' is binary; binary columns cannot be partition columns.");
        }
        if (options.PartitionBy.Count >= schema.Count && schema.Count > 0)
            throw new ArgumentException("At least one column must not be a partition column.");
        return new Metadata(
            previous?.Id ?? options.NewGuid().ToString(),
            previous?.Name,
            previous?.Description,
            "parquet",
            new Dictionary<string, string>(),
            DeltaSchema.ToSchemaString(schema),
            options.PartitionBy.ToArray(),
            previous?.Configuration ?? new Dictionary<string, string>(),
            previous?.CreatedTime ?? options.Clock().ToUnixTimeMilliseconds());
    }

    /// <summary>Human-readable differences between the table schema and the written one, by column.</summary>
    internal static List<string> SchemaDifferences(TableSchema table, TableSchema written)
    {
        var result = new List<string>();
        foreach (var field in written.Fields)
        {
            int i = table.IndexOf(field.Name);
            if (i < 0) { result.Add($"column '{field.Name}' ({field.Type}) is not in the table"); continue; }
            var existing = table[i];
            if (existing.Type != field.Type)
                result.Add($"column '{field.Name}' is {field.Type} but the table has {existing.Type}");
            else if (existing.Nullable != field.Nullable)
                result.Add($"column '{field.Name}' is {(field.Nullable ? "nullable" : "required")} but the table has it {(existing.Nullable ? "nullable" : "required")}");
        }
        foreach (var field in table.Fields)
        {
            if (written.IndexOf(field.Name) < 0) result.Add($"table column '{field.Name}' ({field.Type}) is missing");
        }
        if (result.Count == 0 && !table.Fields.Select(f => f.Name).SequenceEqual(written.Fields.Select(f => f.Name)))
            result.Add($"columns are in a different order: table [{string.Join(", ", table.Fields.Select(f => f.Name))}], written [{string.Join(", ", written.Fields.Select(f => f.Name))}]");
        return result;
    }

    /// <summary>Batches of the written schema as batches of <see cref="TableSchema"/> (by column name; absent columns null).</summary>
    public IEnumerable<ColumnBatch> Conform(TableSchema written, IEnumerable<ColumnBatch> batches)
    {
        if (written.Equals(TableSchema))
        {
            foreach (var batch in batches) yield return batch;
            yield break;
        }
        int[] source = TableSchema.Fields.Select(f => written.IndexOf(f.Name)).ToArray();
        foreach (var batch in batches)
        {
            if (!batch.Schema.Equals(written))
                throw new ArgumentException($"A batch has schema [{batch.Schema}] but the write declared [{written}].");
            var columns = new Array[TableSchema.Count];
            for (int c = 0; c < columns.Length; c++)
                columns[c] = source[c] >= 0 ? batch.Columns[source[c]] : ColumnTypes.NewArray(TableSchema[c].Type, batch.RowCount);
            yield return new ColumnBatch(TableSchema, columns, batch.RowCount);
        }
    }
}
