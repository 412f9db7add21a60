using System.Collections.Generic;
using Figment.Bridge.Json;
using NUnit.Framework;

namespace Figment.Bridge.Tests
{
    [TestFixture]
    public class ModelMappingTests
    {
        static List<ConjureEvent> Events()
        {
            var list = new List<ConjureEvent>();
            foreach (var line in Samples.ConjureLines) list.Add(ConjureEvent.FromJson(JsonParser.Parse(line)));
            return list;
        }

        [Test]
        public void ConjureRequestWritesProto3Json()
        {
            var r = ConjureRequest.Imagine("a whale made of clocks");
            r.Intensity = 1.25f;
            r.Seed = ulong.MaxValue;
            r.Room = "lobby";
            r.Speak = true;
            r.Anchor = new WorldPose(new Vec3(0, 1, -2), Quat.Identity);
            r.Blend.Add(new AdapterWeight("ocean", 0.5f));
            r.Budgets = new Budgets { MaxTriangles = 5000 };
            r.StageOptions["mesh"] = JsonValue.NewObject().Set("smooth", JsonValue.True);
            Assert.AreEqual(
                "{\"text\":\"a whale made of clocks\",\"mode\":\"MODE_IMAGINATIVE\",\"consent\":true,\"intensity\":1.25,"
                + "\"blend\":[{\"name\":\"ocean\",\"weight\":0.5}],\"seed\":\"18446744073709551615\","
                + "\"anchor\":{\"position\":{\"x\":0,\"y\":1,\"z\":-2},\"rotation\":{\"x\":0,\"y\":0,\"z\":0,\"w\":1}},"
                + "\"room\":\"lobby\",\"budgets\":{\"maxTriangles\":5000},\"speak\":true,\"stageOptions\":{\"mesh\":{\"smooth\":true}}}",
                r.ToJson().ToString());
        }

        [Test]
        public void AudioRequestSendsBase64Pcm16InsteadOfText()
        {
            var r = new ConjureRequest { Text = "ignored", Audio = AudioInput.FromSamples(new[] { 0f, 1f, -1f }, 16000), Mode = Mode.Factual };
            var json = r.ToJson();
            Assert.IsFalse(json.Has("text"));
            Assert.AreEqual("AAD/fwGA", json["audio"].GetString("data"));
            Assert.AreEqual("pcm16", json["audio"].GetString("format"));
            Assert.AreEqual(16000u, json["audio"].GetUInt("sampleRate"));
            Assert.AreEqual("MODE_FACTUAL", json.GetString("mode"));
            Assert.IsFalse(json.Has("consent"));
        }

        [Test]
        public void EveryEventKindIsRecognisedInOrder()
        {
            var kinds = new List<ConjureEventKind>();
            foreach (var e in Events()) kinds.Add(e.Kind);
            CollectionAssert.AreEqual(new[]
            {
                ConjureEventKind.Accepted, ConjureEventKind.TextDelta, ConjureEventKind.TextDelta, ConjureEventKind.TextDone,
                ConjureEventKind.Object, ConjureEventKind.Proxy, ConjureEventKind.Mesh, ConjureEventKind.Sound,
                ConjureEventKind.Error, ConjureEventKind.Done,
            }, kinds);
        }

        [Test]
        public void EventPayloadsMapEveryField()
        {
            var e = Events();
            Assert.AreEqual("r1", e[0].RequestId);
            Assert.AreEqual(Mode.Imaginative, e[0].Label.Mode);
            Assert.IsTrue(e[0].Label.Fiction);
            Assert.AreEqual("imagined \u2014 fiction", e[0].Label.Text);
            Assert.AreEqual("pip", e[0].Label.Adapters[0].Name);
            Assert.AreEqual(ulong.MaxValue, e[0].Accepted.Seed);
            Assert.AreEqual("figment.mesh.procedural", e[0].Accepted.Stages["mesh"]);
            Assert.AreEqual("of ticking brass \u00e9\U0001F433", e[2].TextDelta);
            Assert.AreEqual(7u, e[3].TextDone.Tokens);
            Assert.AreEqual("stop", e[3].TextDone.FinishReason);

            var spec = e[4].Object.Spec;
            Assert.AreEqual("whale", spec.Archetype);
            Assert.AreEqual(4.5f, spec.Size.Z);
            Assert.AreEqual("clockwork", spec.Materials[0].MadeOf);
            Assert.AreEqual(0.6f, spec.Materials[0].BaseColor.G);
            Assert.AreEqual("striped", spec.Materials[0].Pattern);
            Assert.AreEqual(12u, spec.Modifiers[0].Count);
            Assert.AreEqual(0.5f, spec.Motions[0].FrequencyHz);
            Assert.AreEqual(120f, spec.Sounds[0].TempoBpm);
            Assert.AreEqual(7u, spec.Spans[0].End);
            Assert.AreEqual(0.75f, e[4].Object.Confidence);

            Assert.AreEqual(1024ul, e[5].Proxy.Asset.Size);
            Assert.AreEqual(Samples.Id, e[5].Proxy.Asset.Id);
            Assert.AreEqual(1200u, e[6].Mesh.Triangles);

            var s = e[7].Sound;
            Assert.AreEqual("audio/wav", s.Asset.MediaType);
            Assert.AreEqual(2f, s.DurationS);
            Assert.AreEqual(0.5f, s.Emitter.Position.Y);
            Assert.AreEqual(20f, s.Emitter.MaxDistance);
            Assert.AreEqual("inverse", s.Emitter.Rolloff);
            Assert.AreEqual(-6f, s.Emitter.VolumeDb);
            Assert.IsTrue(s.Emitter.Loop);
            Assert.IsFalse(s.Preview.IsSet);

            Assert.AreEqual("FAILED_PRECONDITION", e[8].Error.Code);
            Assert.AreEqual("tts", e[8].Error.Kind);
            Assert.AreEqual(900.25, e[9].Done.Timings[0].EndMs);
            Assert.AreEqual("tts", e[9].Done.Failed[0]);
            Assert.AreEqual("o1", e[9].Done.ObjectId);
        }

