using System.Security.Cryptography;
using System.Text;

namespace MedSpark.Shared.Cleaning;

/// <summary>
/// Replaces patient ids by keyed pseudonyms so silver tables can be joined per patient without holding
/// the id. Thread-safe (the static HMAC one-shot keeps no state).
/// </summary>
/// <remarks>
/// key = HMAC-SHA256(secret, UTF-8(upper(trim(patient_id)))), as lower-case hex, first
/// <see cref="HexLength"/> characters (128 bits: collisions are negligible for any hospital's id space).
/// Normalising first makes " p000123" and "P000123" one patient, as the source systems intend. A keyed
/// hash rather than a plain one: without the secret, hashing every possible id does not reveal the mapping.
/// </remarks>
public sealed class Pseudonymizer
{
    /// <summary>Hex characters kept from the HMAC.</summary>
    public const int HexLength = 32;

    private readonly byte[] _key;

    /// <summary>Creates a pseudonymizer for <paramref name="key"/>.</summary>
    public Pseudonymizer(PseudonymKey key) => _key = key.Bytes.ToArray();

    /// <summary>The normalisation applied before hashing: trimmed and upper-cased (invariant).</summary>
    public static string Normalize(string patientId) => patientId.Trim().ToUpperInvariant();

    /// <summary>The pseudonym of <paramref name="patientId"/>.</summary>
    public string Pseudonymize(string patientId)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(Normalize(patientId)), mac);
        return Convert.ToHexString(mac)[..HexLength].ToLowerInvariant();
    }
}
