using System.Collections.Generic;
using Figment.Bridge.Json;
using NUnit.Framework;

namespace Figment.Bridge.Tests
{
    /// <summary>The wish-first stream: revisions read from the wire, and which of them an engine shows.</summary>
    [TestFixture]
    public class RevisionTests
    {
        static ConjureEvent Event(string payload)
        {
            return ConjureEvent.FromJson(JsonParser.Parse("{\"requestId\":\"r1\",\"sequence\":0," + payload + "}"));
        }

        static string Asset(string id) { return "\"asset\":{\"id\":\"" + id + "\",\"mediaType\":\"model/gltf-binary\",\"size\":\"10\"}"; }

        [Test]
        public void RevisionsAreReadFromEveryPayload()
        {
            var o = Event("\"object\":{\"spec\":{\"name\":\"lamp\"},\"confidence\":0.5,\"sourceText\":\"a lamp\",\"revision\":3,\"final\":true}").Object;
            Assert.AreEqual(3u, o.Revision);
            Assert.IsTrue(o.Final);
            Assert.AreEqual("a lamp", o.SourceText);
            // proto3 JSON leaves out defaults: revision 0, not final
            var first = Event("\"object\":{\"spec\":{\"name\":\"lamp\"}}").Object;
            Assert.AreEqual(0u, first.Revision);
            Assert.IsFalse(first.Final);
            Assert.AreEqual(2u, Event("\"proxy\":{" + Asset(Samples.Id) + ",\"revision\":2}").Proxy.Revision);
            Assert.AreEqual(4u, Event("\"mesh\":{" + Asset(Samples.Id) + ",\"revision\":4}").Mesh.Revision);
            Assert.AreEqual(5u, Event("\"sound\":{" + Asset(Samples.Id) + ",\"revision\":5}").Sound.Revision);
            Assert.IsTrue(Event("\"transcript\":{\"text\":\"a la\",\"partial\":true}").Transcript.Partial);
            var scene = SceneEvent.FromJson(JsonParser.Parse("{\"room\":\"r\",\"kind\":\"KIND_UPDATED\",\"object\":{\"objectId\":\"o\",\"revision\":7}}"));
            Assert.AreEqual(7u, scene.Object.Revision);
        }

        [Test]
        public void ResultKeepsEveryRevisionAndTheLatestOfEachAsset()
        {
            var r = new ConjureResult();
            r.Add(Event("\"transcript\":{\"text\":\"a la\",\"partial\":true}"));
            r.Add(Event("\"transcript\":{\"text\":\"a lamp\"}"));
            r.Add(Event("\"transcript\":{\"text\":\"late partial\",\"partial\":true}"));
            r.Add(Event("\"object\":{\"spec\":{\"name\":\"lamp\"}}"));
            r.Add(Event("\"mesh\":{" + Asset("a") + "}"));
            r.Add(Event("\"object\":{\"spec\":{\"name\":\"brass lamp\"},\"revision\":1}"));
            r.Add(Event("\"mesh\":{" + Asset("b") + ",\"revision\":1}"));
            r.Add(Event("\"object\":{\"spec\":{\"name\":\"brass lamp\"},\"revision\":1,\"final\":true}"));
            Assert.AreEqual("a lamp", r.Transcript.Text, "a partial transcript never replaces the final one");
            Assert.AreEqual(3, r.Revisions.Count);
            Assert.AreEqual("lamp", r.Revisions[0].Spec.Name);
            Assert.IsTrue(r.Object.Final);
            Assert.AreEqual("b", r.Mesh.Asset.Id);
        }

        [Test]
        public void OnlyNewsIsARevision()
        {
            var t = new ObjectRevisions();
            Assert.AreEqual(-1, t.Revision);
            Assert.IsTrue(t.Revise(0, false));
            Assert.IsFalse(t.Revise(0, false), "the same revision again");
            Assert.IsTrue(t.Revise(2, false));
            Assert.IsFalse(t.Revise(1, false), "an older revision (a room event overtaken by a newer one)");
            Assert.IsTrue(t.Revise(2, true), "the latest revision become final");
            Assert.IsFalse(t.Revise(2, true));
            Assert.AreEqual(2, t.Revision);
            Assert.IsTrue(t.Final);
        }

