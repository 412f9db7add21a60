using System;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using UnityEngine;
using Object = UnityEngine.Object;

namespace Figment.Bridge.Tests
{
    /// <summary>Checks of the Unity layer; they run in Unity's Test Runner, in Play Mode (the Mono build only
    /// compiles them, against the reference assemblies).</summary>
    [TestFixture]
    public class UnityLayerTests
    {
        [Test]
        public void PositionsAndRotationsRoundTripThroughTheDaemonFrame()
        {
            var p = new Vector3(1, 2, 3);
            var daemon = UnityConvert.FromUnity(p);
            Assert.AreEqual(-1f, daemon.X);
            var back = UnityConvert.ToUnity(daemon);
            Assert.AreEqual(p.x, back.x);
            Assert.AreEqual(p.z, back.z);
            var q = Quaternion.Euler(0, 30, 0);
            var q2 = UnityConvert.ToUnity(UnityConvert.FromUnity(q));
            Assert.AreEqual(q.y, q2.y, 1e-6);
            Assert.AreEqual(q.w, q2.w, 1e-6);
        }

        [Test]
        public void SettingsBuildTheGatewayAddress()
        {
            var settings = ScriptableObject.CreateInstance<FigmentSettings>();
            settings.host = "192.168.1.20";
            settings.port = 9000;
            settings.token = "t";
            var options = settings.ToOptions();
            Assert.AreEqual("http://192.168.1.20:9000/", options.BaseUri.AbsoluteUri);
            Assert.AreEqual("t", options.Token);
            Object.DestroyImmediate(settings);
        }

        [Test]
        public void SpawnerRequestsCarryItsSettingsAndAnchor()
        {
            var go = new GameObject("spawner");
            var spawner = go.AddComponent<FigmentSpawner>();
            spawner.Consent = true;
            var request = spawner.NewRequest("a lamp that hums");
            Assert.AreEqual("a lamp that hums", request.Text);
            Assert.IsTrue(request.Consent);
            Assert.AreEqual(Mode.Imaginative, request.Mode);
            Assert.IsTrue(request.Anchor.HasValue);
            Object.DestroyImmediate(go);
        }

        [Test]
        public void TheFictionLabelHasAFontAndItsMaterial()
        {
            var go = new GameObject("object");
            var obj = go.AddComponent<FigmentObject>();
            obj.ShowLabel("Imagined (fiction, not fact)", 0.5f, Color.white);
            Assert.IsNotNull(obj.LabelText.font, "a TextMesh without a font draws nothing");
            var renderer = obj.LabelText.GetComponent<MeshRenderer>();
            Assert.IsNotNull(renderer.sharedMaterial);
            Assert.AreEqual(obj.LabelText.font.material, renderer.sharedMaterial);
            Object.DestroyImmediate(go);
        }

        [Test]
        public void AJudgedLabelShowsItsTypeAndIsAnnouncedOnce()
        {
            var go = new GameObject("object");
            var obj = go.AddComponent<FigmentObject>();
            var unjudged = new Label { Fiction = true, Text = "Imagined (fiction, not fact): pip 1, intensity 1." };
            Assert.IsFalse(obj.TakeLabel(unjudged), "no verdict yet");
            obj.ShowLabel(unjudged.Caption, 0.5f, Color.white);
            Assert.AreEqual(unjudged.Text, obj.LabelText.text);
            var heard = new System.Collections.Generic.List<HallucinationType>();
            obj.Judged += (type, judgement) => heard.Add(type);
            var judged = new Label
            {
                Fiction = true,
                Text = unjudged.Text + " Type II, uselessly insightful.",
                Judgement = new Judgement { Type = HallucinationType.TypeII, Coherence = 0.8f },
            };
            Assert.IsTrue(obj.TakeLabel(judged));
            Assert.IsFalse(obj.TakeLabel(judged), "the same verdict again");
            StringAssert.StartsWith("Imagined \u00b7 Type II\n", obj.LabelText.text, "the shown label names the type");
            CollectionAssert.AreEqual(new[] { HallucinationType.TypeII }, heard);
            Assert.AreEqual(HallucinationType.TypeII, obj.HallucinationType);
            Assert.AreEqual(0.8f, obj.Judgement.Coherence);
            Object.DestroyImmediate(go);
        }

