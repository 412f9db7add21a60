using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Figment.Bridge.Tests
{
    /// <summary>The real HttpClient transport on loopback, without a daemon.</summary>
    [TestFixture]
    public class TransportTests
    {
        static int ClosedPort()
        {
            // Bind, learn the port, close: connecting to it is then refused.
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }

        [Test]
        public void RefusedConnectionIsRetriedThenReportedAsUnavailable()
        {
            var delays = new List<TimeSpan>();
            var options = FigmentClientOptions.For("127.0.0.1", ClosedPort());
            options.Retry.MaxAttempts = 3;
            options.Delay = (d, ct) => { delays.Add(d); return Task.FromResult(0); };
            using (var client = new FigmentClient(options))
            {
                var e = Expect.Throws<FigmentConnectionException>(() => client.DescribeAsync());
                Assert.AreEqual("UNAVAILABLE", e.Code);
                Assert.AreEqual(0, e.HttpStatus);
                Assert.AreEqual(2, delays.Count, "three tries, two waits");
            }
        }

        [Test]
        public void RefusedRoomSocketIsAConnectionFailure()
        {
            var options = FigmentClientOptions.For("127.0.0.1", ClosedPort());
            options.Retry = RetryPolicy.None;
            using (var client = new FigmentClient(options))
                Expect.Throws<FigmentConnectionException>(() => client.SubscribeAsync("lobby", e => { }));
        }
    }
}
