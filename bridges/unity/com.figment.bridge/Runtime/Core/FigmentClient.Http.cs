using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Figment.Bridge.Json;

namespace Figment.Bridge
{
    // The HTTP plumbing: requests, retry, timeouts, error envelopes and NDJSON reading.
    public sealed partial class FigmentClient
    {
        const int MaxUnaryBytes = 64 * 1024 * 1024;
        const int MaxErrorBytes = 64 * 1024;

        /// <summary>Calls a unary method (Parse, Speak, Describe, Transcribe) with a proto3 JSON body.</summary>
        public async Task<JsonValue> CallAsync(string method, JsonValue request, CancellationToken cancellationToken = default(CancellationToken))
        {
            var http = NewRequest("POST", "figment.v1.Figment/" + method, request ?? JsonValue.NewObject());
            byte[] bytes;
            using (var response = await OpenAsync(http, cancellationToken).ConfigureAwait(false))
                bytes = await ReadAllAsync(response, MaxUnaryBytes, cancellationToken).ConfigureAwait(false);
            JsonValue value;
            string error;
            if (!JsonParser.TryParse(Encoding.UTF8.GetString(bytes), out value, out error))
                throw new FigmentException("INTERNAL", method + " answered with something that is not JSON: " + error, 200);
            return value;
        }

        /// <summary>Calls a server-streaming method; <paramref name="onMessage"/> gets each message as it arrives.</summary>
        /// <returns>The number of malformed lines skipped.</returns>
        /// <exception cref="FigmentException">Refused, timed out, or failed mid-stream (the gateway's last-line error).</exception>
        public async Task<int> StreamAsync(string method, JsonValue request, Action<JsonValue> onMessage,
            CancellationToken cancellationToken = default(CancellationToken))
        {
            var http = NewRequest("POST", "figment.v1.Figment/" + method, request ?? JsonValue.NewObject());
            http.Headers["Accept"] = "application/x-ndjson";
            using (var response = await OpenAsync(http, cancellationToken).ConfigureAwait(false))
                return await ReadNdjsonAsync(response, onMessage, cancellationToken).ConfigureAwait(false);
        }

        HttpRequestData NewRequest(string method, string path, JsonValue body)
        {
            var r = new HttpRequestData { Method = method, Uri = Endpoint(path) };
            r.Headers["User-Agent"] = "figment-unity/0.1.0";
            if (!string.IsNullOrEmpty(_options.Token)) r.Headers["Authorization"] = "Bearer " + _options.Token;
            if (_options.ServerDeadline.HasValue)
                r.Headers["X-Figment-Timeout"] = _options.ServerDeadline.Value.TotalSeconds.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
            if (body != null)
            {
                r.Body = Encoding.UTF8.GetBytes(JsonWriter.Write(body));
                r.ContentType = "application/json";
            }
            return r;
        }

        Uri Endpoint(string path)
        {
            var b = _options.BaseUri.AbsoluteUri;
            return new Uri(new Uri(b.EndsWith("/") ? b : b + "/"), path);
        }

