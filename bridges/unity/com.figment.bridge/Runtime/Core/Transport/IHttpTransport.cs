using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Figment.Bridge
{
    /// <summary>An HTTP request as the client builds it.</summary>
    public sealed class HttpRequestData
    {
        public string Method = "GET";
        public Uri Uri;
        public Dictionary<string, string> Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        /// <summary>The body, or null for none.</summary>
        public byte[] Body;
        public string ContentType;
    }

    /// <summary>A response whose headers have arrived; the body is read as it streams in.</summary>
    public interface IHttpResponse : IDisposable
    {
        int StatusCode { get; }
        /// <summary>A response or content header's value, or null.</summary>
        string GetHeader(string name);
        /// <summary>The body stream; disposing the response ends a pending read.</summary>
        Task<Stream> OpenBodyAsync();
    }

    /// <summary>Sends HTTP/1.1 requests. The default is <see cref="HttpClientTransport"/>; tests pass their own.</summary>
    public interface IHttpTransport : IDisposable
    {
        /// <summary>Sends the request and returns once the response headers are in.</summary>
        /// <exception cref="FigmentConnectionException">No response arrived (refused, reset, DNS).</exception>
        Task<IHttpResponse> SendAsync(HttpRequestData request, CancellationToken cancellationToken);
    }

    /// <summary>A text WebSocket, as a room subscription uses it.</summary>
    public interface ITextSocket : IDisposable
    {
        /// <summary>The next text message, or null once the server has closed the socket.</summary>
        Task<string> ReceiveAsync(CancellationToken cancellationToken);
        /// <summary>Closes the socket politely.</summary>
        Task CloseAsync(CancellationToken cancellationToken);
    }

    /// <summary>A WebSocket that also sends, as a live conjure uses it (speech out, events in).</summary>
    public interface IDuplexSocket : ITextSocket
    {
        /// <summary>Sends one text message. Calls must not overlap.</summary>
        Task SendTextAsync(string text, CancellationToken cancellationToken);
        /// <summary>Sends one binary message. Calls must not overlap.</summary>
        Task SendBinaryAsync(ArraySegment<byte> bytes, CancellationToken cancellationToken);
    }

    /// <summary>Opens WebSockets. The default is <see cref="ClientWebSocketTransport"/>.</summary>
    public interface IWebSocketTransport
    {
        /// <exception cref="FigmentConnectionException">The socket could not be opened.</exception>
        Task<ITextSocket> ConnectAsync(Uri uri, IDictionary<string, string> headers, CancellationToken cancellationToken);
    }
}
