using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Figment.Bridge.Json;
using NUnit.Framework;

namespace Figment.Bridge.Tests
{
    /// <summary>A real conjure against a real daemon: every event, in order, every revision and every asset it names.</summary>
    [TestFixture]
    public class LiveConjureTests
    {
        const ulong Seed = 42;

        // One conjure shared by the checks below (a CPU-only daemon is slow); made on first use.
        static readonly Lazy<Conjured> Shared = new Lazy<Conjured>(() => Conjured.Run("a whale made of clocks", LiveDaemon.NewRoom("unity-live")));

        sealed class Conjured
        {
            public ConjureResult Result;
            public readonly List<ConjureEvent> Seen = new List<ConjureEvent>();

            public static Conjured Run(string text, string room)
            {
                var c = new Conjured();
                using (var client = LiveDaemon.Client())
                {
                    var request = ConjureRequest.Imagine(text);
                    request.Seed = Seed;
                    request.Room = room;
                    request.Speak = true;
                    request.Anchor = new WorldPose(new Vec3(0, 1, -2), Quat.Identity);
                    // The test stages write slowly enough for the wish's object to be built before the text ends.
                    if (LiveDaemon.ExpectAllStages) request.StageOptions["text"] = JsonValue.NewObject().Set("delay_s", JsonValue.Of(0.05));
                    c.Result = Expect.Result(client.ConjureAsync(request, c.Seen.Add));
                }
                return c;
            }
        }

        static ConjureResult Result { get { LiveDaemon.Options(); return Shared.Value.Result; } }

        static FigmentAsset Fetch(AssetRef asset, string mediaType)
        {
            Assert.IsTrue(asset.IsSet, "asset reference is empty");
            Assert.AreEqual(mediaType, asset.MediaType);
            using (var client = LiveDaemon.Client())
            {
                var a = Expect.Result(client.GetAssetAsync(asset));
                Assert.AreEqual((long)asset.Size, a.Bytes.LongLength, "asset size");
                StringAssert.StartsWith(mediaType, a.MediaType, "Content-Type");
                return a;
            }
        }

        [Test]
        public void EventsArriveNumberedLabelledAndInOrder()
        {
            var result = Result;
            var events = Shared.Value.Seen;
            CollectionAssert.AreEqual(result.Events, events, "the callback saw the result's events, in order");
            Assert.AreEqual(ConjureEventKind.Accepted, events[0].Kind);
            Assert.AreEqual(ConjureEventKind.Done, events[events.Count - 1].Kind);
            Assert.AreEqual(1, events.Count(e => e.Kind == ConjureEventKind.Done));
            for (int i = 0; i < events.Count; i++)
            {
                var e = events[i];
                Assert.AreEqual((uint)i, e.Sequence, "sequence of event " + i);
                Assert.AreEqual(Result.Accepted.RequestId, e.RequestId);
                Assert.AreNotEqual(ConjureEventKind.Unknown, e.Kind, "unknown payload: " + e.Raw);
                Assert.AreEqual(Mode.Imaginative, e.Label.Mode, "consent was given, so imaginative");
                Assert.IsTrue(e.Label.Fiction);
                Assert.IsNotEmpty(e.Label.Text);
            }
            // The wish is parsed first, so an object and its assets may come before the text, and each
            // sentence may revise it; text deltas interleave with the rest. What the stream guarantees:
            // a revision's object before its proxy, mesh and sound; revisions never go back; the whole text
            // after its deltas and before the speech; the last object final, and only it.
            var revisions = new List<uint>();
            for (int i = 0; i < events.Count; i++)
            {
                var e = events[i];
                uint? builtFrom = e.Proxy != null ? e.Proxy.Revision : e.Mesh != null ? e.Mesh.Revision : e.Sound != null ? (uint?)e.Sound.Revision : null;
                if (builtFrom.HasValue)
                    CollectionAssert.Contains(revisions, builtFrom.Value, "#" + i + " " + e.Kind + " of revision " + builtFrom + " before its object");
                if (e.Kind != ConjureEventKind.Object) continue;
                if (revisions.Count > 0) Assert.GreaterOrEqual(e.Object.Revision, revisions[revisions.Count - 1], "revisions never go back");
                revisions.Add(e.Object.Revision);
            }
            int textDone = events.FindIndex(e => e.Kind == ConjureEventKind.TextDone);
            int speech = events.FindIndex(e => e.Kind == ConjureEventKind.Speech);
            if (textDone >= 0)
            {
                Assert.Greater(textDone, events.FindLastIndex(e => e.Kind == ConjureEventKind.TextDelta), "a text delta after the whole text");
                if (speech >= 0) Assert.Greater(speech, textDone, "speech before the whole text");
            }
            if (Result.Revisions.Count > 0)
            {
                Assert.IsTrue(Result.Revisions[Result.Revisions.Count - 1].Final, "the last object is final");
                Assert.AreEqual(1, Result.Revisions.Count(o => o.Final), "only the last object is final");
            }
            Assert.AreEqual(Seed, Result.Accepted.Seed);
            Assert.AreEqual(0, Result.MalformedLines);
        }

