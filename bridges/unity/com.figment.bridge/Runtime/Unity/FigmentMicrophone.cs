using System;
using System.Threading;
using System.Threading.Tasks;
using UnityEngine;

namespace Figment.Bridge
{
    /// <summary>Conjures from the microphone while the user speaks: streams what it records to the daemon as it
    /// comes (ConjureLive), so the object can appear before the user has finished.</summary>
    /// <remarks>
    /// Call <see cref="StartListening"/> when the user starts (a button pressed) and <see cref="StopListening"/>
    /// when they stop (released). Without push-to-talk the daemon also ends the utterance at the silence after
    /// speech; the microphone stops by itself then. The object is spawned by the <see cref="FigmentSpawner"/>
    /// beside this component, with its events. Not on WebGL, which has no Microphone class.
    /// </remarks>
    [RequireComponent(typeof(FigmentSpawner))]
    [AddComponentMenu("Figment/Figment Microphone")]
    public sealed class FigmentMicrophone : MonoBehaviour
    {
        [Tooltip("The microphone to record from; empty for the default one.")]
        [SerializeField] string device = "";
        [Tooltip("The rate asked of the microphone, in Hz (the daemon takes 8000-48000).")]
        [Range(8000, 48000)] [SerializeField] int sampleRate = 16000;
        [Tooltip("End only at StopListening (push-to-talk), not at the silence after speech.")]
        [SerializeField] bool pushToTalk;
        [Tooltip("Seconds of audio the microphone buffers: the longest wait for the daemon's socket to open.")]
        [Range(1, 30)] [SerializeField] int bufferSeconds = 10;

        FigmentSpawner _spawner;
        AudioClip _clip;
        LiveConjure _live;
        bool _stopping;
        int _read;
        float[] _buffer = new float[0];

        /// <summary>True while the microphone records.</summary>
        public bool IsListening { get { return _clip != null; } }

        /// <summary>The conjure of the last <see cref="StartListening"/>: the object, once every event was handled.</summary>
        public Task<FigmentObject> Conjure { get; private set; }

        string Device { get { return string.IsNullOrEmpty(device) ? null : device; } }

        void Awake() { _spawner = GetComponent<FigmentSpawner>(); }

        /// <summary>Starts recording and conjuring what is said; false when there is no microphone (or already listening).</summary>
        public bool StartListening()
        {
#if UNITY_WEBGL
            return false;
#else
            if (_clip != null || Microphone.devices.Length == 0) return false;
            _clip = Microphone.Start(Device, true, bufferSeconds, sampleRate);
            _read = 0;
            _live = null;
            _stopping = false;
            var clip = _clip;
            Conjure = _spawner.ConjureLiveAsync(clip.frequency, pushToTalk, live =>
            {
                if (_clip == clip) _live = live;
                else live.EndAsync(); // the microphone was turned off meanwhile
            }, CancellationToken.None);
            // Failures reach the spawner's `failed` event; observed here so they are not rethrown at finalization.
            Conjure.ContinueWith(t => { var ignored = t.Exception; }, TaskContinuationOptions.OnlyOnFaulted);
            return true;
#endif
        }

        /// <summary>Stops recording: the daemon transcribes what it heard and conjures it (push-to-talk released).
        /// Before the daemon's socket is open, the recording goes on until it is, so nothing said is lost.</summary>
        public void StopListening()
        {
            if (_clip == null) return;
            _stopping = true;
            if (_live != null) Finish();
        }

        void Update()
        {
            if (_clip == null) return;
            if (_live == null)
            {
                // Until the socket opens, the microphone's buffer keeps the audio; a conjure that failed first ends it.
                if (Conjure != null && Conjure.IsCompleted) StopMicrophone();
                return;
            }
            if (_stopping) Finish();
            else if (!_live.Listening) StopMicrophone(); // the daemon heard the whole utterance
            else Send();
        }

        void OnDisable()
        {
            if (_live != null) Finish();
            else StopMicrophone();
        }

        void Finish()
        {
            Send();
            _live.EndAsync();
            StopMicrophone();
        }

        // Everything recorded since the last send, as mono samples.
        void Send()
        {
#if !UNITY_WEBGL
            if (_live == null || _clip == null) return;
            int position = Microphone.GetPosition(Device);
            int frames = (position - _read + _clip.samples) % _clip.samples;
            if (frames == 0) return;
            int channels = _clip.channels;
            if (_buffer.Length != frames * channels) _buffer = new float[frames * channels];
            _clip.GetData(_buffer, _read); // wraps around the ring buffer
            _read = position;
            var mono = new float[frames];
            for (int i = 0; i < frames; i++)
            {
                float sum = 0;
                for (int c = 0; c < channels; c++) sum += _buffer[i * channels + c];
                mono[i] = sum / channels;
            }
            _live.SendAsync(mono, 0, frames); // in order; never throws for a closed connection
#endif
        }

        void StopMicrophone()
        {
#if !UNITY_WEBGL
            if (_clip != null) Microphone.End(Device);
#endif
            _clip = null;
            _live = null;
        }
    }
}
