using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Figment.Bridge.Json;
using NUnit.Framework;

namespace Figment.Bridge.Tests
{
    /// <summary>The gateway's protocol as the client meets it: errors, auth, cancel, deadlines, rooms.</summary>
    [TestFixture]
    public class LiveProtocolTests
    {
        // Generous: only a hang should ever reach it.
        static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

        [Test]
        public void DescribeNamesTheDaemonAndItsStages()
        {
            using (var client = LiveDaemon.Client())
            {
                var d = Expect.Result(client.DescribeAsync());
                Assert.IsNotEmpty(d.Version);
                Assert.IsNotEmpty(d.Stages);
                foreach (var s in d.Stages)
                {
                    Assert.IsNotEmpty(s.Id);
                    Assert.IsNotEmpty(s.Kind);
                }
            }
        }

        [Test]
        public void OverlongTextIsRefusedWithInvalidArgument()
        {
            using (var client = LiveDaemon.Client())
            {
                var e = Expect.Throws<FigmentException>(() => client.ConjureAsync(ConjureRequest.Imagine(new string('x', 100000))));
                Assert.AreEqual("INVALID_ARGUMENT", e.Code);
                Assert.AreEqual(400, e.HttpStatus);
                StringAssert.Contains("text", e.DaemonMessage);
            }
        }

        [Test]
        public void AnAutoBlendBesideAnotherAdapterIsRefusedNamingTheBlend()
        {
            using (var client = LiveDaemon.Client())
            {
                var request = ConjureRequest.Imagine("a lamp");
                request.Blend.Add(AdapterWeight.Auto());
                request.Blend.Add(new AdapterWeight("ocean", 0.5f));
                var e = Expect.Throws<FigmentException>(() => client.ConjureAsync(request));
                Assert.AreEqual("INVALID_ARGUMENT", e.Code);
                StringAssert.StartsWith("blend", e.DaemonMessage);
                StringAssert.Contains("auto", e.DaemonMessage);
            }
        }

        [Test]
        public void UnknownAssetIsNotFound()
        {
            using (var client = LiveDaemon.Client())
            {
                var e = Expect.Throws<FigmentException>(() => client.GetAssetAsync(new string('0', 64)));
                Assert.AreEqual("NOT_FOUND", e.Code);
                Assert.AreEqual(404, e.HttpStatus);
            }
        }

        [Test]
        public void MissingOrWrongTokenIsUnauthenticated()
        {
            var options = LiveDaemon.Options();
            if (LiveDaemon.Token == null) Assert.Ignore("the daemon has no token");
            foreach (var token in new[] { null, "wrong-" + LiveDaemon.Token })
            {
                options.Token = token;
                using (var client = new FigmentClient(options))
                {
                    var e = Expect.Throws<FigmentException>(() => client.DescribeAsync());
                    Assert.AreEqual("UNAUTHENTICATED", e.Code, "token " + (token ?? "(none)"));
                    Assert.AreEqual(401, e.HttpStatus);
                    var ws = Expect.Throws<FigmentException>(() => client.SubscribeAsync("lobby", ev => { }));
                    Assert.AreEqual("UNAUTHENTICATED", ws.Code, "room socket, token " + (token ?? "(none)"));
                }
            }
        }

        [Test]
        public void CancellingMidStreamStopsTheCallAndTheDaemonCarriesOn()
        {
            using (var client = LiveDaemon.Client())
            using (var cts = new CancellationTokenSource())
            {
                var seen = new List<ConjureEventKind>();
                Expect.Throws<OperationCanceledException>(() => client.ConjureAsync(ConjureRequest.Imagine("a lantern full of moths"), e =>
                {
                    seen.Add(e.Kind);
                    cts.Cancel();
                }, cts.Token));
                CollectionAssert.AreEqual(new[] { ConjureEventKind.Accepted }, seen, "no callbacks after cancelling");
                Assert.IsNotEmpty(Expect.Result(client.DescribeAsync()).Version);
            }
        }

        [Test]
        public void ServerDeadlineEndsTheCallWithDeadlineExceeded()
        {
            var options = LiveDaemon.Options();
            // One microsecond: spent before the daemon can start, however fast its stages are.
            options.ServerDeadline = TimeSpan.FromTicks(10);
            using (var client = new FigmentClient(options))
            {
                var e = Expect.Throws<FigmentException>(() => client.ConjureAsync(ConjureRequest.Imagine("a clock that melts")));
                Assert.AreEqual("DEADLINE_EXCEEDED", e.Code, e.Message);
                Assert.AreEqual(504, e.HttpStatus);
            }
        }