        [Test]
        public void EveryRevisionIsReadAndEachOfItsAssetsLoads()
        {
            if (Result.Object == null) { RequireOptional("object"); return; }
            var events = Result.Events;
            foreach (var o in Result.Revisions)
            {
                Assert.IsNotEmpty(o.Spec.Archetype, "revision " + o.Revision);
                Assert.Greater(o.Spec.Size.Y, 0f, "revision " + o.Revision);
                Assert.That(o.Confidence, Is.InRange(0f, 1f));
                Assert.IsNotEmpty(o.SourceText, "revision " + o.Revision + " says what it parsed");
            }
            // Every asset of every revision, not only the latest: each is a whole, valid file.
            var ids = new HashSet<string>();
            foreach (var e in events)
            {
                if (e.Proxy != null) Assert.Greater(GlbInfo.Parse(Fetch(e.Proxy.Asset, "model/gltf-binary").Bytes).TriangleCount, 0);
                if (e.Mesh != null)
                {
                    var mesh = GlbInfo.Parse(Fetch(e.Mesh.Asset, "model/gltf-binary").Bytes);
                    Assert.AreEqual((long)e.Mesh.Triangles, mesh.TriangleCount, "revision " + e.Mesh.Revision + ": triangles vs the GLB");
                }
                if (e.Sound != null)
                {
                    var wav = WavData.Parse(Fetch(e.Sound.Asset, "audio/wav").Bytes);
                    Assert.AreEqual(e.Sound.DurationS, wav.DurationSeconds, 1.0 / wav.SampleRate + 1e-4, "revision " + e.Sound.Revision);
                }
                // (A sound may come again with the same WAV when only its emitter changed.)
                foreach (var asset in new[] { e.Proxy != null ? e.Proxy.Asset : null, e.Mesh != null ? e.Mesh.Asset : null })
                    if (asset != null) Assert.IsTrue(ids.Add(asset.Id), "model " + asset.Id + " was sent twice: an unchanged asset is not resent");
            }
            if (!LiveDaemon.ExpectAllStages) return;
            // The test stages revise the object once, when the text is whole (it grows with the words read):
            // the wish's object, then the final one, each with its own proxy, mesh and sound.
            CollectionAssert.AreEqual(new uint[] { 0, 1 }, Result.Revisions.Select(o => o.Revision).ToArray());
            foreach (var kind in new[] { ConjureEventKind.Proxy, ConjureEventKind.Mesh, ConjureEventKind.Sound })
                CollectionAssert.AreEqual(new uint[] { 0, 1 }, events.Where(e => e.Kind == kind).Select(e =>
                    e.Proxy != null ? e.Proxy.Revision : e.Mesh != null ? e.Mesh.Revision : e.Sound.Revision).ToArray(), kind.ToString());
        }

        [Test]
        public void TheVerdictComesWithTheWholeTextAndStays()
        {
            // Whatever the installed text stage (the test stages judge nothing, the PIP stage judges every
            // imaginative text): no event before the whole text is judged, and every event from it on carries the
            // same verdict, shown in the caption.
            var events = Shared.Value.Seen;
            int whole = events.FindIndex(e => e.Kind == ConjureEventKind.TextDone);
            for (int i = 0; i < (whole < 0 ? events.Count : whole); i++)
                Assert.IsNull(events[i].Label.Judgement, "event " + i + " (" + events[i].Kind + ") before the whole text is judged");
            if (whole < 0) return;
            var verdict = events[whole].Label.Type;
            for (int i = whole; i < events.Count; i++)
            {
                var label = events[i].Label;
                Assert.AreEqual(verdict, label.Type, "event " + i + " (" + events[i].Kind + ") carries the text's verdict");
                if (label.Judgement == null) continue;
                Assert.AreNotEqual(HallucinationType.Unspecified, label.Type, "a verdict names its type");
                Assert.That(label.Judgement.Coherence, Is.InRange(0f, 1f));
                StringAssert.Contains(HallucinationTypeNames.ShortName(label.Type), label.Caption);
            }
            if (LiveDaemon.ExpectAllStages) Assert.AreEqual(HallucinationType.Unspecified, verdict, "the test stages judge nothing");
        }

        [Test]
        public void FailedStagesAreReportedAsErrorsAndInDone()
        {
            var failedKinds = new HashSet<string>(Result.Done.Failed);
            foreach (var e in Result.Errors)
            {
                Assert.IsNotEmpty(e.Code, e.ToString());
                Assert.IsNotEmpty(e.Message, e.ToString());
                Assert.IsTrue(failedKinds.Contains(e.Kind), e.Kind + " failed but is not in done.failed");
            }
            foreach (var kind in failedKinds)
                Assert.IsTrue(Result.Errors.Any(e => e.Kind == kind), kind + " is in done.failed without an error event");
            if (LiveDaemon.ExpectAllStages)
                CollectionAssert.IsEmpty(Result.Errors, string.Join("; ", Result.Errors.Select(e => e.ToString()).ToArray()));
            Assert.Greater(Result.Done.TotalMs, 0.0);
        }

