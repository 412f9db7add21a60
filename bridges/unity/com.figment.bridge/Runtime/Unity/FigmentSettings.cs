using System;
using UnityEngine;

namespace Figment.Bridge
{
    /// <summary>Where the Figment daemon is: an asset shared by clients, spawners and the editor window.</summary>
    [CreateAssetMenu(menuName = "Figment/Settings", fileName = "FigmentSettings")]
    public sealed class FigmentSettings : ScriptableObject
    {
        [Tooltip("Host of the daemon's JSON gateway; 127.0.0.1 when it runs on this machine.")]
        public string host = "127.0.0.1";

        [Tooltip("The gateway's port (figment serve --http-port), 7341 by default.")]
        public int port = 7341;

        [Tooltip("Bearer token, when the daemon was started with --token. Leave empty to read the FIGMENT_TOKEN environment variable, so the token stays out of the project.")]
        public string token = "";

        [Tooltip("Use https/wss (when the daemon is behind TLS).")]
        public bool useTls;

        [Tooltip("Seconds allowed for a unary call, an asset download, or a stream's first byte.")]
        [Min(1)] public float timeoutSeconds = 30;

        [Tooltip("A conjure stream that sends nothing for this long fails (a CPU-only daemon can be slow).")]
        [Min(1)] public float streamIdleTimeoutSeconds = 180;

        /// <summary>The token to send: the field, else the FIGMENT_TOKEN environment variable, else none.</summary>
        public string ResolveToken()
        {
            if (!string.IsNullOrEmpty(token)) return token;
            var env = Environment.GetEnvironmentVariable("FIGMENT_TOKEN");
            return string.IsNullOrEmpty(env) ? null : env;
        }

        /// <summary>Client options for these settings.</summary>
        public FigmentClientOptions ToOptions()
        {
            var options = FigmentClientOptions.For(host, port, ResolveToken(), useTls);
            options.Timeout = TimeSpan.FromSeconds(timeoutSeconds);
            options.StreamIdleTimeout = TimeSpan.FromSeconds(streamIdleTimeoutSeconds);
            options.Log = message => Debug.LogWarning("[Figment] " + message);
            return options;
        }
    }
}
