using System;
using System.Collections.Generic;
using System.Threading;
using NUnit.Framework;

namespace Figment.Bridge.Tests
{
    [TestFixture]
    public class RoomTests
    {
        static readonly TimeSpan Patience = TimeSpan.FromSeconds(30); // only a hang reaches it

        const string Spawned = "{\"room\":\"lobby & co\",\"kind\":\"KIND_SPAWNED\",\"object\":{\"objectId\":\"o1\",\"seed\":\"9\"}}";

        [Test]
        public void SubscribeOpensAWebSocketWithTokenAndDeliversEventsUntilClosed()
        {
            var sockets = new FakeSockets();
            var options = FigmentClientOptions.For("127.0.0.1", 7341, "s3cret");
            var events = new List<SceneEvent>();
            var logs = new List<string>();
            options.Log = logs.Add;
            using (var client = new FigmentClient(options, new FakeHttp(), sockets))
            {
                var sub = Expect.Result(client.SubscribeAsync("lobby & co", e => events.Add(e)));
                Assert.AreEqual("ws", sockets.Uri.Scheme);
                Assert.AreEqual("/figment.v1.Figment/Subscribe", sockets.Uri.AbsolutePath);
                Assert.AreEqual("?room=lobby%20%26%20co", sockets.Uri.Query);
                Assert.AreEqual("Bearer s3cret", sockets.Headers["Authorization"]);

                sockets.Socket.Push(Spawned);
                sockets.Socket.Push("{not json");
                sockets.Socket.Push(Spawned.Replace("SPAWNED", "UPDATED"));
                sockets.Socket.PushClose();
                Assert.IsTrue(sub.Completion.Wait(Patience));
                Assert.AreEqual(2, events.Count);
                Assert.AreEqual(SceneEventKind.Spawned, events[0].Kind);
                Assert.AreEqual(9ul, events[0].Object.Seed);
                Assert.AreEqual(SceneEventKind.Updated, events[1].Kind);
                Assert.IsTrue(logs.Exists(l => l.Contains("skipped a room message")));
            }
        }

        [Test]
        public void DisposingLeavesTheRoomQuietly()
        {
            var sockets = new FakeSockets();
            using (var client = new FigmentClient(new FigmentClientOptions(), new FakeHttp(), sockets))
            {
                var sub = Expect.Result(client.SubscribeAsync("lobby", e => { }));
                sub.Dispose();
                Assert.IsTrue(sub.Completion.Wait(Patience));
                Assert.IsFalse(sub.Completion.IsFaulted);
                Assert.IsTrue(sockets.Socket.Disposed);
            }
        }

        [Test]
        public void RefusedUpgradeIsExplainedByTheDaemonsOwnError()
        {
            var sockets = new FakeSockets { Refuse = new FigmentConnectionException("Unable to connect to the remote server") };
            var http = new FakeHttp().ThenRespond(401, "{\"error\":{\"code\":\"UNAUTHENTICATED\",\"message\":\"missing or wrong bearer token\",\"httpStatus\":401}}");
            var options = new FigmentClientOptions { Retry = RetryPolicy.None };
            using (var client = new FigmentClient(options, http, sockets))
            {
                var e = Expect.Throws<FigmentException>(() => client.SubscribeAsync("lobby", ev => { }));
                Assert.AreEqual("UNAUTHENTICATED", e.Code);
                Assert.AreEqual("GET", http.Requests[0].Method);
            }
        }

        [Test]
        public void RefusedUpgradeWithoutAVerdictStaysAConnectionFailure()
        {
            var sockets = new FakeSockets { Refuse = new FigmentConnectionException("Unable to connect to the remote server") };
            var http = new FakeHttp().ThenRespond(400, "No WebSocket UPGRADE hdr");
            var options = new FigmentClientOptions { Retry = RetryPolicy.None };
            using (var client = new FigmentClient(options, http, sockets))
                Expect.Throws<FigmentConnectionException>(() => client.SubscribeAsync("lobby", ev => { }));
        }
    }
}
