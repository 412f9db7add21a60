using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Figment.Bridge.Json;

namespace Figment.Bridge
{
    /// <summary>Talks to the Figment daemon's JSON gateway: conjure, single stages, assets and rooms.</summary>
    /// <remarks>
    /// Engine-free and thread-safe. Callbacks run on whichever thread reads the stream: a game engine
    /// marshals them to its main thread (see <see cref="MainThreadQueue"/>). Errors are described on
    /// <see cref="FigmentException"/>.
    /// </remarks>
    public sealed partial class FigmentClient : IDisposable
    {
        readonly FigmentClientOptions _options;
        readonly IHttpTransport _http;
        readonly IWebSocketTransport _sockets;
        readonly bool _ownsHttp;

        /// <param name="options">Address, token, timeouts and retry; null for the defaults.</param>
        /// <param name="http">HTTP transport; null for an <see cref="HttpClientTransport"/> owned by this client.</param>
        /// <param name="sockets">WebSocket transport; null for a <see cref="ClientWebSocketTransport"/>.</param>
        public FigmentClient(FigmentClientOptions options = null, IHttpTransport http = null, IWebSocketTransport sockets = null)
        {
            _options = options ?? new FigmentClientOptions();
            if (_options.BaseUri == null) throw new ArgumentException("options.BaseUri is required", "options");
            _ownsHttp = http == null;
            _http = http ?? new HttpClientTransport();
            _sockets = sockets ?? new ClientWebSocketTransport();
        }

        /// <summary>The options this client was made with.</summary>
        public FigmentClientOptions Options { get { return _options; } }

        /// <summary>Conjures an object, calling <paramref name="onEvent"/> for each event as it arrives.</summary>
        /// <returns>All events gathered; a failed stage is in <see cref="ConjureResult.Errors"/>, not thrown.</returns>
        /// <exception cref="FigmentException">The daemon refused the request or the stream broke.</exception>
        public async Task<ConjureResult> ConjureAsync(ConjureRequest request, Action<ConjureEvent> onEvent = null,
            CancellationToken cancellationToken = default(CancellationToken))
        {
            if (request == null) throw new ArgumentNullException("request");
            var result = new ConjureResult();
            result.MalformedLines = await StreamAsync("Conjure", request.ToJson(), v =>
            {
                var e = ConjureEvent.FromJson(v);
                result.Add(e);
                if (onEvent != null) onEvent(e);
            }, cancellationToken).ConfigureAwait(false);
            if (result.Done == null)
                throw new FigmentException("UNAVAILABLE", "the Conjure stream ended before its done event");
            return result;
        }

        /// <summary>Describes the daemon: version, stages, adapters, devices, limits.</summary>
        public async Task<DescribeResponse> DescribeAsync(CancellationToken cancellationToken = default(CancellationToken))
        {
            return DescribeResponse.FromJson(await CallAsync("Describe", JsonValue.NewObject(), cancellationToken).ConfigureAwait(false));
        }