        [Test]
        public void RoomSubscriberSeesTheSpawn()
        {
            string room = LiveDaemon.NewRoom("unity-room");
            var events = new List<SceneEvent>();
            var spawned = new TaskCompletionSource<SceneEvent>();
            var complete = new TaskCompletionSource<SceneEvent>();
            using (var client = LiveDaemon.Client())
            using (var sub = Expect.Result(client.SubscribeAsync(room, e =>
            {
                lock (events) events.Add(e);
                if (e.Kind == SceneEventKind.Spawned) spawned.TrySetResult(e);
                if (e.Object.Complete) complete.TrySetResult(e);
            })))
            {
                var request = ConjureRequest.Imagine("a teapot that breathes");
                request.Room = room;
                request.Seed = 7;
                // The test stages write slowly enough for the wish's object to be built before the text ends.
                if (LiveDaemon.ExpectAllStages) request.StageOptions["text"] = JsonValue.NewObject().Set("delay_s", JsonValue.Of(0.05));
                var result = Expect.Result(client.ConjureAsync(request));
                if (result.Proxy == null)
                {
                    Assert.IsFalse(LiveDaemon.ExpectAllStages, "no proxy although every stage is installed");
                    Assert.Ignore("this daemon made no proxy (" + string.Join(", ", result.Done.Failed.ToArray()) + " failed), so nothing spawns");
                }
                Assert.IsTrue(spawned.Task.Wait(Patience), "no SPAWNED event in the room");
                var obj = spawned.Task.Result.Object;
                Assert.AreEqual(room, spawned.Task.Result.Room);
                Assert.AreEqual(result.Accepted.RequestId, obj.RequestId);
                Assert.AreEqual(7ul, obj.Seed);
                // The object spawns with its first proxy; a revision of the object may replace it later.
                var firstProxy = result.Events.First(e => e.Kind == ConjureEventKind.Proxy).Proxy;
                Assert.AreEqual(firstProxy.Asset.Id, obj.Proxy.Asset.Id);
                Assert.AreEqual(result.Label.Fiction, obj.Label.Fiction);

                // Every revision reaches the room as an update of the same object, never as a second one.
                Assert.IsTrue(complete.Task.Wait(Patience), "the room never saw the object complete");
                List<SceneEvent> seen;
                lock (events) seen = new List<SceneEvent>(events);
                CollectionAssert.AreEqual(new[] { result.Done.ObjectId }, seen.Select(e => e.Object.ObjectId).Distinct().ToArray(), "one object in the room");
                Assert.AreEqual(1, seen.Count(e => e.Kind == SceneEventKind.Spawned));
                CollectionAssert.IsOrdered(seen.Select(e => e.Object.Revision).ToArray(), "room revisions never go back");
                var last = complete.Task.Result.Object;
                Assert.AreEqual(result.Object.Revision, last.Revision, "the room ends at the final revision");
                if (result.Mesh != null) Assert.AreEqual(result.Mesh.Asset.Id, last.Mesh.Asset.Id, "the room ends with the newest mesh");
                if (result.Sound != null) Assert.AreEqual(result.Sound.Asset.Id, last.Sound.Asset.Id, "the room ends with the newest sound");
                if (LiveDaemon.ExpectAllStages)
                    CollectionAssert.AreEqual(new uint[] { 0, 1 }, seen.Select(e => e.Object.Revision).Distinct().ToArray(), "the room saw each revision");
                Assert.IsFalse(sub.Completion.IsFaulted, sub.Completion.IsFaulted ? sub.Completion.Exception.ToString() : "");
            }
        }

        [Test]
        public void LateJoinerGetsASnapshotOfTheRoom()
        {
            string room = LiveDaemon.NewRoom("unity-late");
            using (var client = LiveDaemon.Client())
            {
                var request = ConjureRequest.Imagine("a chair made of rain");
                request.Room = room;
                var result = Expect.Result(client.ConjureAsync(request));
                if (result.Proxy == null)
                {
                    Assert.IsFalse(LiveDaemon.ExpectAllStages, "no proxy although every stage is installed");
                    Assert.Ignore("this daemon made no proxy, so the room stays empty");
                }
                var snapshot = new TaskCompletionSource<SceneEvent>();
                using (Expect.Result(client.SubscribeAsync(room, e => { if (e.Kind == SceneEventKind.Snapshot) snapshot.TrySetResult(e); })))
                {
                    Assert.IsTrue(snapshot.Task.Wait(Patience), "no SNAPSHOT for the late joiner");
                    Assert.AreEqual(result.Done.ObjectId, snapshot.Task.Result.Object.ObjectId);
                    Assert.AreEqual(result.Mesh != null, snapshot.Task.Result.Object.Mesh.Asset.IsSet);
                    // Only the latest revision: its spec and its newest assets.
                    Assert.AreEqual(result.Object.Revision, snapshot.Task.Result.Object.Revision);
                    if (result.Mesh != null) Assert.AreEqual(result.Mesh.Asset.Id, snapshot.Task.Result.Object.Mesh.Asset.Id);
                }
            }
        }
    }
}
