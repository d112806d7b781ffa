using Azure.Core;
using Azure.Core.Pipeline;

namespace MedSpark.Tests.Lake;

/// <summary>
/// Fails a seeded fraction of HTTP attempts the way a busy or flaky service does: a fabricated 503 (ServerBusy)
/// or 500 before the request leaves, an I/O error after the service has applied it (the response is lost), or a
/// timeout after the service has applied it (the <see cref="TaskCanceledException"/> Azure.Core's network timeout throws).
/// Runs per attempt, after the SDK's retry policy, so the store's retries see every fault.
/// </summary>
public sealed class FaultInjectionPolicy(double rate, int seed, Func<HttpMessage, bool>? applies = null) : HttpPipelinePolicy
{
    private readonly Random _random = new(seed);
    private readonly object _lock = new();

    /// <summary>Faults injected so far, by kind.</summary>
    public int Busy503 { get; private set; }

    public int Internal500 { get; private set; }

    public int LostResponses { get; private set; }

    public int Timeouts { get; private set; }

    public int Injected => Busy503 + Internal500 + LostResponses + Timeouts;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        int fault = Draw(message);
        if (fault == 1) { message.Response = new FakeResponse(503, "ServerBusy"); return; }
        if (fault == 2) { message.Response = new FakeResponse(500, "InternalError"); return; }
        ProcessNext(message, pipeline);
        if (fault == 3) throw new IOException("injected: connection reset after the service answered");
        if (fault == 4) throw new TaskCanceledException("injected: the attempt exceeded the network timeout after the service answered");
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Process(message, pipeline);
        return ValueTask.CompletedTask;
    }

    private int Draw(HttpMessage message)
    {
        if (applies is not null && !applies(message)) return 0;
        lock (_lock)
        {
            if (_random.NextDouble() >= rate) return 0;
            int kind = _random.Next(1, 5);
            if (kind == 1) Busy503++;
            else if (kind == 2) Internal500++;
            else if (kind == 3) LostResponses++;
            else Timeouts++;
            return kind;
        }
    }
}
