using Azure.Core;
using Azure.Core.Pipeline;

namespace MedSpark.Shared.Lake;

/// <summary>
/// Tuning of <see cref="AzureBlobLakeStore"/>: block and read-ahead sizes, and the retry policy (the Azure SDK's
/// own exponential backoff with jitter, configured explicitly here rather than left to its defaults).
/// </summary>
/// <remarks>
/// Retried: HTTP 408, 429, 500, 502, 503, 504, timeouts and I/O errors (connection reset, truncated body),
/// i.e. Azure.Core's retriable set. The delay before retry n is about <c>RetryDelay · 2^(n-1)</c> (±20% jitter),
/// capped at <see cref="MaxRetryDelay"/>, or what a 429/503 Retry-After header asks.
/// </remarks>
public sealed record AzureBlobLakeOptions
{
    /// <summary>The defaults used by <c>medspark</c>.</summary>
    public static AzureBlobLakeOptions Default { get; } = new();

    /// <summary>Bytes per staged block of <see cref="ILakeStore.OpenWrite"/>; a smaller object is one Put Blob.</summary>
    public int BlockSize { get; init; } = 4 << 20;

    /// <summary>Bytes fetched by a small read that misses the cache; doubles for sequential reads up to <see cref="MaxReadAhead"/>.</summary>
    public int ReadAhead { get; init; } = 64 << 10;

    /// <summary>The largest read-ahead window of a sequential reader.</summary>
    public int MaxReadAhead { get; init; } = 4 << 20;

    /// <summary>Retries of one request after its first attempt.</summary>
    public int MaxRetries { get; init; } = 6;

    /// <summary>The base of the exponential backoff.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(400);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt may wait on the network before it counts as a (retriable) timeout.</summary>
    public TimeSpan NetworkTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Extra policies run on every attempt (after the retry policy): request counting, fault injection in tests.</summary>
    public IReadOnlyList<HttpPipelinePolicy> PerAttemptPolicies { get; init; } = Array.Empty<HttpPipelinePolicy>();

    /// <summary>Validates the settings; throws <see cref="ArgumentOutOfRangeException"/> naming the bad one.</summary>
    public AzureBlobLakeOptions Validate()
    {
        if (BlockSize is < 1024 or > 100 << 20) throw new ArgumentOutOfRangeException(nameof(BlockSize), BlockSize, "between 1 KiB and 100 MiB");
        if (ReadAhead < 1) throw new ArgumentOutOfRangeException(nameof(ReadAhead), ReadAhead, "positive");
        if (MaxReadAhead < ReadAhead) throw new ArgumentOutOfRangeException(nameof(MaxReadAhead), MaxReadAhead, "at least ReadAhead");
        if (MaxRetries < 0) throw new ArgumentOutOfRangeException(nameof(MaxRetries), MaxRetries, "not negative");
        return this;
    }

    /// <summary>The SDK client options these settings stand for.</summary>
    internal Azure.Storage.Blobs.BlobClientOptions ToClientOptions()
    {
        var options = new Azure.Storage.Blobs.BlobClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = MaxRetries;
        options.Retry.Delay = RetryDelay;
        options.Retry.MaxDelay = MaxRetryDelay;
        options.Retry.NetworkTimeout = NetworkTimeout;
        // Logging of headers and query parameters stays at the SDK's redacting defaults; content is never logged.
        options.Diagnostics.IsLoggingContentEnabled = false;
        options.Diagnostics.IsTelemetryEnabled = false;
        foreach (var policy in PerAttemptPolicies) options.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        return options;
    }
}
