using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Figment.Bridge.Json;
using NUnit.Framework;

namespace Figment.Bridge.Tests
{
    [TestFixture]
    public class ClientTests
    {
        FakeHttp _http;
        List<TimeSpan> _delays;
        List<string> _log;
        FigmentClientOptions _options;

        [SetUp]
        public void SetUp()
        {
            _http = new FakeHttp();
            _delays = new List<TimeSpan>();
            _log = new List<string>();
            _options = FigmentClientOptions.For("127.0.0.1", 7341, "s3cret");
            _options.Delay = (d, ct) => { _delays.Add(d); return Task.FromResult(0); };
            _options.Random = () => 0.5;
            _options.Log = _log.Add;
        }

        FigmentClient Client() { return new FigmentClient(_options, _http); }

        [Test]
        public void ConjurePostsJsonWithTokenAndDeliversEveryEventInOrder()
        {
            _http.ThenRespond(200, Samples.ConjureBody, chunkSize: 5);
            var seen = new List<uint>();
            var result = Expect.Result(Client().ConjureAsync(ConjureRequest.Imagine("a whale"), e => seen.Add(e.Sequence)));

            var req = _http.Requests[0];
            Assert.AreEqual("POST", req.Method);
            Assert.AreEqual("http://127.0.0.1:7341/figment.v1.Figment/Conjure", req.Uri.AbsoluteUri);
            Assert.AreEqual("Bearer s3cret", req.Headers["Authorization"]);
            Assert.AreEqual("application/json", req.ContentType);
            Assert.AreEqual("a whale", JsonParser.Parse(_http.BodyOf(0)).GetString("text"));
            CollectionAssert.AreEqual(new uint[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, seen);
            Assert.AreEqual("o1", result.Done.ObjectId);
            Assert.AreEqual(0, result.MalformedLines);
        }

        [Test]
        public void MalformedLinesAreSkippedCountedAndLogged()
        {
            var lines = new List<string>(Samples.ConjureLines);
            lines.Insert(3, "{\"requestId\": \"r1\", \"seq");
            _http.ThenRespond(200, string.Join("\n", lines.ToArray()), chunkSize: 11);
            var result = Expect.Result(Client().ConjureAsync(ConjureRequest.Imagine("x")));
            Assert.AreEqual(1, result.MalformedLines);
            Assert.AreEqual(Samples.ConjureLines.Length, result.Events.Count);
            Assert.IsTrue(_log.Exists(l => l.Contains("malformed JSON")));
        }

        [Test]
        public void RetriesConnectionFailuresWithBackoffThenSucceeds()
        {
            _http.ThenRefuse().ThenRefuse().ThenRespond(200, "{\"version\":\"0.1.0\"}");
            var d = Expect.Result(Client().DescribeAsync());
            Assert.AreEqual("0.1.0", d.Version);
            Assert.AreEqual(3, _http.Requests.Count);
            Assert.AreEqual(2, _delays.Count);
            Assert.AreEqual(250, _delays[0].TotalMilliseconds, 1e-6);
            Assert.AreEqual(500, _delays[1].TotalMilliseconds, 1e-6);
        }

        [Test]
        public void RetriesUnavailableButGivesUpAfterMaxAttempts()
        {
            _options.Retry.MaxAttempts = 2;
            string busy = "{\"error\":{\"code\":\"UNAVAILABLE\",\"message\":\"loading models\",\"httpStatus\":503}}";
            _http.ThenRespond(503, busy).ThenRespond(503, busy);
            var e = Expect.Throws<FigmentException>(() => Client().DescribeAsync());
            Assert.AreEqual("UNAVAILABLE", e.Code);
            Assert.AreEqual("loading models", e.DaemonMessage);
            Assert.AreEqual(2, _http.Requests.Count);
        }

        [Test]
        public void DaemonRefusalIsThrownWithCodeAndMessageAndNotRetried()
        {
            _http.ThenRespond(400, "{\"error\":{\"code\":\"INVALID_ARGUMENT\",\"message\":\"text: 4001 characters is over the limit of 4000\",\"httpStatus\":400}}");
            var e = Expect.Throws<FigmentException>(() => Client().ConjureAsync(ConjureRequest.Imagine(new string('x', 4001))));
            Assert.AreEqual("INVALID_ARGUMENT", e.Code);
            Assert.AreEqual(400, e.HttpStatus);
            StringAssert.Contains("over the limit", e.DaemonMessage);
            Assert.AreEqual(1, _http.Requests.Count);
            Assert.AreEqual(0, _delays.Count);
        }

        [Test]
        public void StatusWithoutEnvelopeStillGivesACode()
        {
            _http.ThenRespond(401, "");
            var e = Expect.Throws<FigmentException>(() => Client().DescribeAsync());
            Assert.AreEqual("UNAUTHENTICATED", e.Code);
            Assert.AreEqual(401, e.HttpStatus);
        }

        [Test]
        public void ErrorLineAfterEventsFailsTheCallButKeepsWhatArrived()
        {
            string body = Samples.ConjureLines[0] + "\n" + Samples.ConjureLines[1] + "\n"
                + "{\"error\":{\"code\":\"DEADLINE_EXCEEDED\",\"message\":\"deadline passed\",\"httpStatus\":504}}\n";
            _http.ThenRespond(200, body);
            var seen = new List<ConjureEventKind>();
            var e = Expect.Throws<FigmentException>(() => Client().ConjureAsync(ConjureRequest.Imagine("x"), ev => seen.Add(ev.Kind)));
            Assert.AreEqual("DEADLINE_EXCEEDED", e.Code);
            Assert.AreEqual(504, e.HttpStatus);
            CollectionAssert.AreEqual(new[] { ConjureEventKind.Accepted, ConjureEventKind.TextDelta }, seen);
            Assert.AreEqual(1, _http.Requests.Count, "a started stream is never retried");
        }

        [Test]
        public void StageErrorEventIsNotAStreamFailure()
        {
            _http.ThenRespond(200, Samples.ConjureBody);
            var result = Expect.Result(Client().ConjureAsync(ConjureRequest.Imagine("x")));
            Assert.AreEqual("piper-tts is not installed", result.Errors[0].Message);
        }

        [Test]
        public void StreamEndingBeforeDoneIsAnError()
        {
            _http.ThenRespond(200, Samples.ConjureLines[0] + "\n");
            var e = Expect.Throws<FigmentException>(() => Client().ConjureAsync(ConjureRequest.Imagine("x")));
            StringAssert.Contains("before its done event", e.Message);
        }

        [Test]
        public void StalledStreamTimesOutWithDeadlineExceeded()
        {
            _options.StreamIdleTimeout = TimeSpan.FromMilliseconds(50);
            var response = new FakeResponse(200, new StallingStream(Samples.ConjureLines[0] + "\n"));
            _http.Then(r => response);
            var seen = new List<ConjureEventKind>();
            var e = Expect.Throws<FigmentException>(() => Client().ConjureAsync(ConjureRequest.Imagine("x"), ev => seen.Add(ev.Kind)));
            Assert.AreEqual("DEADLINE_EXCEEDED", e.Code);
            Assert.AreEqual(1, seen.Count);
            Assert.IsTrue(response.Disposed);
        }

        [Test]
        public void CancellingEndsAStalledStreamWithOperationCanceled()
        {
            var response = new FakeResponse(200, new StallingStream(Samples.ConjureLines[0] + "\n"));
            _http.Then(r => response);
            var cts = new CancellationTokenSource();
            // Cancel from the first event's callback: the next read is pending when the token fires.
            Expect.Throws<OperationCanceledException>(() => Client().ConjureAsync(ConjureRequest.Imagine("x"), ev => cts.Cancel(), cts.Token));
            Assert.IsTrue(response.Disposed);
        }

        [Test]
        public void NoCallbacksAfterCancellingEvenForLinesAlreadyReceived()
        {
            _http.ThenRespond(200, Samples.ConjureBody);
            var cts = new CancellationTokenSource();
            var seen = new List<uint>();
            Expect.Throws<OperationCanceledException>(() => Client().ConjureAsync(ConjureRequest.Imagine("x"), e =>
            {
                seen.Add(e.Sequence);
                if (e.Sequence == 2) cts.Cancel();
            }, cts.Token));
            CollectionAssert.AreEqual(new uint[] { 0, 1, 2 }, seen);
        }

        [Test]
        public void AlreadyCancelledTokenThrowsOperationCanceled()
        {
            _http.ThenRespond(200, Samples.ConjureBody);
            var cts = new CancellationTokenSource();
            cts.Cancel();
            Expect.Throws<OperationCanceledException>(() => Client().ConjureAsync(ConjureRequest.Imagine("x"), null, cts.Token));
        }

        [Test]
        public void AssetIsFetchedByIdAndCheckedAgainstItsHash()
        {
            var bytes = Samples.Glb();
            string id = Hex(SHA256.Create().ComputeHash(bytes));
            _http.Then(r =>
            {
                var resp = new FakeResponse(200, bytes, 100);
                resp.Headers["Content-Type"] = "model/gltf-binary";
                resp.Headers["ETag"] = "\"" + id + "\"";
                return resp;
            });
            var asset = Expect.Result(Client().GetAssetAsync(new AssetRef { Id = id, MediaType = "model/gltf-binary", Size = (ulong)bytes.Length }));
            Assert.AreEqual("GET", _http.Requests[0].Method);
            Assert.AreEqual("/assets/" + id, _http.Requests[0].Uri.AbsolutePath);
            Assert.AreEqual("Bearer s3cret", _http.Requests[0].Headers["Authorization"]);
            CollectionAssert.AreEqual(bytes, asset.Bytes);
            Assert.AreEqual("model/gltf-binary", asset.MediaType);
        }

        [Test]
        public void AssetWithWrongBytesIsDataLoss()
        {
            _http.ThenRespond(200, "not the bytes you asked for");
            var e = Expect.Throws<FigmentException>(() => Client().GetAssetAsync(Samples.Id));
            Assert.AreEqual("DATA_LOSS", e.Code);
        }

        [Test]
        public void AssetIdMustBeAHash()
        {
            Assert.Throws<ArgumentException>(() => Client().GetAssetAsync("../../etc/passwd").GetAwaiter().GetResult());
            Assert.AreEqual(0, _http.Requests.Count);
        }

        [Test]
        public void BaseUriWithAPathPrefixIsKept()
        {
            _options.BaseUri = new Uri("http://headset.local:8080/figment");
            _http.ThenRespond(200, "{}");
            Expect.Result(Client().DescribeAsync());
            Assert.AreEqual("http://headset.local:8080/figment/figment.v1.Figment/Describe", _http.Requests[0].Uri.AbsoluteUri);
        }

        static string Hex(byte[] b)
        {
            var sb = new StringBuilder();
            foreach (var x in b) sb.Append(x.ToString("x2"));
            return sb.ToString();
        }
    }
}
