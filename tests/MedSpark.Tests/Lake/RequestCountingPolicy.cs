using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace MedSpark.Tests.Lake;

/// <summary>Records every HTTP attempt (method, path, Range header) that reaches the service.</summary>
public sealed class RequestCountingPolicy : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<(string Method, string Path, string? Range)> _requests = new();

    public IReadOnlyList<(string Method, string Path, string? Range)> Requests => _requests.ToList();

    public void Clear() => _requests.Clear();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Record(HttpMessage message)
    {
        message.Request.Headers.TryGetValue("x-ms-range", out string? range);
        if (range is null) message.Request.Headers.TryGetValue("Range", out range);
        _requests.Enqueue((message.Request.Method.ToString(), message.Request.Uri.Path, range));
    }
}
