namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// A Delta table could not be read or written. Carries where it happened so an operator can open the exact
/// commit file: the table path, the commit version and, for log parse errors, the log file and 1-based line.
/// </summary>
public class DeltaException : Exception
{
    /// <summary>Creates the exception; the context is appended to the message.</summary>
    public DeltaException(string message, string tablePath, long? version = null, string? logFile = null, int? line = null, Exception? inner = null)
        : base(Compose(message, tablePath, version, logFile, line), inner)
    {
        TablePath = tablePath;
        Version = version;
        LogFile = logFile;
        Line = line;
    }

    /// <summary>The table path relative to the store root.</summary>
    public string TablePath { get; }

    /// <summary>The commit version involved, when one is.</summary>
    public long? Version { get; }

    /// <summary>The log file (store path) involved, when one is.</summary>
    public string? LogFile { get; }

    /// <summary>The 1-based line in <see cref="LogFile"/>, for parse errors.</summary>
    public int? Line { get; }

    private static string Compose(string message, string tablePath, long? version, string? logFile, int? line)
    {
        var where = $"table '{tablePath}'";
        if (version is not null) where += $", version {version}";
        if (logFile is not null) where += $", file '{logFile}'";
        if (line is not null) where += $", line {line}";
        return $"{message} ({where})";
    }
}