        [Test]
        public void StreamedTextJoinsToTheFinalText()
        {
            if (Result.TextDone == null) { RequireOptional("text"); return; }
            // The final text is the deltas joined, less surrounding whitespace.
            Assert.AreEqual(Result.TextDone.Text.Trim(), Result.StreamedText.Trim());
            Assert.IsNotEmpty(Result.TextDone.Text);
            Assert.That(new[] { "stop", "length" }, Has.Member(Result.TextDone.FinishReason));
        }

        [Test]
        public void ObjectSpecIsDescribed()
        {
            if (Result.Object == null) { RequireOptional("object"); return; }
            var spec = Result.Object.Spec;
            Assert.IsNotEmpty(spec.Archetype);
            Assert.Greater(spec.Size.X, 0f);
            Assert.Greater(spec.Size.Y, 0f);
            Assert.Greater(spec.Size.Z, 0f);
            Assert.That(Result.Object.Confidence, Is.InRange(0f, 1f));
        }

        [Test]
        public void ProxyAndMeshAreGlbFiles()
        {
            if (Result.Proxy == null) { RequireOptional("proxy"); return; }
            var proxy = GlbInfo.Parse(Fetch(Result.Proxy.Asset, "model/gltf-binary").Bytes);
            Assert.AreEqual(2u, proxy.Version);
            Assert.Greater(proxy.TriangleCount, 0);
            if (Result.Mesh == null) { RequireOptional("mesh"); return; }
            var mesh = GlbInfo.Parse(Fetch(Result.Mesh.Asset, "model/gltf-binary").Bytes);
            Assert.AreEqual(2u, mesh.Version);
            Assert.Greater(mesh.BinLength, 0);
            Assert.AreEqual((long)Result.Mesh.Triangles, mesh.TriangleCount, "MeshReady.triangles vs the GLB's own accessors");
            foreach (var lod in Result.Mesh.Lods) GlbInfo.Parse(Fetch(lod, "model/gltf-binary").Bytes);
            // The GLB breathes (a morph target and its loop) exactly when its spec's first "breathe" motion moves.
            var breath = Result.Object.Spec.Motions.Find(m => m.Kind == "breathe");
            Assert.AreEqual(breath != null && breath.Amplitude > 0 && breath.FrequencyHz > 0, mesh.Breathes);
        }

        [Test]
        public void SoundIsAWavOfItsStatedLengthWithAnEmitter()
        {
            if (Result.Sound == null) { RequireOptional("sound"); return; }
            var wav = WavData.Parse(Fetch(Result.Sound.Asset, "audio/wav").Bytes);
            Assert.AreEqual(1, wav.Channels, "the engine spatializes a mono emitter");
            Assert.AreEqual(Result.Sound.DurationS, wav.DurationSeconds, 1.0 / wav.SampleRate + 1e-4, "WAV length vs durationS");
            var e = Result.Sound.Emitter;
            Assert.Greater(e.MinDistance, 0f);
            Assert.Greater(e.MaxDistance, e.MinDistance);
            Assert.That(new[] { "inverse", "linear", "logarithmic" }, Has.Member(e.Rolloff));
            Assert.That(e.ConeInnerDeg, Is.InRange(0f, 360f));
            Assert.That(e.ConeOuterGain, Is.InRange(0f, 1f));
            Assert.That(e.VolumeDb, Is.InRange(-60f, 12f));
        }

        [Test]
        public void SpeechIsAWavAndAnOgg()
        {
            if (Result.Speech == null) { RequireOptional("speech"); return; }
            var wav = WavData.Parse(Fetch(Result.Speech.Wav, "audio/wav").Bytes);
            Assert.AreEqual(Result.Speech.DurationS, wav.DurationSeconds, 1.0 / wav.SampleRate + 1e-4, "WAV length vs durationS");
            var ogg = Fetch(Result.Speech.Ogg, "audio/ogg").Bytes;
            Assert.AreEqual("OggS", Encoding.ASCII.GetString(ogg, 0, 4));
        }

        [Test]
        public void SameSeedAndRequestGiveTheSameObject()
        {
            var again = Conjured.Run("a whale made of clocks", LiveDaemon.NewRoom("unity-replay")).Result;
            Assert.AreEqual(Result.Accepted.Seed, again.Accepted.Seed);
            Assert.AreEqual(Result.Text, again.Text);
            if (Result.Mesh != null) Assert.AreEqual(Result.Mesh.Asset.Id, again.Mesh.Asset.Id);
            if (Result.Sound != null) Assert.AreEqual(Result.Sound.Asset.Id, again.Sound.Asset.Id);
        }

        /// <summary>A missing optional event: a failure when every stage is installed, else it must be explained by an error.</summary>
        static void RequireOptional(string what)
        {
            Assert.IsFalse(LiveDaemon.ExpectAllStages, "no " + what + " event although every stage is installed");
            Assert.IsNotEmpty(Result.Errors, "no " + what + " event and no stage error to say why");
        }
    }
}