        [Test]
        public void DisablingTheClientEndsItsConjuresInsteadOfLeavingThemPending()
        {
            var go = new GameObject("client");
            var client = go.AddComponent<FigmentClientBehaviour>();
            var settings = ScriptableObject.CreateInstance<FigmentSettings>();
            settings.port = 9; // discard: nothing answers, so the call is still retrying when disabled
            client.Settings = settings;
            var call = client.Conjure(ConjureRequest.Imagine("a lamp"), null, CancellationToken.None);
            client.enabled = false;
            Assert.IsTrue(((Task)call).ContinueWith(t => { }).Wait(TimeSpan.FromSeconds(10)), "still pending");
            Assert.IsTrue(call.IsCanceled);
            Object.DestroyImmediate(go);
            Object.DestroyImmediate(settings);
        }

        [Test]
        public void ARevisionMorphsInPlaceOnTheSameObject()
        {
            var go = new GameObject("object");
            go.transform.position = new Vector3(1, 0, -2);
            var obj = go.AddComponent<FigmentObject>();
            var revisions = new System.Collections.Generic.List<int>();
            obj.Revised += (spec, revision, final) => revisions.Add(final ? -revision - 1 : revision);
            Assert.IsTrue(obj.Revise(new ObjectSpecified { Spec = new ObjectSpec { Name = "lamp" } }));
            Assert.IsFalse(obj.Revise(new ObjectSpecified { Spec = new ObjectSpec { Name = "lamp" } }), "the same revision again");
            Assert.IsTrue(obj.Revise(new ObjectSpecified { Spec = new ObjectSpec { Name = "brass lamp" }, Revision = 1, Final = true }));
            CollectionAssert.AreEqual(new[] { 0, -2 }, revisions);
            Assert.AreEqual("brass lamp", obj.Spec.Name);

            obj.MorphSeconds = 0.5f;
            var proxy = new GameObject("Proxy");
            proxy.transform.SetParent(obj.Body, false);
            Assert.IsTrue(obj.ShowProxy(proxy));
            Assert.IsFalse(obj.IsMorphing, "nothing to morph from");
            var mesh = new GameObject("Mesh");
            mesh.transform.SetParent(obj.Body, false);
            obj.ShowMesh(mesh);
            Assert.AreSame(mesh, obj.Mesh);
            Assert.IsNull(obj.Proxy);
            Assert.IsTrue(obj.IsMorphing);
            Assert.AreEqual("Outgoing", proxy.name, "the proxy shrinks away under the same body");
            Assert.AreEqual(MorphMath.MinScale, mesh.transform.localScale.x, 1e-4, "the mesh grows in from nothing");
            var late = new GameObject("Proxy");
            late.transform.SetParent(obj.Body, false);
            Assert.IsFalse(obj.ShowProxy(late), "a proxy never replaces a mesh");
            var revised = new GameObject("Mesh");
            revised.transform.SetParent(obj.Body, false);
            obj.ShowMesh(revised);
            Assert.AreSame(revised, obj.Mesh);
            Assert.AreEqual(1f, mesh.transform.localScale.x, 1e-6, "a morph still running finishes at once");
            Assert.AreEqual(new Vector3(1, 0, -2), go.transform.position, "the object stays where it was");
            Object.DestroyImmediate(go);
        }

        [Test]
        public void EmitterSettingsReachTheAudioSource()
        {
            var go = new GameObject("emitter");
            var source = go.AddComponent<AudioSource>();
            UnityConvert.ApplyEmitter(source, new Emitter { MinDistance = 2, MaxDistance = 30, Rolloff = "linear", VolumeDb = 0, Loop = true, Doppler = 0.5f });
            Assert.AreEqual(1f, source.spatialBlend);
            Assert.AreEqual(2f, source.minDistance);
            Assert.AreEqual(30f, source.maxDistance);
            Assert.AreEqual(AudioRolloffMode.Linear, source.rolloffMode);
            Assert.IsTrue(source.loop);
            Assert.AreEqual(1f, source.volume, 1e-6);
            Object.DestroyImmediate(go);
        }
    }
}
