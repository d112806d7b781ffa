using System.Text.Json;
using MedSpark.Shared.Formats.Delta.Actions;
using MedSpark.Shared.Lake;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// OPTIMIZE (bin-packing, as delta-rs's <c>operations/optimize.rs</c>): in each partition, files below the
/// target size are sorted by size and packed greedily into bins of at most the target; each bin of two or more
/// files is rewritten as one file. Adds and removes carry dataChange=false, so the rows are unchanged.
/// </summary>
/// <remarks>
/// Only a concurrent removal of a file being compacted conflicts (that file's rows may be gone); appends and
/// other partitions' changes commit on top.
/// </remarks>
internal sealed class OptimizeOperation
{
    private readonly ILakeStore _store;
    private readonly DeltaLog _log;
    private readonly DataFileCodec _codec;
    private readonly DeltaOptimizeOptions _options;

    public OptimizeOperation(ILakeStore store, DeltaLog log, DataFileCodec codec, DeltaOptimizeOptions options)
    {
        _store = store;
        _log = log;
        _codec = codec;
        _options = options;
    }

    public DeltaOptimizeResult Run()
    {
        if (_options.TargetFileBytes <= 0) throw new ArgumentException("TargetFileBytes must be positive.");
        var snapshot = Snapshot.Load(_log, null) ?? throw new DeltaException("Cannot optimize a table that does not exist", _log.TablePath);
        WritePlan.RequireWritable(_log, snapshot);
        var bins = Bins(snapshot);
        if (bins.Count == 0) return new DeltaOptimizeResult(snapshot.Version, 0, 0);

        long now = _options.Clock().ToUnixTimeMilliseconds();
        var writeOptions = new DeltaWriteOptions { Clock = _options.Clock, NewGuid = _options.NewGuid, Parquet = _options.Parquet, TargetFileRows = int.MaxValue };
        var writer = new DataFileWriter(_store, _log, _codec, snapshot.Schema, snapshot.Metadata.PartitionColumns, writeOptions, dataChange: false);
        var reader = new DataFileReader(_store, _log, _codec, snapshot);
        var adds = new List<AddFile>();
        var removes = new List<RemoveFile>();
        try
        {
            foreach (var bin in bins)
            {
                adds.AddRange(writer.Write(bin.SelectMany(f => reader.Read(f, snapshot.Schema)), now));
                removes.AddRange(bin.Select(f => OperationCommit.Remove(f, now, dataChange: false)));
            }
        }
        catch
        {
            writer.DeleteWritten();
            throw;
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["predicate"] = "[]",
            ["targetSize"] = OperationCommit.Count(_options.TargetFileBytes),
        };
        var metrics = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["numRemovedFiles"] = OperationCommit.Count(removes.Count),
            ["numAddedFiles"] = OperationCommit.Count(adds.Count),
            ["numRemovedBytes"] = OperationCommit.Count(removes.Sum(r => r.Size ?? 0)),
            ["numAddedBytes"] = OperationCommit.Count(adds.Sum(a => a.Size)),
        };
        var commitOptions = new DeltaWriteOptions { Description = _options.Description };
        var actions = new List<DeltaAction> { OperationCommit.BuildCommitInfo(now, "OPTIMIZE", parameters, snapshot.Version, isBlindAppend: false, metrics, commitOptions) };
        actions.AddRange(removes);
        actions.AddRange(adds);
        var compacted = removes.Select(r => Uri.UnescapeDataString(r.Path)).ToHashSet(StringComparer.Ordinal);
        long version = OperationCommit.Run(_log, snapshot.Version, actions, writer, winner =>
            winner.OfType<RemoveFile>().Any(r => compacted.Contains(Uri.UnescapeDataString(r.Path)))
                ? "A concurrent commit removed files this optimize compacts"
                : null);
        return new DeltaOptimizeResult(version, removes.Count, adds.Count);
    }

    /// <summary>Groups of small files of one partition to compact together; only groups of two or more.</summary>
    private List<List<AddFile>> Bins(Snapshot snapshot)
    {
        var bins = new List<List<AddFile>>();
        var partitions = snapshot.Files
            .Where(f => f.Size < _options.TargetFileBytes)
            .GroupBy(f => JsonSerializer.Serialize(snapshot.Metadata.PartitionColumns.Select(c => f.PartitionValues.TryGetValue(c, out var v) ? v : null)), StringComparer.Ordinal);
        foreach (var partition in partitions)
        {
            var current = new List<AddFile>();
            long size = 0;
            foreach (var file in partition.OrderBy(f => f.Size).ThenBy(f => f.Path, StringComparer.Ordinal))
            {
                if (current.Count > 0 && size + file.Size > _options.TargetFileBytes)
                {
                    if (current.Count > 1) bins.Add(current);
                    current = new List<AddFile>();
                    size = 0;
                }
                current.Add(file);
                size += file.Size;
            }
            if (current.Count > 1) bins.Add(current);
        }
        return bins;
    }
}
