using System;
using System.Threading;
using System.Threading.Tasks;

namespace Figment.Bridge
{
    /// <summary>Where the daemon's JSON gateway is and how patient to be with it.</summary>
    public sealed class FigmentClientOptions
    {
        /// <summary>The gateway's address (the daemon's <c>--http-port</c>, 7341 by default).</summary>
        public Uri BaseUri = new Uri("http://127.0.0.1:7341/");
        /// <summary>Sent as <c>Authorization: Bearer</c>; needed when the daemon was started with <c>--token</c>.</summary>
        public string Token;
        /// <summary>Limit for a unary call or asset download, and for a stream's response headers.</summary>
        public TimeSpan Timeout = TimeSpan.FromSeconds(30);
        /// <summary>A stream that sends nothing for this long fails with DEADLINE_EXCEEDED (a CPU-only daemon can be slow).</summary>
        public TimeSpan StreamIdleTimeout = TimeSpan.FromSeconds(180);
        /// <summary>A deadline the daemon enforces on each call (sent as X-Figment-Timeout); null for none.</summary>
        public TimeSpan? ServerDeadline;
        /// <summary>Retry for failures before any output.</summary>
        public RetryPolicy Retry = new RetryPolicy();
        /// <summary>How to wait between tries (tests replace it so that they never sleep).</summary>
        public Func<TimeSpan, CancellationToken, Task> Delay = (delay, ct) => Task.Delay(delay, ct);
        /// <summary>Random numbers in [0, 1) for the retry jitter.</summary>
        public Func<double> Random = NewRandom();
        /// <summary>Receives warnings such as a skipped malformed line; null to drop them.</summary>
        public Action<string> Log;

        /// <summary>Options for a daemon at <paramref name="host"/>:<paramref name="port"/> (plain HTTP unless <paramref name="tls"/>).</summary>
        public static FigmentClientOptions For(string host, int port, string token = null, bool tls = false)
        {
            var b = new UriBuilder(tls ? "https" : "http", host, port, "/");
            return new FigmentClientOptions { BaseUri = b.Uri, Token = string.IsNullOrEmpty(token) ? null : token };
        }

        static Func<double> NewRandom()
        {
            var r = new System.Random();
            return () => { lock (r) return r.NextDouble(); };
        }
    }
}
