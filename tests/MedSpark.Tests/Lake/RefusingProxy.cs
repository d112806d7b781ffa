using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MedSpark.Tests.Lake;

/// <summary>
/// A loopback TCP proxy in front of Azurite for a <c>medspark</c> child process (which no in-process pipeline policy
/// reaches): requests the constructor's predicate selects (by method and path) are answered 403
/// AuthorizationPermissionMismatch, as a storage account answers a credential without write access there, and never
/// reach Azurite; all others are passed through byte for byte. Every connection carries one request
/// (<c>Connection: close</c>), so only request heads are parsed.
/// </summary>
public sealed class RefusingProxy : IDisposable
{
    private const string ErrorCode = "AuthorizationPermissionMismatch";
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _targetPort;
    private readonly Func<string, string, bool> _refuse;
    private readonly CancellationTokenSource _stop = new();
    private int _refused;

    /// <param name="targetPort">Azurite's port on 127.0.0.1.</param>
    /// <param name="refuse">Given the method and the path (with query), whether to refuse the request.</param>
    public RefusingProxy(int targetPort, Func<string, string, bool> refuse)
    {
        _targetPort = targetPort;
        _refuse = refuse;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = Task.Run(AcceptLoop);
    }

    /// <summary>The loopback port the proxy listens on.</summary>
    public int Port { get; }

    /// <summary>Requests refused so far.</summary>
    public int Refused => Volatile.Read(ref _refused);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptLoop()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        try
        {
            using (client)
            {
                var downstream = client.GetStream();
                var (head, rest) = await ReadHead(downstream);
                if (head.Count == 0) return;
                string[] requestLine = head[0].Split(' ');
                string method = requestLine[0];
                if (_refuse(method, requestLine.Length > 1 ? requestLine[1] : ""))
                {
                    Interlocked.Increment(ref _refused);
                    await Refuse(downstream, head, rest, method);
                    return;
                }
                using var upstream = new TcpClient();
                await upstream.ConnectAsync(IPAddress.Loopback, _targetPort);
                var target = upstream.GetStream();
                var rewritten = head.Where(h => !h.StartsWith("Connection:", StringComparison.OrdinalIgnoreCase) && !h.StartsWith("Keep-Alive:", StringComparison.OrdinalIgnoreCase))
                    .Append("Connection: close");
                await target.WriteAsync(Encoding.Latin1.GetBytes(string.Join("\r\n", rewritten) + "\r\n\r\n"));
                await target.WriteAsync(rest);
                // The request body (if any) flows up while the response flows down; Azurite closing ends the exchange.
                _ = downstream.CopyToAsync(target).ContinueWith(_ => { }, TaskScheduler.Default);
                await target.CopyToAsync(downstream);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // The client or Azurite went away; the client sees a broken connection, as it would in production.
        }
    }

    private static async Task Refuse(NetworkStream downstream, List<string> head, byte[] rest, string method)
    {
        long length = Header(head, "Content-Length") is { } text && long.TryParse(text, out long n) ? n : 0;
        bool expectContinue = string.Equals(Header(head, "Expect"), "100-continue", StringComparison.OrdinalIgnoreCase);
        if (!expectContinue)
        {
            // Read the body the client sends before answering, or it sees a reset (retried) instead of the 403.
            long remaining = length - rest.Length;
            var buffer = new byte[64 << 10];
            while (remaining > 0)
            {
                int read = await downstream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, remaining)));
                if (read == 0) break;
                remaining -= read;
            }
        }
        byte[] body = method == "HEAD" ? [] : Encoding.UTF8.GetBytes(
            $"<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>{ErrorCode}</Code><Message>refused by the test proxy</Message></Error>");
        string response = $"HTTP/1.1 403 {ErrorCode}\r\nContent-Type: application/xml\r\nx-ms-error-code: {ErrorCode}\r\n" +
                          $"Content-Length: {body.Length}\r\nConnection: close\r\n\r\n";
        await downstream.WriteAsync(Encoding.Latin1.GetBytes(response));
        await downstream.WriteAsync(body);
    }

    private static string? Header(List<string> head, string name) =>
        head.Skip(1).Where(h => h.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase)).Select(h => h[(name.Length + 1)..].Trim()).FirstOrDefault();

    /// <summary>The request line and header lines, and the bytes read past the blank line (the start of the body).</summary>
    private static async Task<(List<string> Head, byte[] Body)> ReadHead(NetworkStream stream)
    {
        var received = new List<byte>();
        var buffer = new byte[8192];
        while (true)
        {
            int end = IndexOfBlankLine(received);
            if (end >= 0)
            {
                string text = Encoding.Latin1.GetString(received.GetRange(0, end).ToArray());
                return (text.Split("\r\n").ToList(), received.GetRange(end + 4, received.Count - end - 4).ToArray());
            }
            int read = await stream.ReadAsync(buffer);
            if (read == 0) return ([], []);
            received.AddRange(buffer.AsSpan(0, read).ToArray());
        }
    }

    private static int IndexOfBlankLine(List<byte> bytes)
    {
        for (int i = 0; i + 3 < bytes.Count; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') return i;
        }
        return -1;
    }
}