        [Test]
        public void UnknownPayloadIsKeptRawNotDropped()
        {
            var e = ConjureEvent.FromJson(JsonParser.Parse("{\"requestId\":\"r\",\"sequence\":3,\"hologram\":{\"x\":1}}"));
            Assert.AreEqual(ConjureEventKind.Unknown, e.Kind);
            Assert.AreEqual(3u, e.Sequence);
            Assert.AreEqual(1.0, e.Raw["hologram"].GetDouble("x"));
        }

        [Test]
        public void ResultGathersEventsAndJoinsDeltas()
        {
            var r = new ConjureResult();
            foreach (var e in Events()) r.Add(e);
            Assert.AreEqual("A whale of ticking brass \u00e9\U0001F433", r.StreamedText);
            Assert.AreEqual(r.TextDone.Text, r.Text);
            Assert.AreEqual(1, r.Errors.Count);
            Assert.IsNotNull(r.Proxy);
            Assert.IsNotNull(r.Done);
            Assert.IsNull(r.Speech);
        }

        [Test]
        public void SceneEventReadsKindAndObject()
        {
            var e = SceneEvent.FromJson(JsonParser.Parse(
                "{\"room\":\"lobby\",\"kind\":\"KIND_SPAWNED\",\"object\":{\"objectId\":\"o1\",\"seed\":\"42\",\"text\":\"t\","
                + "\"anchor\":{\"position\":{\"x\":1,\"y\":2,\"z\":3},\"rotation\":{\"x\":0,\"y\":0,\"z\":0,\"w\":0}},"
                + "\"proxy\":{\"asset\":{\"id\":\"" + Samples.Id + "\",\"mediaType\":\"model/gltf-binary\",\"size\":\"10\"}},\"complete\":false}}"));
            Assert.AreEqual(SceneEventKind.Spawned, e.Kind);
            Assert.AreEqual("lobby", e.Room);
            Assert.AreEqual(42ul, e.Object.Seed);
            Assert.AreEqual(3f, e.Object.Anchor.Position.Z);
            Assert.AreEqual(1f, e.Object.Anchor.Rotation.OrIdentity().W);
            Assert.IsTrue(e.Object.Proxy.Asset.IsSet);
            Assert.IsFalse(e.Object.Mesh.Asset.IsSet);
            Assert.AreEqual(SceneEventKind.Removed, SceneEvent.FromJson(JsonParser.Parse("{\"kind\":4}")).Kind);
        }

        [Test]
        public void ErrorEnvelopeBecomesException()
        {
            var body = JsonParser.Parse("{\"error\":{\"code\":\"INVALID_ARGUMENT\",\"message\":\"text: 4001 characters is over the limit of 4000\",\"httpStatus\":400}}");
            var e = FigmentException.FromEnvelope(body, 0);
            Assert.AreEqual("INVALID_ARGUMENT", e.Code);
            Assert.AreEqual(400, e.HttpStatus);
            Assert.AreEqual("text: 4001 characters is over the limit of 4000", e.DaemonMessage);
            Assert.IsNull(FigmentException.FromEnvelope(JsonParser.Parse("{\"detail\":\"x\"}"), 500));
            Assert.AreEqual("RESOURCE_EXHAUSTED", FigmentException.CodeForHttpStatus(429));
            Assert.AreEqual("CANCELLED", FigmentException.CodeForHttpStatus(499));
        }
    }
}