        [Test]
        public void AnOlderAssetIsNeitherFetchedNorShown()
        {
            var t = new ObjectRevisions();
            Assert.IsTrue(t.Ask("mesh", 0, "m0"));
            Assert.IsFalse(t.Ask("mesh", 0, "m0"), "the same asset twice");
            Assert.IsTrue(t.Ask("mesh", 1, "m1"));
            Assert.IsTrue(t.Ask("mesh", 2, "m2"));
            // m1's download finishes after m2 was asked for: it is not shown
            Assert.IsFalse(t.IsCurrent("mesh", "m1"));
            Assert.IsTrue(t.IsCurrent("mesh", "m2"));
            Assert.IsFalse(t.Ask("mesh", 1, "m1b"), "a revision older than the newest asked for");
            Assert.IsTrue(t.Ask("sound", 0, "s0"), "kinds are independent");
            Assert.IsFalse(t.Ask("proxy", 0, ""), "an empty reference");
            Assert.AreEqual(-1, t.ShownRevision("mesh"));
            t.Shown("mesh", 2);
            Assert.AreEqual(2, t.ShownRevision("mesh"));
        }

        [Test]
        public void TheMorphGrowsInWhatTheOldModelGivesUp()
        {
            Assert.AreEqual(0f, MorphMath.Progress(0, 0.35), 1e-6);
            Assert.AreEqual(0.5f, MorphMath.Progress(0.175, 0.35), 1e-6);
            Assert.AreEqual(1f, MorphMath.Progress(0.35, 0.35));
            Assert.AreEqual(1f, MorphMath.Progress(0, 0), "no blend time: swapped at once");
            Assert.Less(MorphMath.Progress(0.05, 1), 0.05f, "eased in");
            var seen = new List<float>();
            for (int i = 0; i <= 10; i++) seen.Add(MorphMath.Progress(i * 0.1, 1));
            for (int i = 1; i < seen.Count; i++) Assert.GreaterOrEqual(seen[i], seen[i - 1]);
            Assert.AreEqual(MorphMath.MinScale, MorphMath.Incoming(0f), "never a singular scale");
            Assert.AreEqual(MorphMath.MinScale, MorphMath.Outgoing(1f));
            Assert.AreEqual(1f, MorphMath.Incoming(1f));
            Assert.AreEqual(0.75f, MorphMath.Outgoing(0.25f), 1e-6);
        }

        [Test]
        public void ARevisedSoundGoesOnFromWhereTheOneBeforeWas()
        {
            Assert.AreEqual(1.25f, PlaybackMath.Resume(true, 1.25f, 4f, true), "the same position in a longer loop");
            Assert.AreEqual(1.25f, PlaybackMath.Resume(true, 1.25f, 2f, false), "and in a one-shot that is not over yet");
            Assert.AreEqual(0f, PlaybackMath.Resume(false, 1.25f, 4f, true), "nothing was playing: from the start");
            Assert.AreEqual(0f, PlaybackMath.Resume(true, 0f, 4f, true));
        }

        [Test]
        public void ARevisedLoopShorterThanThePositionWrapsIntoIt()
        {
            Assert.AreEqual(0.5f, PlaybackMath.Resume(true, 2.5f, 1f, true), 1e-6);
            Assert.AreEqual(0f, PlaybackMath.Resume(true, 3f, 1.5f, true), 1e-6, "at a whole number of loops: its start");
            for (int i = 1; i < 200; i++)
            {
                float time = i * 0.037f, length = 0.3f;
                var at = PlaybackMath.Resume(true, time, length, true);
                Assert.IsNotNull(at);
                Assert.That(at.Value >= 0f && at.Value < length, "{0} s in a {1} s loop gave {2}", time, length, at);
            }
        }

        [Test]
        public void ARevisedOneShotThatWouldBeOverIsNotPlayed()
        {
            Assert.IsNull(PlaybackMath.Resume(true, 2.5f, 1f, false));
            Assert.IsNull(PlaybackMath.Resume(true, 1f, 1f, false), "at its very end");
        }

        [Test]
        public void ABadPositionOrLengthPlaysFromTheStart()
        {
            Assert.AreEqual(0f, PlaybackMath.Resume(true, float.NaN, 4f, true));
            Assert.AreEqual(0f, PlaybackMath.Resume(true, -1f, 4f, true));
            Assert.AreEqual(0f, PlaybackMath.Resume(true, float.PositiveInfinity, 4f, true));
            Assert.AreEqual(0f, PlaybackMath.Resume(true, 1f, 0f, true), "an empty clip");
        }
    }
}
