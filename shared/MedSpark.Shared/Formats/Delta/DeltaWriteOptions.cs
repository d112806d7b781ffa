using MedSpark.Shared.Formats.Delta.Predicates;
using MedSpark.Shared.Formats.Parquet;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>Settings of one <see cref="DeltaTable.Write"/>; validated when the write starts.</summary>
public sealed record DeltaWriteOptions
{
    /// <summary>Append (default), Overwrite or ErrorIfExists.</summary>
    public DeltaWriteMode Mode { get; init; } = DeltaWriteMode.Append;

    /// <summary>
    /// Partition columns, in directory order, used when the write creates the table (or replaces its schema).
    /// On an existing table it must be empty or equal to the table's partition columns.
    /// </summary>
    public IReadOnlyList<string> PartitionBy { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Application id of an idempotent write. With <see cref="TxnVersion"/>: if the table already records
    /// this appId at a version ≥ TxnVersion, the write does nothing and returns the current version.
    /// </summary>
    public string? TxnAppId { get; init; }

    /// <summary>Application-defined version of this write (see <see cref="TxnAppId"/>).</summary>
    public long? TxnVersion { get; init; }

    /// <summary>The operation name recorded in commitInfo (Spark's DESCRIBE HISTORY), e.g. WRITE.</summary>
    public string Operation { get; init; } = "WRITE";

    /// <summary>Maximum rows per data file; larger inputs (per partition) are split over several files.</summary>
    public long TargetFileRows { get; init; } = 1_000_000;

    /// <summary>Free text recorded as commitInfo.userMetadata.</summary>
    public string? Description { get; init; }

    /// <summary>Extra string fields added to commitInfo (e.g. job run id); must not reuse a standard field name.</summary>
    public IReadOnlyDictionary<string, string> CommitInfo { get; init; } = new Dictionary<string, string>();

    /// <summary>Allow an Overwrite to replace the table's schema or partitioning (Spark's overwriteSchema).</summary>
    public bool OverwriteSchema { get; init; }

    /// <summary>
    /// With <see cref="DeltaWriteMode.Overwrite"/>: replace only the partitions this predicate selects (Spark's
    /// replaceWhere). It may name partition columns only, and every written row must satisfy it.
    /// </summary>
    public DeltaPredicate? ReplaceWhere { get; init; }

    /// <summary>
    /// Allow a write to add nullable columns to the table schema and to omit nullable table columns (Spark's
    /// mergeSchema). Types of existing columns never change.
    /// </summary>
    public bool MergeSchema { get; init; }

    /// <summary>Settings of the Parquet data files.</summary>
    public ParquetWriteOptions? Parquet { get; init; }

    /// <summary>The clock for commit, file and txn timestamps; tests inject a fixed one.</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;

    /// <summary>Source of the table id and data file names; tests inject a deterministic one.</summary>
    public Func<Guid> NewGuid { get; init; } = Guid.NewGuid;

    private static readonly HashSet<string> ReservedCommitInfoFields = new(StringComparer.Ordinal)
    {
        "timestamp", "operation", "operationParameters", "readVersion", "isolationLevel", "isBlindAppend",
        "operationMetrics", "userMetadata", "engineInfo", "txnId", "inCommitTimestamp",
    };

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (!Enum.IsDefined(Mode)) throw new ArgumentException($"Unknown write mode {Mode}.", nameof(Mode));
        if ((TxnAppId is null) != (TxnVersion is null))
            throw new ArgumentException("TxnAppId and TxnVersion must be given together.", nameof(TxnAppId));
        if (TxnAppId is { Length: 0 }) throw new ArgumentException("TxnAppId must not be empty.", nameof(TxnAppId));
        if (TxnVersion is < 0) throw new ArgumentException("TxnVersion must be ≥ 0.", nameof(TxnVersion));
        if (string.IsNullOrWhiteSpace(Operation)) throw new ArgumentException("Operation must be named.", nameof(Operation));
        if (ReplaceWhere is not null && Mode != DeltaWriteMode.Overwrite)
            throw new ArgumentException("ReplaceWhere applies to Overwrite writes only.", nameof(ReplaceWhere));
        if (TargetFileRows <= 0) throw new ArgumentException("TargetFileRows must be positive.", nameof(TargetFileRows));
        if (PartitionBy.Distinct(StringComparer.Ordinal).Count() != PartitionBy.Count)
            throw new ArgumentException($"PartitionBy repeats a column: {string.Join(", ", PartitionBy)}.", nameof(PartitionBy));
        foreach (var key in CommitInfo.Keys)
        {
            if (ReservedCommitInfoFields.Contains(key))
                throw new ArgumentException($"CommitInfo field '{key}' is written by the Delta writer itself.", nameof(CommitInfo));
        }
    }
}
