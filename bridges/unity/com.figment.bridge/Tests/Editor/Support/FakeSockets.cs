using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Figment.Bridge.Tests
{
    /// <summary>A test double for <see cref="IWebSocketTransport"/>: records the connect and serves scripted frames.</summary>
    public sealed class FakeSockets : IWebSocketTransport
    {
        public Uri Uri;
        public IDictionary<string, string> Headers;
        public Exception Refuse;
        public readonly FakeSocket Socket = new FakeSocket();

        public Task<ITextSocket> ConnectAsync(Uri uri, IDictionary<string, string> headers, CancellationToken cancellationToken)
        {
            Uri = uri;
            Headers = headers;
            if (Refuse != null) throw Refuse;
            return Task.FromResult<ITextSocket>(Socket);
        }
    }

    /// <summary>Frames pushed by the test; null closes. Receive waits for the next push. What the client sends
    /// is recorded in <see cref="Sent"/>: a text frame as its string, a binary one as its bytes.</summary>
    public sealed class FakeSocket : IDuplexSocket
    {
        readonly BlockingCollection<string> _frames = new BlockingCollection<string>();
        public bool Disposed, Closed;
        public readonly List<object> Sent = new List<object>();

        public Task SendTextAsync(string text, CancellationToken cancellationToken)
        {
            if (Disposed) throw new ObjectDisposedException("FakeSocket");
            lock (Sent) Sent.Add(text);
            return Task.FromResult(0);
        }

        public Task SendBinaryAsync(ArraySegment<byte> bytes, CancellationToken cancellationToken)
        {
            if (Disposed) throw new ObjectDisposedException("FakeSocket");
            var copy = new byte[bytes.Count];
            Array.Copy(bytes.Array, bytes.Offset, copy, 0, bytes.Count);
            lock (Sent) Sent.Add(copy);
            return Task.FromResult(0);
        }

        public void Push(string frame) { _frames.Add(frame ?? ""); }
        public void PushClose() { _frames.CompleteAdding(); }

        public Task<string> ReceiveAsync(CancellationToken cancellationToken)
        {
            return Task.Run(() =>
            {
                string frame;
                try
                {
                    return _frames.TryTake(out frame, Timeout.Infinite, cancellationToken) ? frame : null;
                }
                catch (InvalidOperationException)
                {
                    return null; // completed: closed
                }
            });
        }

        public Task CloseAsync(CancellationToken cancellationToken)
        {
            Closed = true;
            PushClose();
            return Task.FromResult(0);
        }

        public void Dispose() { Disposed = true; }
    }
}
