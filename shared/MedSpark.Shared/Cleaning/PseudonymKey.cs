using System.Text;

namespace MedSpark.Shared.Cleaning;

/// <summary>
/// The secret of the patient pseudonym (the HMAC key). Production keys come from the environment or a
/// key file that only the pipeline can read; <see cref="SampleDevelopmentKey"/> exists for the generated
/// sample lake and must never be used on real data.
/// </summary>
public sealed class PseudonymKey
{
    /// <summary>The environment variable holding the key (hex with a "hex:" prefix, or any UTF-8 text).</summary>
    public const string EnvironmentVariable = "MEDSPARK_PSEUDONYM_KEY";

    /// <summary>The environment variable naming a file that holds the key.</summary>
    public const string FileEnvironmentVariable = "MEDSPARK_PSEUDONYM_KEY_FILE";

    /// <summary>Shortest key accepted: HMAC-SHA256 keys below 128 bits invite brute force of the id space.</summary>
    public const int MinimumBytes = 16;

    private readonly byte[] _bytes;

    /// <summary>Wraps key bytes (copied).</summary>
    /// <param name="bytes">At least <see cref="MinimumBytes"/> bytes.</param>
    /// <param name="name">A display name for logs (never the key itself).</param>
    public PseudonymKey(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.Length < MinimumBytes)
            throw new ArgumentException($"Pseudonym key '{name}' has {bytes.Length} bytes; at least {MinimumBytes} are required.", nameof(bytes));
        _bytes = bytes.ToArray();
        Name = name;
    }

    /// <summary>Where the key came from, for logs and the run record.</summary>
    public string Name { get; }

    /// <summary>The key bytes (a copy).</summary>
    public byte[] ToArray() => (byte[])_bytes.Clone();

    internal ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>
    /// The fixed key of the generated sample lake: the UTF-8 bytes of
    /// <c>medspark-sample-dev-key-not-for-real-patients</c>. Public by design, so worthless as a secret.
    /// </summary>
    public static PseudonymKey SampleDevelopmentKey { get; } =
        new(Encoding.UTF8.GetBytes("medspark-sample-dev-key-not-for-real-patients"), "sample-development-key");

    /// <summary>
    /// Loads the key from <paramref name="keyFile"/> when given, else from the file named by
    /// <see cref="FileEnvironmentVariable"/>, else from <see cref="EnvironmentVariable"/>. Key text that starts
    /// with "hex:" is decoded as hex; other text is taken as UTF-8 bytes (trailing line breaks trimmed).
    /// </summary>
    /// <param name="keyFile">An explicit key file path (e.g. from the CLI), or null.</param>
    /// <param name="environment">Environment lookup; defaults to the process environment (tests inject one).</param>
    /// <exception cref="InvalidOperationException">No key is configured, or it is too short; the message names where it looked.</exception>
    public static PseudonymKey FromEnvironmentOrFile(string? keyFile = null, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        keyFile ??= environment(FileEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(keyFile))
        {
            if (!File.Exists(keyFile))
                throw new InvalidOperationException($"Pseudonym key file '{keyFile}' does not exist.");
            return Parse(File.ReadAllText(keyFile), $"file:{keyFile}");
        }
        string? text = environment(EnvironmentVariable);
        if (!string.IsNullOrEmpty(text)) return Parse(text, $"env:{EnvironmentVariable}");
        throw new InvalidOperationException(
            $"No pseudonym key: set {EnvironmentVariable}, or {FileEnvironmentVariable} to a key file, or pass a key file.");
    }

    private static PseudonymKey Parse(string text, string name)
    {
        text = text.TrimEnd('\r', '\n');
        byte[] bytes;
        try
        {
            bytes = text.StartsWith("hex:", StringComparison.Ordinal) ? Convert.FromHexString(text[4..]) : Encoding.UTF8.GetBytes(text);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"Pseudonym key from {name} is not valid hex.", e);
        }
        if (bytes.Length < MinimumBytes)
            throw new InvalidOperationException($"Pseudonym key from {name} has {bytes.Length} bytes; at least {MinimumBytes} are required.");
        return new PseudonymKey(bytes, name);
    }

    /// <summary>Never prints the key.</summary>
    public override string ToString() => $"PseudonymKey({Name})";
}
