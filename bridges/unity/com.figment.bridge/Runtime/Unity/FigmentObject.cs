using System;
using System.Collections.Generic;
using UnityEngine;

namespace Figment.Bridge
{
    /// <summary>A conjured object in the scene: its body (proxy, then mesh), sound, speech, label and motion (a mesh whose
    /// GLB breathes plays that breath itself, and the body then leaves out its "breathe" scale).</summary>
    /// <remarks>
    /// The spawner adds it; everything here runs on the main thread. The object may be revised while its text
    /// streams: a revised model morphs in place (it grows in under the same body while the one before shrinks
    /// away, over <see cref="MorphSeconds"/>) and a revised sound replaces the clip of the same AudioSource
    /// from the position the one before had reached, so the GameObject, its transform and its audio stay.
    /// </remarks>
    [AddComponentMenu("")]
    public sealed class FigmentObject : MonoBehaviour
    {
        Transform _body;
        TextMesh _label;
        Light _light;
        float _lightIntensity;
        float _born;
        float _soundVolume = 1;
        Emitter _emitter;
        List<MotionHint> _motions = new List<MotionHint>();
        GameObject _incoming, _outgoing;
        bool _modelBreathes;
        Vector3 _incomingScale, _outgoingScale;
        float _morphStart;

        /// <summary>The request that conjured it, and its id in its room once done.</summary>
        public string RequestId, ObjectId;
        /// <summary>What made it, from the latest event; show <see cref="Label.Caption"/> when <see cref="Label.Fiction"/>
        /// is set (the spawner does). Take a later label with <see cref="TakeLabel"/>.</summary>
        public Label Label = new Label();
        public ObjectSpec Spec;
        /// <summary>The text it was conjured from.</summary>
        public string Text = "";
        public GameObject Proxy, Mesh;
        public AudioSource Sound, Speech;
        /// <summary>Seconds a revised model takes to grow in while the one before shrinks away; 0 swaps at once.</summary>
        public float MorphSeconds = 0.35f;
        /// <summary>Its revisions: the latest, and which revision of each asset was asked for and is shown.</summary>
        public readonly ObjectRevisions Revisions = new ObjectRevisions();

        /// <summary>True while a revised model is still growing in (the one it replaces is then still there).</summary>
        public bool IsMorphing { get { return _incoming != null; } }

        /// <summary>The object was revised: its spec, its revision (0 is the wish's) and whether it is the final one.</summary>
        public event Action<ObjectSpec, int, bool> Revised;

        /// <summary>A proxy, mesh or sound ("proxy", "mesh", "sound") of a revision is in place: the first of its
        /// kind, or one that replaced an older revision in place.</summary>
        public event Action<string, int> AssetRevised;

        /// <summary>The text was judged by the daemon's discriminator (once it was whole): its type and the whole verdict.
        /// Raised once per verdict, on the main thread.</summary>
        public event Action<HallucinationType, Judgement> Judged;

        /// <summary>The discriminator's verdict on its text; null until judged (and for factual output).</summary>
        public Judgement Judgement { get { return Label == null ? null : Label.Judgement; } }

        /// <summary>Its hallucination type; <see cref="HallucinationType.Unspecified"/> until judged.</summary>
        public HallucinationType HallucinationType { get { return Label == null ? HallucinationType.Unspecified : Label.Type; } }

        /// <summary>Takes the label of a later event; true when it brings a verdict the object did not have: the shown
        /// label then reads its <see cref="Label.Caption"/> (the type beside the fiction label), and <see cref="Judged"/>
        /// is raised.</summary>
        public bool TakeLabel(Label label)
        {
            if (label == null) return false;
            bool judged = label.JudgedSince(Label);
            Label = label;
            if (!judged) return false;
            if (_label != null) _label.text = label.Caption;
            var handler = Judged;
            if (handler != null) handler(label.Type, label.Judgement);
            return true;
        }

