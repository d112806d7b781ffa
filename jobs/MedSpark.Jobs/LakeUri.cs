using System.Text.RegularExpressions;

namespace MedSpark.Jobs;

/// <summary>Lake locations as users write them.</summary>
public static partial class LakeUri
{
    /// <summary>The location without credentials (query strings such as SAS tokens, user info), safe to print.</summary>
    public static string Redact(string location) => Secrets().Replace(location, "$1***");

    [GeneratedRegex(@"((?:sig|SharedAccessSignature|AccountKey|password)=)[^&;]*", RegexOptions.IgnoreCase)]
    private static partial Regex Secrets();
}
