using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Figment.Bridge.Json;
using NUnit.Framework;

namespace Figment.Bridge.Tests
{
    /// <summary>ConjureLive as the client speaks it, against a scripted socket: what it sends, and what it makes of the answers.</summary>
    [TestFixture]
    public class LiveConjureSessionTests
    {
        static readonly TimeSpan Patience = TimeSpan.FromSeconds(30); // only a hang reaches it

        static string Event(int seq, string payload) { return "{\"requestId\":\"r1\",\"sequence\":" + seq + "," + payload + "}"; }

        static FigmentClient Client(FakeSockets sockets)
        {
            return new FigmentClient(FigmentClientOptions.For("127.0.0.1", 7341, "s3cret"), new FakeHttp(), sockets);
        }

        [Test]
        public void SendsTheStartThenSpeechThenEndAndGathersTheEvents()
        {
            var sockets = new FakeSockets();
            var seen = new List<ConjureEvent>();
            using (var client = Client(sockets))
            {
                var request = ConjureRequest.Imagine("ignored: the input is the speech");
                request.Room = "lobby";
                var live = Expect.Result(client.ConjureLiveAsync(request, 16000, true, seen.Add));
                Assert.AreEqual("ws", sockets.Uri.Scheme);
                Assert.AreEqual("/figment.v1.Figment/ConjureLive", sockets.Uri.AbsolutePath);
                Assert.AreEqual("Bearer s3cret", sockets.Headers["Authorization"]);
                var start = JsonParser.Parse((string)sockets.Socket.Sent[0]);
                Assert.AreEqual(16000.0, start.GetDouble("sampleRate"));
                Assert.IsTrue(start.GetBool("pushToTalk"));
                Assert.AreEqual("lobby", start["request"].GetString("room"));
                Assert.IsFalse(start["request"].Has("text"), "a live request has no input of its own");
                Assert.IsTrue(start["request"].GetBool("consent"));

                live.SendAsync(new[] { 0f, 0.5f, -1f, 2f }, 0, 4).Wait(Patience);
                Assert.IsTrue(live.Listening);
                sockets.Socket.Push(Event(0, "\"accepted\":{\"requestId\":\"r1\",\"seed\":\"5\"}"));
                sockets.Socket.Push(Event(1, "\"transcript\":{\"text\":\"a hum\",\"partial\":true}"));
                live.SendAsync(new byte[] { 1, 0 }, 0, 2).Wait(Patience);
                live.EndAsync().Wait(Patience);
                live.EndAsync().Wait(Patience); // once only
                Assert.IsFalse(live.Listening, "ended by the client");
                live.SendAsync(new byte[] { 2, 0 }, 0, 2).Wait(Patience); // dropped
                sockets.Socket.Push(Event(2, "\"transcript\":{\"text\":\"a humming lamp\"}"));
                sockets.Socket.Push(Event(3, "\"object\":{\"spec\":{\"name\":\"lamp\"},\"final\":true}"));
                sockets.Socket.Push(Event(4, "\"done\":{\"objectId\":\"o1\"}"));
                sockets.Socket.PushClose();
                Assert.IsTrue(live.Result.Wait(Patience));

                var sent = sockets.Socket.Sent;
                Assert.AreEqual(4, sent.Count, "start, two chunks, one end");
                CollectionAssert.AreEqual(new byte[] { 0, 0, 0x00, 0x40, 0x00, 0x80, 0xFF, 0x7F }, (byte[])sent[1], "16-bit little-endian, clipped");
                CollectionAssert.AreEqual(new byte[] { 1, 0 }, (byte[])sent[2]);
                Assert.AreEqual("{\"end\":true}", sent[3]);
                var result = live.Result.Result;
                Assert.AreEqual("a humming lamp", result.Transcript.Text);
                Assert.IsFalse(result.Transcript.Partial);
                Assert.AreEqual("o1", result.Done.ObjectId);
                Assert.AreEqual(5, seen.Count);
                Assert.IsTrue(seen[1].Transcript.Partial);
                Assert.IsTrue(sockets.Socket.Disposed, "the socket is released at the end");
            }
        }

        [Test]
        public void TheFinalTranscriptEndsTheListening()
        {
            var sockets = new FakeSockets();
            using (var client = Client(sockets))
            {
                var live = Expect.Result(client.ConjureLiveAsync(ConjureRequest.Imagine(""), 16000));
                sockets.Socket.Push(Event(0, "\"transcript\":{\"text\":\"a lamp\"}"));
                var deadline = DateTime.UtcNow + Patience;
                while (live.Listening && DateTime.UtcNow < deadline) System.Threading.Thread.Sleep(5);
                Assert.IsFalse(live.Listening, "the daemon heard the whole utterance (silence after speech)");
                live.SendAsync(new byte[] { 1, 0 }, 0, 2).Wait(Patience);
                Assert.AreEqual(1, sockets.Socket.Sent.Count, "no audio after the final transcript");
                live.Dispose();
            }
        }

        [Test]
        public void TheDaemonsRefusalFailsTheResult()
        {
            var sockets = new FakeSockets();
            using (var client = Client(sockets))
            {
                var live = Expect.Result(client.ConjureLiveAsync(ConjureRequest.Imagine(""), 4000));
                sockets.Socket.Push("{\"error\":{\"code\":\"INVALID_ARGUMENT\",\"message\":\"start.sample_rate: must be in [8000, 48000] Hz (got 4000)\",\"httpStatus\":400}}");
                sockets.Socket.PushClose();
                var e = Expect.Throws<FigmentException>(() => live.Result);
                Assert.AreEqual("INVALID_ARGUMENT", e.Code);
                StringAssert.Contains("sample_rate", e.DaemonMessage);
                Assert.IsFalse(live.Listening);
                live.SendAsync(new byte[] { 1, 0 }, 0, 2).Wait(Patience); // dropped, not thrown
            }
        }

        [Test]
        public void AStreamThatEndsBeforeDoneIsUnavailable()
        {
            var sockets = new FakeSockets();
            using (var client = Client(sockets))
            {
                var live = Expect.Result(client.ConjureLiveAsync(ConjureRequest.Imagine(""), 16000));
                sockets.Socket.Push(Event(0, "\"accepted\":{\"requestId\":\"r1\"}"));
                sockets.Socket.PushClose();
                Assert.AreEqual("UNAVAILABLE", Expect.Throws<FigmentException>(() => live.Result).Code);
            }
        }

        [Test]
        public void DisposingEndsTheResultCancelled()
        {
            var sockets = new FakeSockets();
            using (var client = Client(sockets))
            {
                var live = Expect.Result(client.ConjureLiveAsync(ConjureRequest.Imagine(""), 16000));
                live.Dispose();
                Assert.IsTrue(((Task)live.Result).ContinueWith(t => { }).Wait(Patience), "still pending");
                Assert.IsTrue(live.Result.IsCanceled);
                Assert.IsTrue(sockets.Socket.Disposed);
            }
        }

        [Test]
        public void Pcm16ClipsAndRounds()
        {
            CollectionAssert.AreEqual(new byte[] { 0x00, 0x40, 0x00, 0x80, 0x01, 0x00 }, LiveConjure.Pcm16(new[] { 16384f / 32767f, -1.5f, 1f / 32767f }, 0, 3));
            Assert.Throws<ArgumentOutOfRangeException>(() => LiveConjure.Pcm16(new float[2], 1, 2));
        }
    }
}
