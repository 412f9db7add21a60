using UnityEngine;

namespace Figment.Bridge.Samples
{
    /// <summary>The XR Conjurer sample: type or say a wish, and it appears in front of you.</summary>
    /// <remarks>
    /// A screen-space panel (works in the editor, on desktop and in the XR Device Simulator). On a headset,
    /// wire your controller's buttons to <see cref="ConjureTyped"/>, <see cref="StartListening"/> and
    /// <see cref="StopListeningAndConjure"/> (for example from an XR Interaction Toolkit event).
    /// </remarks>
    [RequireComponent(typeof(FigmentSpawner))]
    public sealed class XRConjurer : MonoBehaviour
    {
        [SerializeField] string wish = "something impossible floating above the table";
        [Tooltip("Longest recording, in seconds.")]
        [SerializeField] int maxRecordSeconds = 8;

        FigmentSpawner _spawner;
        string _status = "Type a wish, or hold Speak.";
        string _streamed = "";
        AudioClip _recording;
        const int MicRate = 16000;

        void Awake()
        {
            _spawner = GetComponent<FigmentSpawner>();
            _spawner.textChanged.AddListener(t => _streamed = t);
            _spawner.spawned.AddListener(o => _status = "Spawned " + o.name);
            _spawner.failed.AddListener(m => _status = m);
            _spawner.judged.AddListener(o => _status = "Judged: " + o.Judgement);
            _spawner.completed.AddListener(o => _status = "Done: " + o.name + (o.Judgement != null ? ", " + o.Judgement : ""));
        }

        /// <summary>Conjures the typed wish.</summary>
        public void ConjureTyped()
        {
            _streamed = "";
            _status = "Conjuring...";
            _spawner.Conjure(wish);
        }

        /// <summary>Starts recording from the default microphone, where the platform has one.</summary>
        public void StartListening()
        {
#if !UNITY_WEBGL
            if (Microphone.devices.Length == 0) { _status = "No microphone."; return; }
            _recording = Microphone.Start(null, false, maxRecordSeconds, MicRate);
            _status = "Listening...";
#else
            _status = "No microphone on WebGL; type instead.";
#endif
        }

        /// <summary>Stops recording and conjures what was said.</summary>
        public void StopListeningAndConjure()
        {
#if !UNITY_WEBGL
            if (_recording == null) return;
            int frames = Microphone.GetPosition(null);
            Microphone.End(null);
            if (frames <= 0) frames = _recording.samples;
            var samples = new float[frames * _recording.channels];
            _recording.GetData(samples, 0);
            int rate = _recording.frequency, channels = _recording.channels;
            _recording = null;
            _streamed = "";
            _status = "Conjuring from speech...";
            _spawner.ConjureSpeech(Mono(samples, channels), rate);
#endif
        }

        static float[] Mono(float[] interleaved, int channels)
        {
            if (channels <= 1) return interleaved;
            var mono = new float[interleaved.Length / channels];
            for (int i = 0; i < mono.Length; i++)
            {
                float sum = 0;
                for (int c = 0; c < channels; c++) sum += interleaved[i * channels + c];
                mono[i] = sum / channels;
            }
            return mono;
        }

        void OnGUI()
        {
            GUILayout.BeginArea(new Rect(10, 10, Mathf.Min(520, Screen.width - 20), 260), GUI.skin.box);
            GUILayout.Label("Figment - XR Conjurer");
            wish = GUILayout.TextField(wish);
            _spawner.Consent = GUILayout.Toggle(_spawner.Consent, "I know the answer is fiction (imaginative mode)");
            GUILayout.BeginHorizontal();
            if (GUILayout.Button("Conjure")) ConjureTyped();
            if (GUILayout.RepeatButton("Hold to speak")) { if (_recording == null) StartListening(); }
            else if (_recording != null && Event.current.type == EventType.Repaint) StopListeningAndConjure();
            GUILayout.EndHorizontal();
            GUILayout.Label(_status);
            GUILayout.Label(_streamed);
            GUILayout.EndArea();
        }
    }
}
