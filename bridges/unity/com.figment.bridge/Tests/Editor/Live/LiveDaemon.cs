using System;
using NUnit.Framework;

namespace Figment.Bridge.Tests
{
    /// <summary>Where the live tests find the daemon: set by tests/bridges/unity/test_unity_bridge.py (or by you).</summary>
    /// <remarks>
    /// FIGMENT_GATEWAY_URL   the gateway, e.g. http://127.0.0.1:7341/ (unset: live tests are skipped)
    /// FIGMENT_TOKEN         its bearer token, when it has one
    /// FIGMENT_EXPECT_ALL_STAGES=1   every stage is installed: every event and asset must arrive
    /// </remarks>
    public static class LiveDaemon
    {
        public static string Url { get { return Environment.GetEnvironmentVariable("FIGMENT_GATEWAY_URL"); } }

        public static string Token
        {
            get
            {
                var t = Environment.GetEnvironmentVariable("FIGMENT_TOKEN");
                return string.IsNullOrEmpty(t) ? null : t;
            }
        }

        public static bool ExpectAllStages { get { return Environment.GetEnvironmentVariable("FIGMENT_EXPECT_ALL_STAGES") == "1"; } }

        /// <summary>Options for the live daemon, or an Ignore when there is none.</summary>
        public static FigmentClientOptions Options()
        {
            if (string.IsNullOrEmpty(Url)) Assert.Ignore("FIGMENT_GATEWAY_URL is not set: no daemon to talk to");
            return new FigmentClientOptions
            {
                BaseUri = new Uri(Url),
                Token = Token,
                // A hang fails the test instead of blocking the run; CPU models can be slow.
                Timeout = TimeSpan.FromSeconds(120),
                StreamIdleTimeout = TimeSpan.FromSeconds(300),
                Log = message => Console.WriteLine("client: " + message),
            };
        }

        public static FigmentClient Client() { return new FigmentClient(Options()); }

        /// <summary>A room name no other test uses.</summary>
        public static string NewRoom(string prefix) { return prefix + "-" + Guid.NewGuid().ToString("N").Substring(0, 8); }
    }
}