        /// <summary>Sends with retry; returns a 2xx response whose headers are in, or throws the daemon's error.</summary>
        Task<IHttpResponse> OpenAsync(HttpRequestData request, CancellationToken cancellationToken)
        {
            return WithRetryAsync(async () =>
            {
                using (var timeout = new CancellationTokenSource(_options.Timeout))
                using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
                {
                    IHttpResponse response;
                    try
                    {
                        response = await _http.SendAsync(request, linked.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                    {
                        throw TimedOut("waiting for " + request.Uri.AbsolutePath, _options.Timeout);
                    }
                    if (response.StatusCode >= 200 && response.StatusCode < 300) return response;
                    using (response)
                        throw await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
                }
            }, cancellationToken);
        }

        async Task<T> WithRetryAsync<T>(Func<Task<T>> attempt, CancellationToken cancellationToken)
        {
            for (int n = 1; ; n++)
            {
                try
                {
                    return await attempt().ConfigureAwait(false);
                }
                catch (FigmentException e) when (_options.Retry != null && _options.Retry.ShouldRetry(e, n))
                {
                    var delay = _options.Retry.DelayAfter(n, _options.Random());
                    Warn("try " + n + " failed (" + e.Message + "); retrying in " + (int)delay.TotalMilliseconds + " ms");
                    await _options.Delay(delay, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        /// <summary>The error a failed response carries: its envelope, else one made from the status
        /// (or null with <paramref name="envelopeOnly"/>).</summary>
        async Task<FigmentException> ReadErrorAsync(IHttpResponse response, CancellationToken cancellationToken, bool envelopeOnly = false)
        {
            string text = "";
            try
            {
                var bytes = await ReadAllAsync(response, MaxErrorBytes, cancellationToken).ConfigureAwait(false);
                text = Encoding.UTF8.GetString(bytes);
            }
            catch (FigmentException)
            {
                // The status alone still says what went wrong.
            }
            JsonValue body;
            string ignored;
            var envelope = JsonParser.TryParse(text, out body, out ignored) ? FigmentException.FromEnvelope(body, response.StatusCode) : null;
            if (envelope != null || envelopeOnly) return envelope;
            return new FigmentException(FigmentException.CodeForHttpStatus(response.StatusCode),
                text.Length > 0 ? text.Trim() : "HTTP " + response.StatusCode, response.StatusCode);
        }

        /// <summary>Reads a whole body within the call timeout.</summary>
        async Task<byte[]> ReadAllAsync(IHttpResponse response, int limit, CancellationToken cancellationToken)
        {
            var body = new MemoryStream();
            using (var timeout = new CancellationTokenSource(_options.Timeout))
            {
                await ReadChunksAsync(response, cancellationToken, timeout, _options.Timeout, (buffer, n) =>
                {
                    if (body.Length + n > limit) throw new FigmentException("RESOURCE_EXHAUSTED", "response longer than " + limit + " bytes");
                    body.Write(buffer, 0, n);
                }).ConfigureAwait(false);
            }
            return body.ToArray();
        }

        async Task<int> ReadNdjsonAsync(IHttpResponse response, Action<JsonValue> onMessage, CancellationToken cancellationToken)
        {
            var splitter = new NdjsonSplitter();
            var lines = new List<NdjsonLine>();
            int malformed = 0;
            Action deliver = () =>
            {
                foreach (var line in lines)
                {
                    if (!line.IsValid)
                    {
                        malformed++;
                        Warn("skipped a stream line: " + line.Error + " " + line.Text);
                        continue;
                    }
                    var failure = StreamFailure(line.Value);
                    if (failure != null) throw failure;
                    // Once cancelled, no further callbacks, even for lines already received.
                    cancellationToken.ThrowIfCancellationRequested();
                    onMessage(line.Value);
                }
                lines.Clear();
            };
            using (var idle = new CancellationTokenSource())
            {
                await ReadChunksAsync(response, cancellationToken, idle, _options.StreamIdleTimeout, (buffer, n) =>
                {
                    splitter.Push(buffer, 0, n, lines);
                    deliver();
                }).ConfigureAwait(false);
            }
            splitter.Finish(lines);
            deliver();
            return malformed;
        }

        /// <summary>The gateway's last-line error <c>{"error": {"code", "message", "httpStatus"}}</c>, or null for an ordinary message.</summary>
        static FigmentException StreamFailure(JsonValue line)
        {
            var e = line["error"];
            if (e == null || !e.IsObject || !e.Has("httpStatus") || line.Has("requestId")) return null;
            return FigmentException.FromEnvelope(line, 0);
        }

        /// <summary>Reads the body chunk by chunk; <paramref name="timer"/> restarts at each chunk.</summary>
        async Task ReadChunksAsync(IHttpResponse response, CancellationToken cancellationToken,
            CancellationTokenSource timer, TimeSpan limit, Action<byte[], int> onChunk)
        {
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token))
            // Some stream implementations ignore the token on a pending read; disposing the response ends it.
            using (linked.Token.Register(response.Dispose))
            {
                var buffer = new byte[16 * 1024];
                Stream stream = null;
                while (true)
                {
                    timer.CancelAfter(limit);
                    int n;
                    try
                    {
                        if (stream == null) stream = await response.OpenBodyAsync().ConfigureAwait(false);
                        n = await stream.ReadAsync(buffer, 0, buffer.Length, linked.Token).ConfigureAwait(false);
                    }
                    catch (Exception e) when (!(e is FigmentException))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        if (timer.IsCancellationRequested) throw TimedOut("the daemon sent nothing", limit);
                        throw new FigmentException("UNAVAILABLE", "the response broke off: " + e.Message, 0, e);
                    }
                    if (n == 0) return;
                    onChunk(buffer, n);
                }
            }
        }

        static FigmentException TimedOut(string what, TimeSpan limit)
        {
            return new FigmentException("DEADLINE_EXCEEDED", what + " for " + limit.TotalSeconds + " s");
        }

        void Warn(string message)
        {
            var log = _options.Log;
            if (log != null) log(message);
        }
    }
}
