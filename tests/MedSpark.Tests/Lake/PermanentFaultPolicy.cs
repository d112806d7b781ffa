using Azure.Core;
using Azure.Core.Pipeline;

namespace MedSpark.Tests.Lake;

/// <summary>Answers 403 AuthorizationPermissionMismatch (never retried) to every request <paramref name="applies"/> selects.</summary>
public sealed class PermanentFaultPolicy(Func<HttpMessage, bool> applies) : HttpPipelinePolicy
{
    /// <summary>When false, requests pass untouched.</summary>
    public bool Armed { get; set; }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (Armed && applies(message)) message.Response = new FakeResponse(403, "AuthorizationPermissionMismatch");
        else ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Process(message, pipeline);
        return ValueTask.CompletedTask;
    }
}
