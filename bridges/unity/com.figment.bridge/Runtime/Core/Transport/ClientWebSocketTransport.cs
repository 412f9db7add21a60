using System;
using System.Collections.Generic;
using System.IO;
using System.Net.WebSockets;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace Figment.Bridge
{
    /// <summary>The default WebSocket transport: System.Net.WebSockets.ClientWebSocket.</summary>
    public sealed class ClientWebSocketTransport : IWebSocketTransport
    {
        /// <summary>A text message longer than this closes the socket (the daemon's scene events are small).</summary>
        public int MaxMessageBytes = 4 * 1024 * 1024;

        public async Task<ITextSocket> ConnectAsync(Uri uri, IDictionary<string, string> headers, CancellationToken cancellationToken)
        {
            var ws = new ClientWebSocket();
            foreach (var h in headers) ws.Options.SetRequestHeader(h.Key, h.Value);
            try
            {
                await ws.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
                return new Socket(ws, MaxMessageBytes);
            }
            catch (WebSocketException e)
            {
                ws.Dispose();
                cancellationToken.ThrowIfCancellationRequested();
                // A refused upgrade names the HTTP status in its message; anything else is a connection failure.
                var m = Regex.Match(e.Message, @"status code '(\d{3})'");
                if (m.Success)
                {
                    int status = int.Parse(m.Groups[1].Value);
                    throw new FigmentException(FigmentException.CodeForHttpStatus(status), "WebSocket upgrade refused with HTTP " + status, status, e);
                }
                throw new FigmentConnectionException("cannot open " + uri.GetLeftPart(UriPartial.Path) + ": " + e.Message, e);
            }
            catch
            {
                ws.Dispose();
                throw;
            }
        }

        sealed class Socket : IDuplexSocket
        {
            readonly ClientWebSocket _ws;
            readonly int _max;
            readonly byte[] _buffer = new byte[16 * 1024];

            public Socket(ClientWebSocket ws, int max)
            {
                _ws = ws;
                _max = max;
            }

            public async Task<string> ReceiveAsync(CancellationToken cancellationToken)
            {
                var message = new MemoryStream();
                while (true)
                {
                    WebSocketReceiveResult r;
                    try
                    {
                        r = await _ws.ReceiveAsync(new ArraySegment<byte>(_buffer), cancellationToken).ConfigureAwait(false);
                    }
                    catch (WebSocketException e)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        throw new FigmentConnectionException("WebSocket connection lost: " + e.Message, e);
                    }
                    if (r.MessageType == WebSocketMessageType.Close) return null;
                    message.Write(_buffer, 0, r.Count);
                    if (message.Length > _max)
                        throw new FigmentException("RESOURCE_EXHAUSTED", "WebSocket message longer than " + _max + " bytes");
                    if (!r.EndOfMessage) continue;
                    if (r.MessageType != WebSocketMessageType.Text) { message.SetLength(0); continue; }
                    return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
                }
            }

            public Task SendTextAsync(string text, CancellationToken cancellationToken)
            {
                return SendAsync(new ArraySegment<byte>(Encoding.UTF8.GetBytes(text)), WebSocketMessageType.Text, cancellationToken);
            }

            public Task SendBinaryAsync(ArraySegment<byte> bytes, CancellationToken cancellationToken)
            {
                return SendAsync(bytes, WebSocketMessageType.Binary, cancellationToken);
            }

            async Task SendAsync(ArraySegment<byte> bytes, WebSocketMessageType type, CancellationToken cancellationToken)
            {
                try
                {
                    await _ws.SendAsync(bytes, type, true, cancellationToken).ConfigureAwait(false);
                }
                catch (WebSocketException e)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    throw new FigmentConnectionException("WebSocket connection lost: " + e.Message, e);
                }
            }

            public async Task CloseAsync(CancellationToken cancellationToken)
            {
                if (_ws.State == WebSocketState.Open || _ws.State == WebSocketState.CloseReceived)
                    await _ws.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", cancellationToken).ConfigureAwait(false);
            }

            public void Dispose() { _ws.Dispose(); }
        }
    }
}
