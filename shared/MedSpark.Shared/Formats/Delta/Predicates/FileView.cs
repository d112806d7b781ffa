using MedSpark.Shared.Formats.Delta.Actions;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta.Predicates;

/// <summary>The facts the log holds about one data file that a predicate can use: partition values and stats.</summary>
internal sealed class FileView
{
    private readonly AddFile _file;
    private readonly TableSchema _schema;
    private readonly IReadOnlyList<string> _partitionColumns;
    private FileStats? _stats;
    private bool _statsParsed;

    public FileView(AddFile file, TableSchema schema, IReadOnlyList<string> partitionColumns)
    {
        _file = file;
        _schema = schema;
        _partitionColumns = partitionColumns;
    }

    /// <summary>A view with <paramref name="stats"/> instead of the add action's own (e.g. one row group's).</summary>
    public FileView(AddFile file, TableSchema schema, IReadOnlyList<string> partitionColumns, FileStats stats)
        : this(file, schema, partitionColumns)
    {
        _stats = stats;
        _statsParsed = true;
    }

    public bool IsPartitionColumn(string column) => _partitionColumns.Contains(column);

    /// <summary>The typed partition value (null for a null partition).</summary>
    public object? PartitionValue(string column)
    {
        _file.PartitionValues.TryGetValue(column, out var text);
        return PartitionPaths.Parse(text, _schema[_schema.Require(column)].Type);
    }

    /// <summary>The parsed stats, or null when the file has none (or they cannot be read: then nothing is skipped).</summary>
    public FileStats? Stats
    {
        get
        {
            if (!_statsParsed)
            {
                _stats = FileStats.TryParse(_file.Stats, _schema);
                _statsParsed = true;
            }
            return _stats;
        }
    }
}
