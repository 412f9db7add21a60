using System;
using System.Threading;
using System.Threading.Tasks;
using Figment.Bridge.Json;

namespace Figment.Bridge
{
    /// <summary>A conjure from speech streamed while the user speaks (ConjureLive on the gateway's WebSocket).</summary>
    /// <remarks>
    /// Made by <see cref="FigmentClient.ConjureLiveAsync"/>. Send 16-bit mono PCM at the stated rate as it is
    /// recorded, then <see cref="EndAsync"/> when the user stops (push-to-talk released); without push-to-talk
    /// the daemon also ends the utterance at the silence after speech, at its audio limit, or when no audio
    /// came for its idle limit. Partial transcripts arrive while the user speaks; once the final one is in,
    /// <see cref="Listening"/> turns false and further audio is dropped here. The events are those of a
    /// conjure (the object may come before the text and be revised) and gather in <see cref="Result"/>.
    /// Sends may come from any thread; they go out one at a time, in order. A send never throws for a
    /// connection that closed: it is dropped, and <see cref="Result"/> says how the conjure ended.
    /// </remarks>
    public sealed class LiveConjure : IDisposable
    {
        readonly IDuplexSocket _socket;
        readonly Action<ConjureEvent> _onEvent;
        readonly TimeSpan _idle;
        readonly Action<string> _log;
        readonly object _gate = new object();
        Task _tail = Task.FromResult(0);
        readonly CancellationTokenSource _stop = new CancellationTokenSource();
        readonly ConjureResult _result = new ConjureResult();
        volatile bool _listening = true;
        volatile bool _ended;
        volatile bool _finished;
        int _disposed;

        internal LiveConjure(IDuplexSocket socket, Action<ConjureEvent> onEvent, TimeSpan idle, Action<string> log)
        {
            _socket = socket;
            _onEvent = onEvent;
            _idle = idle;
            _log = log;
            Result = Task.Run(ReceiveAsync);
        }

        /// <summary>Every event, once the daemon sent <c>done</c> and closed the socket.</summary>
        /// <exception cref="FigmentException">The daemon refused the request (its error, e.g. INVALID_ARGUMENT for a bad
        /// sample rate), the stream broke or went idle, or it ended before <c>done</c> (UNAVAILABLE).</exception>
        public Task<ConjureResult> Result { get; private set; }

        /// <summary>True until the final transcript arrived (the daemon heard the whole utterance) or <see cref="EndAsync"/> was sent.</summary>
        public bool Listening { get { return _listening && !_ended; } }

        /// <summary>Sends 16-bit little-endian mono PCM; dropped once <see cref="Listening"/> is false.</summary>
        public async Task SendAsync(byte[] pcm, int offset, int count, CancellationToken cancellationToken = default(CancellationToken))
        {
            if (pcm == null) throw new ArgumentNullException("pcm");
            if (offset < 0 || count < 0 || offset + count > pcm.Length) throw new ArgumentOutOfRangeException("count");
            if (count % 2 != 0) throw new ArgumentException("16-bit samples: an even number of bytes", "count");
            if (count == 0) return;
            await Enqueue(() => Listening
                ? _socket.SendBinaryAsync(new ArraySegment<byte>(pcm, offset, count), cancellationToken)
                : null).ConfigureAwait(false);
        }

        /// <summary>Sends mono samples in [-1, 1] (as a microphone gives them), as 16-bit PCM.</summary>
        public Task SendAsync(float[] samples, int offset, int count, CancellationToken cancellationToken = default(CancellationToken))
        {
            var pcm = Pcm16(samples, offset, count);
            return SendAsync(pcm, 0, pcm.Length, cancellationToken);
        }

        /// <summary>Ends the utterance (push-to-talk released): the daemon transcribes what it has and conjures. Once only.</summary>
        public async Task EndAsync(CancellationToken cancellationToken = default(CancellationToken))
        {
            await Enqueue(() =>
            {
                if (_ended) return null;
                _ended = true;
                return _socket.SendTextAsync("{\"end\":true}", cancellationToken);
            }).ConfigureAwait(false);
        }

