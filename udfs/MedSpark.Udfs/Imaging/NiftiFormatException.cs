namespace MedSpark.Udfs.Imaging;

/// <summary>A file that is not a NIfTI-1 image the reader supports; names the file and the header field.</summary>
public sealed class NiftiFormatException(string path, string message) : Exception($"{path}: {message}")
{
    /// <summary>The file that failed to read.</summary>
    public string Path { get; } = path;
}
