using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Figment.Bridge
{
    /// <summary>The default transport: System.Net.Http.HttpClient, streaming (ResponseHeadersRead).</summary>
    public sealed class HttpClientTransport : IHttpTransport
    {
        readonly HttpClient _http;
        readonly bool _owns;

        /// <summary>A transport with its own HttpClient (no client-wide timeout: calls carry their own).</summary>
        public HttpClientTransport() : this(new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, true) { }

        /// <summary>A transport over an HttpClient you configure (proxy, certificates); it is not disposed.</summary>
        public HttpClientTransport(HttpClient http) : this(http, false) { }

        HttpClientTransport(HttpClient http, bool owns)
        {
            _http = http;
            _owns = owns;
        }

        public async Task<IHttpResponse> SendAsync(HttpRequestData request, CancellationToken cancellationToken)
        {
            var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Uri);
            foreach (var h in request.Headers) message.Headers.TryAddWithoutValidation(h.Key, h.Value);
            if (request.Body != null)
            {
                message.Content = new ByteArrayContent(request.Body);
                if (request.ContentType != null) message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
            }
            try
            {
                var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                    .ConfigureAwait(false);
                return new Response(message, response);
            }
            catch (HttpRequestException e)
            {
                message.Dispose();
                throw new FigmentConnectionException("cannot reach " + request.Uri.GetLeftPart(UriPartial.Authority) + ": " + Innermost(e).Message, e);
            }
            catch
            {
                message.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            if (_owns) _http.Dispose();
        }

        static Exception Innermost(Exception e)
        {
            while (e.InnerException != null) e = e.InnerException;
            return e;
        }

        sealed class Response : IHttpResponse
        {
            readonly HttpRequestMessage _request;
            readonly HttpResponseMessage _response;

            public Response(HttpRequestMessage request, HttpResponseMessage response)
            {
                _request = request;
                _response = response;
            }

            public int StatusCode { get { return (int)_response.StatusCode; } }

            public string GetHeader(string name)
            {
                System.Collections.Generic.IEnumerable<string> values;
                if (_response.Headers.TryGetValues(name, out values)) return values.FirstOrDefault();
                if (_response.Content != null && _response.Content.Headers.TryGetValues(name, out values)) return values.FirstOrDefault();
                return null;
            }

            public async Task<Stream> OpenBodyAsync()
            {
                if (_response.Content == null) return new MemoryStream(new byte[0]);
                return await _response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            }

            public void Dispose()
            {
                _response.Dispose();
                _request.Dispose();
            }
        }
    }
}