        /// <summary>Mono samples in [-1, 1] as 16-bit little-endian PCM (out-of-range samples are clipped).</summary>
        public static byte[] Pcm16(float[] samples, int offset, int count)
        {
            if (samples == null) throw new ArgumentNullException("samples");
            if (offset < 0 || count < 0 || offset + count > samples.Length) throw new ArgumentOutOfRangeException("count");
            var pcm = new byte[count * 2];
            for (int i = 0; i < count; i++)
            {
                float s = samples[offset + i];
                int v = s >= 1f ? short.MaxValue : s <= -1f ? short.MinValue : (int)Math.Round(s * 32767f);
                pcm[2 * i] = (byte)v;
                pcm[2 * i + 1] = (byte)(v >> 8);
            }
            return pcm;
        }

        // One send at a time, in the order they were called: each waits for the one before.
        Task Enqueue(Func<Task> send)
        {
            lock (_gate)
            {
                _tail = SendAfterAsync(_tail, send);
                return _tail;
            }
        }

        // Nothing once the stream is over or the socket closed.
        async Task SendAfterAsync(Task previous, Func<Task> send)
        {
            try
            {
                await previous.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // That send's own caller saw its failure (or gave up); this one still goes.
            }
            if (_finished || _disposed != 0) return;
            try
            {
                var sending = send();
                if (sending != null) await sending.ConfigureAwait(false);
            }
            catch (Exception e) when (e is FigmentConnectionException || e is ObjectDisposedException)
            {
                // The daemon closed (it finished, or failed: Result says which) or this session was disposed.
                _listening = false;
            }
        }

        async Task<ConjureResult> ReceiveAsync()
        {
            try
            {
                await ReceiveEventsAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (_stop.IsCancellationRequested && !(e is OperationCanceledException))
            {
                throw new OperationCanceledException("the live conjure was disposed", e, _stop.Token);
            }
            finally
            {
                _listening = false;
                _finished = true;
                if (Interlocked.Exchange(ref _disposed, 1) == 0) _socket.Dispose();
            }
            _stop.Token.ThrowIfCancellationRequested();
            if (_result.Done == null)
                throw new FigmentException("UNAVAILABLE", "the ConjureLive stream ended before its done event");
            return _result;
        }

        async Task ReceiveEventsAsync()
        {
            while (true)
            {
                string text;
                using (var idle = new CancellationTokenSource(_idle))
                using (var linked = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token, idle.Token))
                {
                    try
                    {
                        text = await _socket.ReceiveAsync(linked.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (idle.IsCancellationRequested && !_stop.IsCancellationRequested)
                    {
                        throw new FigmentException("DEADLINE_EXCEEDED", "the daemon sent nothing for " + _idle.TotalSeconds + " s");
                    }
                }
                if (text == null) return;
                var line = NdjsonSplitter.ParseLine(text);
                if (!line.IsValid)
                {
                    _result.MalformedLines++;
                    if (_log != null) _log("skipped a live message: " + line.Error);
                    continue;
                }
                var failure = Failure(line.Value);
                if (failure != null) throw failure;
                var e = ConjureEvent.FromJson(line.Value);
                if (e.Kind == ConjureEventKind.Transcript && !e.Transcript.Partial) _listening = false;
                _result.Add(e);
                if (_onEvent != null && !_stop.IsCancellationRequested) _onEvent(e);
            }
        }

        /// <summary>The gateway's error message <c>{"error": {"code", "message", "httpStatus"}}</c>, or null for an event.</summary>
        static FigmentException Failure(JsonValue message)
        {
            var e = message["error"];
            if (e == null || !e.IsObject || !e.Has("httpStatus") || message.Has("requestId")) return null;
            return FigmentException.FromEnvelope(message, 0);
        }

        /// <summary>Closes the socket at once; <see cref="Result"/> ends cancelled unless the stream was over.</summary>
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
            _stop.Cancel();
            _socket.Dispose();
        }
    }
}