        /// <summary>Takes a revision of the object's description; true (and <see cref="Revised"/>) when it is news.</summary>
        public bool Revise(ObjectSpecified revision)
        {
            if (!Revisions.Revise(revision.Revision, revision.Final))
            {
                if (revision.Revision == Revisions.Revision) Spec = revision.Spec; // provenance may have moved
                return false;
            }
            Spec = revision.Spec;
            var handler = Revised;
            if (handler != null) handler(Spec, (int)revision.Revision, revision.Final);
            return true;
        }

        /// <summary>Records that the <paramref name="kind"/> built from <paramref name="revision"/> is in place.</summary>
        public void MarkShown(string kind, uint revision)
        {
            Revisions.Shown(kind, revision);
            var handler = AssetRevised;
            if (handler != null) handler(kind, (int)revision);
        }

        /// <summary>The child that holds the visible shapes and the sound, and moves with the motion hints.</summary>
        public Transform Body
        {
            get
            {
                if (_body == null)
                {
                    _body = new GameObject("Body").transform;
                    _body.SetParent(transform, false);
                }
                return _body;
            }
        }

        void Awake() { _born = Time.time; }

        /// <summary>Starts animating the object's motion hints (replacing any before).</summary>
        public void SetMotions(List<MotionHint> motions, Color glow)
        {
            _motions = motions ?? new List<MotionHint>();
            if (_light == null && _motions.Exists(m => m.Kind == "flicker"))
            {
                _light = Body.gameObject.AddComponent<Light>();
                _light.type = LightType.Point;
                _light.color = glow;
                _light.range = 3f;
                _lightIntensity = _light.intensity = 1.5f;
            }
        }

        /// <summary>Shows the proxy (a newer one morphs in over the one before), unless a mesh is shown: the
        /// mesh stays until the next mesh morphs in, and the proxy is destroyed.</summary>
        /// <returns>Whether the proxy is shown.</returns>
        public bool ShowProxy(GameObject proxy)
        {
            if (Mesh != null) { Destroy(proxy); return false; }
            var previous = Proxy;
            Proxy = proxy;
            _modelBreathes = GlbLoader.PlayBreath(proxy, Time.time - _born);
            MorphFrom(previous, proxy);
            return true;
        }

        /// <summary>Shows the mesh: it morphs in over the mesh before it, or over the proxy.</summary>
        public void ShowMesh(GameObject mesh)
        {
            var previous = Mesh != null ? Mesh : Proxy;
            Mesh = mesh;
            Proxy = null;
            // A GLB that breathes plays its own breath (a morph target): the body then leaves out the "breathe" scale.
            _modelBreathes = GlbLoader.PlayBreath(mesh, Time.time - _born);
            MorphFrom(previous, mesh);
        }

        void MorphFrom(GameObject previous, GameObject next)
        {
            EndMorph(); // one still running finishes at once: at most one model leaves at a time
            if (previous == null) return;
            if (MorphSeconds <= 0 || !isActiveAndEnabled)
            {
                Destroy(previous);
                return;
            }
            previous.name = "Outgoing";
            _outgoing = previous;
            _outgoingScale = previous.transform.localScale;
            _incoming = next;
            _incomingScale = next.transform.localScale;
            _morphStart = Time.time;
            StepMorph();
        }

        void StepMorph()
        {
            float progress = MorphMath.Progress(Time.time - _morphStart, MorphSeconds);
            if (_incoming != null) _incoming.transform.localScale = _incomingScale * MorphMath.Incoming(progress);
            if (_outgoing != null) _outgoing.transform.localScale = _outgoingScale * MorphMath.Outgoing(progress);
            if (progress >= 1f) EndMorph();
        }

        void EndMorph()
        {
            if (_incoming != null) _incoming.transform.localScale = _incomingScale;
            if (_outgoing != null) Destroy(_outgoing);
            _incoming = null;
            _outgoing = null;
        }