        /// <summary>Reads an object spec from text (the parse stage alone).</summary>
        public async Task<ParseResponse> ParseAsync(string text, ulong? seed = null, CancellationToken cancellationToken = default(CancellationToken))
        {
            var body = JsonValue.NewObject().Set("text", JsonValue.Of(text ?? ""));
            if (seed.HasValue) body.Set("seed", JsonValue.Of(seed.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return ParseResponse.FromJson(await CallAsync("Parse", body, cancellationToken).ConfigureAwait(false));
        }

        /// <summary>Speaks a line (the speech stage alone).</summary>
        public async Task<SpeakResponse> SpeakAsync(string text, CancellationToken cancellationToken = default(CancellationToken))
        {
            var body = JsonValue.NewObject().Set("text", JsonValue.Of(text ?? ""));
            return SpeakResponse.FromJson(await CallAsync("Speak", body, cancellationToken).ConfigureAwait(false));
        }

        /// <summary>Fetches an asset's bytes and checks them against their content address (and size, when known).</summary>
        public async Task<FigmentAsset> GetAssetAsync(AssetRef asset, CancellationToken cancellationToken = default(CancellationToken))
        {
            if (asset == null || !asset.IsSet) throw new ArgumentException("the asset reference is empty", "asset");
            var a = await GetAssetAsync(asset.Id, cancellationToken).ConfigureAwait(false);
            if (asset.Size != 0 && (ulong)a.Bytes.LongLength != asset.Size)
                throw new FigmentException("DATA_LOSS", "asset " + asset.Id + " has " + a.Bytes.Length + " bytes, expected " + asset.Size);
            return a;
        }

        /// <summary>Fetches an asset's bytes by id (64 hex characters) and checks their sha256.</summary>
        public async Task<FigmentAsset> GetAssetAsync(string id, CancellationToken cancellationToken = default(CancellationToken))
        {
            if (id == null || !AssetId.IsMatch(id)) throw new ArgumentException("an asset id is 64 hex characters", "id");
            var request = NewRequest("GET", "assets/" + id.ToLowerInvariant(), null);
            byte[] bytes;
            string mediaType, etag;
            using (var response = await OpenAsync(request, cancellationToken).ConfigureAwait(false))
            {
                bytes = await ReadAllAsync(response, int.MaxValue, cancellationToken).ConfigureAwait(false);
                mediaType = response.GetHeader("Content-Type") ?? "";
                etag = response.GetHeader("ETag");
            }
            string actual = Sha256Hex(bytes);
            if (!string.Equals(actual, id, StringComparison.OrdinalIgnoreCase))
                throw new FigmentException("DATA_LOSS", "asset " + id + " arrived with sha256 " + actual);
            return new FigmentAsset { Id = id, Bytes = bytes, MediaType = mediaType, ETag = etag };
        }

        /// <summary>Joins a room: <paramref name="onEvent"/> gets the room's objects, then every spawn and update.</summary>
        /// <returns>Once the socket is open; dispose the subscription to leave.</returns>
        public async Task<RoomSubscription> SubscribeAsync(string room, Action<SceneEvent> onEvent,
            CancellationToken cancellationToken = default(CancellationToken))
        {
            if (string.IsNullOrEmpty(room)) throw new ArgumentException("a room name is required", "room");
            if (onEvent == null) throw new ArgumentNullException("onEvent");
            var socket = await OpenSocketAsync("figment.v1.Figment/Subscribe?room=" + Uri.EscapeDataString(room), cancellationToken).ConfigureAwait(false);
            return new RoomSubscription(room, socket, onEvent, _options.Log);
        }

        /// <summary>Conjures from speech streamed while the user speaks: returns once the socket is open and the
        /// request sent; feed the session 16-bit mono PCM (<see cref="LiveConjure.SendAsync(float[], int, int, CancellationToken)"/>)
        /// and end it when the user stops (<see cref="LiveConjure.EndAsync"/>), or let the daemon end the utterance at
        /// the silence after speech. <paramref name="onEvent"/> gets each event as it arrives (partial transcripts first);
        /// <see cref="LiveConjure.Result"/> gathers them.</summary>
        /// <param name="request">Everything but the input (its text and audio are ignored).</param>
        /// <param name="sampleRate">The PCM's rate, in [8000, 48000] Hz.</param>
        /// <param name="pushToTalk">End only at <see cref="LiveConjure.EndAsync"/>, not at silence.</param>
        /// <exception cref="FigmentException">The socket could not be opened, or the daemon refused it.</exception>
        public async Task<LiveConjure> ConjureLiveAsync(ConjureRequest request, int sampleRate, bool pushToTalk = false,
            Action<ConjureEvent> onEvent = null, CancellationToken cancellationToken = default(CancellationToken))
        {
            if (request == null) throw new ArgumentNullException("request");
            var start = JsonValue.NewObject()
                .Set("request", request.ToJson(false))
                .Set("sampleRate", JsonValue.Of((long)sampleRate))
                .Set("pushToTalk", JsonValue.Of(pushToTalk));
            var socket = await OpenSocketAsync("figment.v1.Figment/ConjureLive", cancellationToken).ConfigureAwait(false);
            var duplex = socket as IDuplexSocket;
            if (duplex == null)
            {
                socket.Dispose();
                throw new FigmentException("UNIMPLEMENTED", "this WebSocket transport cannot send (it gives no IDuplexSocket)");
            }
            try
            {
                await duplex.SendTextAsync(JsonWriter.Write(start), cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                duplex.Dispose();
                throw;
            }
            return new LiveConjure(duplex, onEvent, _options.StreamIdleTimeout, _options.Log);
        }

        /// <summary>Opens a WebSocket on the gateway at <paramref name="pathAndQuery"/>, with the token and retry.</summary>
        async Task<ITextSocket> OpenSocketAsync(string pathAndQuery, CancellationToken cancellationToken)
        {
            var b = new UriBuilder(Endpoint(pathAndQuery));
            b.Scheme = b.Scheme == "https" ? "wss" : "ws";
            var headers = new Dictionary<string, string>();
            if (!string.IsNullOrEmpty(_options.Token)) headers["Authorization"] = "Bearer " + _options.Token;
            return await WithRetryAsync(async () =>
            {
                using (var timeout = new CancellationTokenSource(_options.Timeout))
                using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
                {
                    try
                    {
                        return await _sockets.ConnectAsync(b.Uri, headers, linked.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                    {
                        throw TimedOut("opening the WebSocket " + b.Path, _options.Timeout);
                    }
                    catch (FigmentConnectionException refused)
                    {
                        // Some runtimes (Mono) hide the HTTP status of a refused upgrade: ask plainly why.
                        throw await ExplainRefusedSocketAsync(pathAndQuery, refused, linked.Token).ConfigureAwait(false);
                    }
                }
            }, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The daemon's own error for a plain GET of the socket's URL (e.g. UNAUTHENTICATED), else <paramref name="refused"/>.</summary>
        async Task<FigmentException> ExplainRefusedSocketAsync(string pathAndQuery, FigmentConnectionException refused, CancellationToken cancellationToken)
        {
            var probe = NewRequest("GET", pathAndQuery, null);
            try
            {
                using (var response = await _http.SendAsync(probe, cancellationToken).ConfigureAwait(false))
                {
                    if (response.StatusCode < 400) return refused;
                    // Only the gateway's JSON envelope is a verdict; a bare 400 just says "that was no upgrade".
                    var error = await ReadErrorAsync(response, cancellationToken, envelopeOnly: true).ConfigureAwait(false);
                    return error ?? refused;
                }
            }
            catch (FigmentException)
            {
                return refused;
            }
        }

        public void Dispose()
        {
            if (_ownsHttp) _http.Dispose();
        }

        static string Sha256Hex(byte[] bytes)
        {
            using (var sha = SHA256.Create())
            {
                var hash = sha.ComputeHash(bytes);
                var sb = new StringBuilder(64);
                foreach (var x in hash) sb.Append(x.ToString("x2"));
                return sb.ToString();
            }
        }

        static readonly Regex AssetId = new Regex("^[0-9a-fA-F]{64}$");
    }
}
