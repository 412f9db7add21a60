using System.Collections.Generic;
using UnityEngine;

namespace Figment.Bridge
{
    /// <summary>A conjured object in the scene: its body (proxy, then mesh), sound, speech, label and motion.</summary>
    /// <remarks>The spawner adds it; everything here runs on the main thread.</remarks>
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

        /// <summary>The request that conjured it, and its id in its room once done.</summary>
        public string RequestId, ObjectId;
        /// <summary>What made it; show <see cref="Label.Text"/> when <see cref="Label.Fiction"/> is set.</summary>
        public Label Label = new Label();
        public ObjectSpec Spec;
        /// <summary>The text it was conjured from.</summary>
        public string Text = "";
        public GameObject Proxy, Mesh;
        public AudioSource Sound, Speech;

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

        /// <summary>Shows the proxy, unless the mesh already arrived.</summary>
        public void ShowProxy(GameObject proxy)
        {
            if (Mesh != null) { Destroy(proxy); return; }
            Proxy = proxy;
        }

        /// <summary>Shows the mesh and removes the proxy.</summary>
        public void ShowMesh(GameObject mesh)
        {
            if (Mesh != null) Destroy(Mesh);
            Mesh = mesh;
            if (Proxy != null) Destroy(Proxy);
            Proxy = null;
        }

        /// <summary>Plays the object's own sound as a 3D emitter at its place on the body.</summary>
        public void PlaySound(AudioClip clip, Emitter emitter)
        {
            if (Sound == null)
            {
                var go = new GameObject("Sound");
                go.transform.SetParent(Body, false);
                Sound = go.AddComponent<AudioSource>();
            }
            _emitter = emitter;
            Sound.transform.localPosition = UnityConvert.ToUnity(emitter.Position);
            Sound.clip = clip;
            UnityConvert.ApplyEmitter(Sound, emitter);
            _soundVolume = Sound.volume;
            Sound.Play();
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
            var s = MotionMath.Evaluate(_motions, Time.time - _born);
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
