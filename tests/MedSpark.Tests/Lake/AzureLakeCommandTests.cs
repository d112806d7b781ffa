using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using MedSpark.Jobs;
using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Schemas;
using Xunit;

namespace MedSpark.Tests.Lake;

/// <summary>
/// Every lake URI form reaching the same blobs, and every <c>delta</c> and <c>parquet</c> command run by the
/// <c>medspark</c> process against a lake in Azurite named by its path-style URL with a SAS, which must show nowhere.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureLakeCommandTests(AzuriteServer azurite)
{
    private const string Table = "silver/events";
    private static readonly TableSchema Schema = new(new Field("site", ColumnType.String), new Field("n", ColumnType.Int32));

    [Fact]
    public void Open_AbfssWasbsAndPathStyleForms_SameAccountContainerAndPrefix()
    {
        string container = azurite.NewContainer();
        var abfss = LakeStores.Open(LakeLocation.Parse(AzuriteServer.Abfss(container, "hospital/lake")), azurite.Environment(), AzuriteServer.FastRetries);
        var wasbs = LakeStores.Open(LakeLocation.Parse($"wasbs://{container}@{AzuriteServer.Account}.blob.core.windows.net/hospital/lake/"), azurite.Environment(), AzuriteServer.FastRetries);
        var pathStyle = LakeStores.Open(LakeLocation.Parse(azurite.PathStyleUrl(container, "hospital/lake")), azurite.Environment(), AzuriteServer.FastRetries);

        Assert.True(abfss.TryCreate("raw/a.txt", "from abfss"u8));
        using (var w = wasbs.OpenWrite("raw/b.txt")) w.Write("from wasbs"u8);

        var blobs = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(container).GetBlobs().Select(b => b.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["hospital/lake/raw/a.txt", "hospital/lake/raw/b.txt"], blobs);
        foreach (var store in new[] { abfss, wasbs, pathStyle })
        {
            Assert.Equal(["raw/a.txt", "raw/b.txt"], store.List("raw/").Select(e => e.Path));
            Assert.Equal("from wasbs", Encoding.UTF8.GetString(store.ReadAllBytes("raw/b.txt")));
        }
    }

    [Fact]
    public void MedsparkDeltaAndParquetCommands_PathStyleUrlWithSas_WorkAndSasShownNowhere()
    {
        string container = azurite.NewContainer();
        string sas = AzuriteServer.ContainerSas(container, BlobContainerSasPermissions.All);
        string lake = azurite.PathStyleUrl(container, "lake", sas);
        var store = LakeStores.Open(LakeLocation.Parse(lake), _ => null, AzuriteServer.FastRetries);
        var table = DeltaTable.Open(store, Table);
        // Three small files, then an overwrite: optimize has files to compact, vacuum files to list.
        table.Write(Schema, [Rows(("A", 1), ("B", 2))], new DeltaWriteOptions());
        table.Write(Schema, [Rows(("A", 3))], new DeltaWriteOptions());
        table.Write(Schema, [Rows(("B", 4), ("C", 5))], new DeltaWriteOptions { Mode = DeltaWriteMode.Overwrite });
        table.Write(Schema, [Rows(("A", 6))], new DeltaWriteOptions());
        table.Write(Schema, [Rows(("C", 7))], new DeltaWriteOptions());
        // A one-row file (file names carry GUIDs, so pick by content, not by name order).
        string dataFile = table.Files()
            .Where(f => System.Text.Json.JsonDocument.Parse(f.Stats!).RootElement.GetProperty("numRecords").GetInt64() == 1)
            .Select(f => f.Path).Order(StringComparer.Ordinal).First();
        string fileUrl = azurite.PathStyleUrl(container, $"lake/{Table}/{dataFile}", sas);
        var none = new Dictionary<string, string> { ["MEDSPARK_DEBUG"] = "1" };

        var runs = new List<(string Command, (int ExitCode, string Output) Result)>
        {
            ("delta history", MedsparkProcess.Run(none, "delta", "history", Table, "--lake", lake)),
            ("delta cat", MedsparkProcess.Run(none, "delta", "cat", Table, "--lake", lake)),
            ("delta cat --version 0", MedsparkProcess.Run(none, "delta", "cat", Table, "--lake", lake, "--version", "0")),
            ("delta vacuum --dry-run", MedsparkProcess.Run(none, "delta", "vacuum", Table, "--lake", lake, "--dry-run", "--retain-hours", "0", "--force")),
            ("delta optimize", MedsparkProcess.Run(none, "delta", "optimize", Table, "--lake", lake)),
            ("parquet schema", MedsparkProcess.Run(none, "parquet", "schema", fileUrl)),
            ("parquet cat", MedsparkProcess.Run(none, "parquet", "cat", fileUrl)),
        };
        foreach (var (command, result) in runs)
            Assert.True(result.ExitCode == Program.ExitOk, $"{command} exited {result.ExitCode}:\n{result.Output}");
        var output = runs.ToDictionary(r => r.Command, r => r.Result.Output);
        Assert.Contains("WRITE", output["delta history"]);
        Assert.Equal(["{\"site\":\"B\",\"n\":4}", "{\"site\":\"C\",\"n\":5}", "{\"site\":\"A\",\"n\":6}", "{\"site\":\"C\",\"n\":7}"], JsonLines(output["delta cat"]));
        Assert.Equal(["{\"site\":\"A\",\"n\":1}", "{\"site\":\"B\",\"n\":2}"], JsonLines(output["delta cat --version 0"]));
        Assert.Contains("would delete 2 file(s)", output["delta vacuum --dry-run"]);
        Assert.Contains("version 5: 3 file(s) compacted into 1", output["delta optimize"]);
        Assert.Contains("site", output["parquet schema"]);
        Assert.Single(JsonLines(output["parquet cat"]));
        var after = DeltaTable.Open(store, Table);
        Assert.Equal(5, after.Version);
        Assert.Equal(4, after.Read().Sum(b => b.RowCount));
        Assert.Equal(6, after.History().Count);

        // A read-only SAS: a delete is refused, and the error (with its stack trace) shows the SAS nowhere either.
        string readOnly = AzuriteServer.ContainerSas(container, BlobContainerSasPermissions.Read | BlobContainerSasPermissions.List);
        var refused = MedsparkProcess.Run(none, "delta", "delete", Table, "--lake", azurite.PathStyleUrl(container, "lake", readOnly), "--where", "n = 7");
        Assert.True(refused.ExitCode == Program.ExitJobFailed, $"read-only delete exited {refused.ExitCode}:\n{refused.Output}");
        Assert.Contains($"under {azurite.BlobEndpoint}/{container}/lake failed: HTTP 403", refused.Output);
        Assert.Equal(5, DeltaTable.Open(store, Table).Version);

        var places = runs.Select(r => (r.Command, r.Result.Output)).Append(("read-only delete", refused.Output)).ToList();
        places.AddRange(store.List("").Select(b => ($"blob {b.Path}", Encoding.Latin1.GetString(store.ReadAllBytes(b.Path)))));
        foreach (string secret in new[] { sas, readOnly }.SelectMany(Signatures))
        {
            foreach (var (where, text) in places)
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{where} contains the SAS signature");
        }
    }

    private static ColumnBatch Rows(params (string Site, int N)[] rows) =>
        ColumnBatch.FromRows(Schema, rows.Select(r => new object?[] { r.Site, r.N }).ToList());

    private static string[] JsonLines(string output) =>
        output.Split('\n').Where(l => l.StartsWith('{')).ToArray();

    /// <summary>The SAS's signature as it appears raw and URL-encoded.</summary>
    private static IEnumerable<string> Signatures(string sas)
    {
        string encoded = sas.Split('&').Single(p => p.StartsWith("sig=", StringComparison.Ordinal))[4..];
        return [encoded, Uri.UnescapeDataString(encoded)];
    }
}
