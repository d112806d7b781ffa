namespace MedSpark.Jobs;

/// <summary>
/// Finds the secret key of patient-id pseudonyms: a key file, else $MEDSPARK_PSEUDONYM_KEY (hex or base64),
/// else, for the sample lake only, the published development key. A real run without a key is refused.
/// </summary>
public static class PseudonymKeys
{
    public const string EnvironmentVariable = "MEDSPARK_PSEUDONYM_KEY";

    /// <summary>The development key of sample lakes: public, so it protects nothing; never use it on real data.</summary>
    public static byte[] SampleKey { get; } = "medspark-sample-lake-development-key-not-secret"u8.ToArray();

    public static byte[] Resolve(string? keyFile, bool sample)
    {
        if (keyFile is not null)
        {
            if (!File.Exists(keyFile)) throw new UsageException($"Pseudonym key file '{keyFile}' does not exist.");
            return Decode(File.ReadAllText(keyFile).Trim(), $"file '{keyFile}'");
        }
        string? env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(env)) return Decode(env.Trim(), $"${EnvironmentVariable}");
        if (sample) return SampleKey;
        throw new UsageException(
            $"No pseudonym key: set ${EnvironmentVariable} (hex or base64, at least 32 bytes) or pass --pseudonym-key-file; "
            + "--sample runs use the sample lake's development key.");
    }

    private static byte[] Decode(string text, string source)
    {
        byte[] key;
        try
        {
            key = text.Length % 2 == 0 && text.All(Uri.IsHexDigit) ? Convert.FromHexString(text) : Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new UsageException($"The pseudonym key in {source} is neither hex nor base64.");
        }
        if (key.Length < 32) throw new UsageException($"The pseudonym key in {source} has {key.Length} bytes; at least 32 are required.");
        return key;
    }
}
