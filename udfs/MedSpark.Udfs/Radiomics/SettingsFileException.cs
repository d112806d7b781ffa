namespace MedSpark.Udfs.Radiomics;

/// <summary>An invalid feature-settings file: names the file, the key and the offending value.</summary>
public sealed class SettingsFileException : Exception
{
    /// <summary>Creates the exception; the message reads <c>SOURCE: key 'KEY' = VALUE: PROBLEM</c>.</summary>
    public SettingsFileException(string source, string? key, string? value, string problem)
        : base(key is null ? $"{source}: {problem}" : $"{source}: key '{key}' = {value ?? "(missing)"}: {problem}")
    {
        Source = source;
        Key = key;
        Value = value;
    }

    /// <summary>The settings file (or another name for the text parsed).</summary>
    public new string Source { get; }

    /// <summary>The key at fault; null when the file as a whole is wrong (not JSON, not an object).</summary>
    public string? Key { get; }

    /// <summary>The raw JSON value at fault.</summary>
    public string? Value { get; }
}
