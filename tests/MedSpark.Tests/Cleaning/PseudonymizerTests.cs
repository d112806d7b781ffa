using System.Text;
using MedSpark.Shared.Cleaning;
using Xunit;

namespace MedSpark.Tests.Cleaning;

public class PseudonymizerTests
{
    // Reference values computed independently:
    //   echo -n 'PT000123' | openssl dgst -sha256 -hmac 'medspark-sample-dev-key-not-for-real-patients'
    //   python3 -c "import hmac,hashlib; print(hmac.new(bytes.fromhex('000102030405060708090a0b0c0d0e0f'), b'MRN-42', hashlib.sha256).hexdigest())"
    [Fact]
    public void Pseudonymize_SampleKey_MatchesOpensslHmac()
    {
        var p = new Pseudonymizer(PseudonymKey.SampleDevelopmentKey);
        Assert.Equal("ef6fb9e1cb9ecf6e3479231440755d38", p.Pseudonymize("PT000123"));
    }

    [Fact]
    public void Pseudonymize_HexKey_MatchesPythonHmac()
    {
        var key = PseudonymKey.FromEnvironmentOrFile(environment: name =>
            name == PseudonymKey.EnvironmentVariable ? "hex:000102030405060708090a0b0c0d0e0f" : null);
        Assert.Equal("aedd33a2f23fe63bc2b81d366eff9d6a", new Pseudonymizer(key).Pseudonymize("MRN-42"));
    }

    [Fact]
    public void Pseudonymize_CaseAndWhitespaceVariants_SamePseudonym()
    {
        var p = new Pseudonymizer(PseudonymKey.SampleDevelopmentKey);
        Assert.Equal(p.Pseudonymize("PT000123"), p.Pseudonymize("  pt000123 "));
        Assert.NotEqual(p.Pseudonymize("PT000123"), p.Pseudonymize("PT000124"));
        Assert.Equal(Pseudonymizer.HexLength, p.Pseudonymize("x").Length);
    }

    [Fact]
    public void Pseudonymize_DifferentKeys_DifferentPseudonyms()
    {
        var other = new PseudonymKey(Encoding.UTF8.GetBytes("another-secret-key-0123456789"), "other");
        Assert.NotEqual(new Pseudonymizer(PseudonymKey.SampleDevelopmentKey).Pseudonymize("PT000123"),
            new Pseudonymizer(other).Pseudonymize("PT000123"));
    }

    [Fact]
    public void FromEnvironmentOrFile_KeyFile_ReadsFileAndTrimsNewline()
    {
        using var lake = new TempLake();
        string file = Path.Combine(lake.Folder, "key.txt");
        File.WriteAllText(file, "medspark-sample-dev-key-not-for-real-patients\n");
        var key = PseudonymKey.FromEnvironmentOrFile(file, _ => null);
        Assert.Equal(PseudonymKey.SampleDevelopmentKey.ToArray(), key.ToArray());
        Assert.Equal($"file:{file}", key.Name);
    }

    [Fact]
    public void FromEnvironmentOrFile_FileVariableWinsOverKeyVariable_UsesFile()
    {
        using var lake = new TempLake();
        string file = Path.Combine(lake.Folder, "key.txt");
        File.WriteAllText(file, "hex:00112233445566778899aabbccddeeff");
        var key = PseudonymKey.FromEnvironmentOrFile(environment: name => name switch
        {
            PseudonymKey.FileEnvironmentVariable => file,
            PseudonymKey.EnvironmentVariable => "something-else-entirely-long-enough",
            _ => null,
        });
        Assert.Equal(Convert.FromHexString("00112233445566778899aabbccddeeff"), key.ToArray());
    }

    [Fact]
    public void FromEnvironmentOrFile_NothingConfigured_ThrowsNamingVariables()
    {
        var e = Assert.Throws<InvalidOperationException>(() => PseudonymKey.FromEnvironmentOrFile(environment: _ => null));
        Assert.Contains(PseudonymKey.EnvironmentVariable, e.Message);
    }

    [Fact]
    public void FromEnvironmentOrFile_ShortKey_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => PseudonymKey.FromEnvironmentOrFile(environment: name =>
            name == PseudonymKey.EnvironmentVariable ? "short" : null));
    }

    [Fact]
    public void ToString_NeverShowsKeyBytes()
    {
        Assert.Equal("PseudonymKey(sample-development-key)", PseudonymKey.SampleDevelopmentKey.ToString());
    }
}