        /// <summary>Plays the object's own sound as a 3D emitter at its place on the body; a revised sound
        /// replaces the clip of the same AudioSource and goes on from where the one before was (wrapped into a
        /// shorter loop, see <see cref="PlaybackMath.Resume"/>), so a revision does not restart it.</summary>
        public void PlaySound(AudioClip clip, Emitter emitter)
        {
            if (Sound == null)
            {
                var go = new GameObject("Sound");
                go.transform.SetParent(Body, false);
                Sound = go.AddComponent<AudioSource>();
            }
            bool playing = Sound.clip != null && Sound.isPlaying;
            float time = playing ? Sound.time : 0f;
            _emitter = emitter;
            Sound.transform.localPosition = UnityConvert.ToUnity(emitter.Position);
            Sound.clip = clip;
            UnityConvert.ApplyEmitter(Sound, emitter);
            _soundVolume = Sound.volume;
            var position = PlaybackMath.Resume(playing, time, clip.length, Sound.loop);
            if (position == null)
            {
                Sound.Stop(); // a one-shot shorter than where the one before was: it would have finished
                return;
            }
            Sound.Play();
            Sound.time = position.Value;
        }

        /// <summary>Plays the spoken line once, from the object.</summary>
        public void PlaySpeech(AudioClip clip)
        {
            if (Speech == null)
            {
                Speech = gameObject.AddComponent<AudioSource>();
                Speech.spatialBlend = 1f;
                Speech.playOnAwake = false;
            }
            Speech.clip = clip;
            Speech.loop = false;
            Speech.Play();
        }

        /// <summary>The fiction label's text mesh, once shown.</summary>
        public TextMesh LabelText { get { return _label; } }

        /// <summary>Shows <paramref name="text"/> as world-space text above the object, turned to the camera.</summary>
        public void ShowLabel(string text, float height, Color color)
        {
            if (_label == null)
            {
                var go = new GameObject("Label");
                go.transform.SetParent(transform, false);
                _label = go.AddComponent<TextMesh>();
                // A TextMesh without a font draws nothing, and the built-in font is "LegacyRuntime.ttf" since
                // 2022.2 ("Arial.ttf" no longer loads); the label is a promise, so it must be visible.
                var font = Resources.GetBuiltinResource<Font>("LegacyRuntime.ttf");
                if (font != null)
                {
                    _label.font = font;
                    go.GetComponent<MeshRenderer>().sharedMaterial = font.material;
                }
                else
                {
                    Debug.LogError("[Figment] the built-in font LegacyRuntime.ttf is missing: the fiction label cannot be drawn");
                }
                _label.anchor = TextAnchor.LowerCenter;
                _label.alignment = TextAlignment.Center;
                _label.characterSize = 0.02f;
                _label.fontSize = 48;
            }
            _label.transform.localPosition = new Vector3(0, height, 0);
            _label.color = color;
            _label.text = text;
        }

        void LateUpdate()
        {
            if (_incoming != null || _outgoing != null) StepMorph();
            var s = MotionMath.Evaluate(_motions, Time.time - _born, _modelBreathes);
            if (_body != null)
            {
                _body.localPosition = UnityConvert.ToUnity(s.Offset);
                // Mirroring x turns a yaw the other way.
                _body.localRotation = Quaternion.Euler(0, -s.YawDeg, 0);
                _body.localScale = Vector3.one * s.Scale;
            }
            if (_light != null) _light.intensity = _lightIntensity * s.Brightness;

            var cam = Camera.main;
            if (cam == null) return;
            if (_label != null)
                _label.transform.rotation = Quaternion.LookRotation(_label.transform.position - cam.transform.position, Vector3.up);
            if (Sound != null && _emitter != null)
            {
                // Unity's AudioSource has no cone: apply the emitter's directivity by hand.
                var toListener = cam.transform.position - Sound.transform.position;
                float angle = Vector3.Angle(Sound.transform.forward, toListener);
                Sound.volume = _soundVolume * EmitterMath.ConeGain(angle, _emitter.ConeInnerDeg, _emitter.ConeOuterDeg, _emitter.ConeOuterGain);
            }
        }
    }
}
