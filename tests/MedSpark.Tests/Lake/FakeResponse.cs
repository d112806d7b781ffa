using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;

namespace MedSpark.Tests.Lake;

/// <summary>A response the service never sent: a status with the error code in the x-ms-error-code header and the XML body, as Azure Storage sends them.</summary>
public sealed class FakeResponse(int status, string errorCode) : Response
{
    public override int Status => status;

    public override string ReasonPhrase => errorCode;

    /// <summary>The pipeline marks real responses after the transport; a fabricated one must say it itself.</summary>
    public override bool IsError => status >= 400;

    public override Stream? ContentStream { get; set; } = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
        $"<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>{errorCode}</Code><Message>injected by a test</Message></Error>"));

    public override string ClientRequestId { get; set; } = "";

    public override void Dispose()
    {
    }

    protected override bool ContainsHeader(string name) => TryGetHeader(name, out _);

    protected override IEnumerable<HttpHeader> EnumerateHeaders() => [new HttpHeader("x-ms-error-code", errorCode), new HttpHeader("Content-Type", "application/xml")];

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
    {
        value = EnumerateHeaders().FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
        return value is not null;
    }

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        values = TryGetHeader(name, out string? value) ? [value] : null;
        return values is not null;
    }
}
