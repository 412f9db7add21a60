using UnityEngine;

namespace Figment.Bridge.Samples
{
    /// <summary>The XR Conjurer sample: type or say a wish, and it appears in front of you.</summary>
    /// <remarks>
    /// A screen-space panel (works in the editor, on desktop and in the XR Device Simulator). Speech streams
    /// to the daemon while the user speaks (ConjureLive, through the <see cref="FigmentMicrophone"/> beside it):
    /// what was heard so far shows as the user talks, the object appears as soon as the words name one and is
    /// revised as they go on, and releasing the button ends the utterance (push-to-talk). On a headset, wire
    /// your controller's buttons to <see cref="ConjureTyped"/>, <see cref="StartListening"/> (pressed) and
    /// <see cref="StopListening"/> (released), for example from an XR Interaction Toolkit event.
    /// </remarks>
    [RequireComponent(typeof(FigmentSpawner))]
    [RequireComponent(typeof(FigmentMicrophone))]
    public sealed class XRConjurer : MonoBehaviour
    {
        [SerializeField] string wish = "something impossible floating above the table";

        FigmentSpawner _spawner;
        FigmentMicrophone _microphone;
        string _status = "Type a wish, or hold Speak.";
        string _heard = "";
        string _streamed = "";
        bool _holding;

        void Awake()
        {
            _spawner = GetComponent<FigmentSpawner>();
            _microphone = GetComponent<FigmentMicrophone>();
            _spawner.Heard += OnHeard;
            _spawner.textChanged.AddListener(t => _streamed = t);
            _spawner.spawned.AddListener(o => _status = "Spawned " + o.name);
            _spawner.revised.AddListener(o => _status = "Revised " + o.name);
            _spawner.failed.AddListener(m => _status = m);
            _spawner.judged.AddListener(o => _status = "Judged: " + o.Judgement);
            _spawner.completed.AddListener(o => _status = "Done: " + o.name + (o.Judgement != null ? ", " + o.Judgement : ""));
        }

        void OnDestroy()
        {
            if (_spawner != null) _spawner.Heard -= OnHeard;
        }

        void OnHeard(Transcript transcript)
        {
            _heard = transcript.Text;
            if (!transcript.Partial) _status = "Heard the whole wish; conjuring...";
        }

        /// <summary>Conjures the typed wish.</summary>
        public void ConjureTyped()
        {
            _heard = "";
            _streamed = "";
            _status = "Conjuring...";
            _spawner.Conjure(wish);
        }

        /// <summary>Starts streaming the microphone to the daemon (the talk button pressed).</summary>
        public void StartListening()
        {
#if UNITY_WEBGL
            _status = "No microphone on WebGL; type instead.";
#else
            if (_microphone.IsListening) return;
            if (Microphone.devices.Length == 0) { _status = "No microphone."; return; }
            _heard = "";
            _streamed = "";
            _status = _microphone.StartListening() ? "Say your wish." : "The microphone did not start.";
#endif
        }

        /// <summary>Ends the utterance (the talk button released): the daemon finishes what it heard and conjures it.</summary>
        public void StopListening()
        {
            if (!_microphone.IsListening) return;
            _microphone.StopListening();
            _status = "Conjuring what you said...";
        }

        void OnGUI()
        {
            GUILayout.BeginArea(new Rect(10, 10, Mathf.Min(520, Screen.width - 20), 280), GUI.skin.box);
            GUILayout.Label("Figment - XR Conjurer");
            wish = GUILayout.TextField(wish);
            _spawner.Consent = GUILayout.Toggle(_spawner.Consent, "I know the answer is fiction (imaginative mode)");
            GUILayout.BeginHorizontal();
            if (GUILayout.Button("Conjure")) ConjureTyped();
            // Held: one StartListening per press; released (seen at the next repaint): the utterance ends.
            if (GUILayout.RepeatButton("Hold to speak"))
            {
                if (!_holding) StartListening();
                _holding = true;
            }
            else if (_holding && Event.current.type == EventType.Repaint)
            {
                _holding = false;
                StopListening();
            }
            GUILayout.EndHorizontal();
            if (_microphone.IsListening) GUILayout.Label(_holding ? "Listening... release to finish." : "Listening...");
            GUILayout.Label(_status);
            if (_heard.Length > 0) GUILayout.Label("Heard: " + _heard);
            GUILayout.Label(_streamed);
            GUILayout.EndArea();
        }
    }
}
