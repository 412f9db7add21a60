using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Figment.Bridge.Tests
{
    /// <summary>A test double for <see cref="IHttpTransport"/>: answers from a script and records every request.</summary>
    public sealed class FakeHttp : IHttpTransport
    {
        readonly Queue<Func<HttpRequestData, IHttpResponse>> _script = new Queue<Func<HttpRequestData, IHttpResponse>>();

        /// <summary>Requests in the order they were sent.</summary>
        public readonly List<HttpRequestData> Requests = new List<HttpRequestData>();

        /// <summary>Queues the answer to the next request.</summary>
        public FakeHttp Then(Func<HttpRequestData, IHttpResponse> answer)
        {
            _script.Enqueue(answer);
            return this;
        }

        public FakeHttp ThenRefuse() { return Then(r => { throw new FigmentConnectionException("connection refused"); }); }

        public FakeHttp ThenRespond(int status, string body, int chunkSize = int.MaxValue)
        {
            return Then(r => new FakeResponse(status, Encoding.UTF8.GetBytes(body), chunkSize));
        }

        public Task<IHttpResponse> SendAsync(HttpRequestData request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            if (_script.Count == 0) throw new InvalidOperationException("unexpected request " + request.Uri);
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(_script.Dequeue()(request));
        }

        public void Dispose() { }

        /// <summary>The UTF-8 body of request <paramref name="i"/>.</summary>
        public string BodyOf(int i) { return Encoding.UTF8.GetString(Requests[i].Body); }
    }

    /// <summary>A canned response whose body is read back in chunks of at most <c>chunkSize</c> bytes.</summary>
    public sealed class FakeResponse : IHttpResponse
    {
        readonly Stream _body;
        public readonly Dictionary<string, string> Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public FakeResponse(int status, byte[] body, int chunkSize = int.MaxValue)
            : this(status, new ChunkedStream(body, chunkSize)) { }

        public FakeResponse(int status, Stream body)
        {
            StatusCode = status;
            _body = body;
        }

        public int StatusCode { get; private set; }
        public bool Disposed { get; private set; }

        public string GetHeader(string name)
        {
            string v;
            return Headers.TryGetValue(name, out v) ? v : null;
        }

        public Task<Stream> OpenBodyAsync() { return Task.FromResult(_body); }

        public void Dispose()
        {
            Disposed = true;
            _body.Dispose();
        }
    }

    /// <summary>A read-only stream that hands out its bytes a few at a time, as a network does.</summary>
    public sealed class ChunkedStream : Stream
    {
        readonly byte[] _data;
        readonly int _chunk;
        int _pos;

        public ChunkedStream(byte[] data, int chunk)
        {
            _data = data;
            _chunk = Math.Max(1, chunk);
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = Math.Min(Math.Min(count, _chunk), _data.Length - _pos);
            Array.Copy(_data, _pos, buffer, offset, n);
            _pos += n;
            return n;
        }

        public override bool CanRead { get { return true; } }
        public override bool CanSeek { get { return false; } }
        public override bool CanWrite { get { return false; } }
        public override long Length { get { throw new NotSupportedException(); } }
        public override long Position { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) { throw new NotSupportedException(); }
        public override void SetLength(long value) { throw new NotSupportedException(); }
        public override void Write(byte[] buffer, int offset, int count) { throw new NotSupportedException(); }
    }

    /// <summary>A stream that sends its prefix, then nothing until it is disposed (a stalled daemon).</summary>
    public sealed class StallingStream : Stream
    {
        readonly byte[] _prefix;
        int _pos;
        readonly TaskCompletionSource<int> _closed = new TaskCompletionSource<int>();

        public StallingStream(string prefix) { _prefix = Encoding.UTF8.GetBytes(prefix); }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            if (_pos < _prefix.Length)
            {
                int n = Math.Min(count, _prefix.Length - _pos);
                Array.Copy(_prefix, _pos, buffer, offset, n);
                _pos += n;
                return Task.FromResult(n);
            }
            // Ignores the token on purpose, like some network streams: only Dispose ends the read.
            return _closed.Task;
        }

        public override int Read(byte[] buffer, int offset, int count) { return ReadAsync(buffer, offset, count, CancellationToken.None).Result; }

        protected override void Dispose(bool disposing)
        {
            _closed.TrySetException(new ObjectDisposedException("StallingStream"));
            base.Dispose(disposing);
        }

        public override bool CanRead { get { return true; } }
        public override bool CanSeek { get { return false; } }
        public override bool CanWrite { get { return false; } }
        public override long Length { get { throw new NotSupportedException(); } }
        public override long Position { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) { throw new NotSupportedException(); }
        public override void SetLength(long value) { throw new NotSupportedException(); }
        public override void Write(byte[] buffer, int offset, int count) { throw new NotSupportedException(); }
    }
}
