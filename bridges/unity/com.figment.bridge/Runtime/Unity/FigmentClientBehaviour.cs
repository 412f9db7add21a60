using System;
using System.Threading;
using System.Threading.Tasks;
using UnityEngine;

namespace Figment.Bridge
{
    /// <summary>Owns one <see cref="FigmentClient"/> for a scene and runs its callbacks on the main thread.</summary>
    [DisallowMultipleComponent]
    [AddComponentMenu("Figment/Figment Client")]
    public sealed class FigmentClientBehaviour : MonoBehaviour
    {
        [Tooltip("Where the daemon is. Without one, the defaults (127.0.0.1:7341, no token) are used.")]
        [SerializeField] FigmentSettings settings;

        [Tooltip("At most this many queued callbacks run per frame, so a burst of events cannot stall a frame.")]
        [Min(1)] [SerializeField] int callbacksPerFrame = 64;

        readonly MainThreadQueue _mainThread = new MainThreadQueue();
        CancellationTokenSource _lifetime = new CancellationTokenSource();
        FigmentClient _client;

        /// <summary>The settings in use (may be null: defaults).</summary>
        public FigmentSettings Settings
        {
            get { return settings; }
            set
            {
                settings = value;
                ResetClient();
            }
        }

        /// <summary>The client, created on first use from <see cref="Settings"/>.</summary>
        public FigmentClient Client
        {
            get
            {
                if (_client == null)
                {
                    var options = settings != null ? settings.ToOptions() : new FigmentClientOptions { Log = m => Debug.LogWarning("[Figment] " + m) };
                    _client = new FigmentClient(options);
                }
                return _client;
            }
        }

        /// <summary>Callbacks posted here run in this component's Update; closed while it is disabled.</summary>
        public MainThreadQueue MainThread { get { return _mainThread; } }

        /// <summary>Cancelled when this component is disabled or destroyed: pass it (or a token linked to it)
        /// to every call. A disabled component has no Update to run callbacks, so its calls end instead.</summary>
        public CancellationToken Lifetime { get { return _lifetime.Token; } }

        /// <summary>The client in the scene, or a new one on its own GameObject.</summary>
        public static FigmentClientBehaviour FindOrCreate()
        {
            var found = FindFirstObjectByType<FigmentClientBehaviour>();
            return found != null ? found : new GameObject("Figment Client").AddComponent<FigmentClientBehaviour>();
        }

        /// <summary>Conjures with <paramref name="onEvent"/> called on the main thread; cancelled when this
        /// component is disabled or destroyed.</summary>
        /// <returns>Completes on the main thread after every event's callback has run; cancelled (never left
        /// pending) when this component is disabled or destroyed first.</returns>
        public Task<ConjureResult> Conjure(ConjureRequest request, Action<ConjureEvent> onEvent, CancellationToken cancellationToken)
        {
            var linked = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token, cancellationToken);
            var call = Client.ConjureAsync(request, _mainThread.Marshal(onEvent), linked.Token);
            call.ContinueWith(t => linked.Dispose(), TaskScheduler.Default);
            // Delivered behind the events, so the caller resumes after all of them were handled.
            return _mainThread.Deliver(call);
        }

        /// <summary>Conjures from speech streamed while the user speaks (<see cref="FigmentClient.ConjureLiveAsync"/>), with
        /// <paramref name="onEvent"/> called on the main thread. Completes on the main thread with the open session;
        /// the session is disposed (its result cancelled) when this component is disabled or destroyed.</summary>
        public Task<LiveConjure> ConjureLive(ConjureRequest request, int sampleRate, bool pushToTalk,
            Action<ConjureEvent> onEvent, CancellationToken cancellationToken)
        {
            var linked = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token, cancellationToken);
            var open = Client.ConjureLiveAsync(request, sampleRate, pushToTalk, _mainThread.Marshal(onEvent), linked.Token);
            open.ContinueWith(t =>
            {
                if (t.Status != TaskStatus.RanToCompletion) { linked.Dispose(); return; }
                var stop = linked.Token.Register(t.Result.Dispose);
                t.Result.Result.ContinueWith(r => { stop.Dispose(); linked.Dispose(); }, TaskScheduler.Default);
            }, TaskScheduler.Default);
            return _mainThread.Deliver(open);
        }

        void Awake()
        {
            _mainThread.OnError = Debug.LogException;
        }

        void OnEnable()
        {
            if (_lifetime.IsCancellationRequested)
            {
                _lifetime.Dispose();
                _lifetime = new CancellationTokenSource();
            }
            _mainThread.Open();
        }

        void Update()
        {
            _mainThread.Drain(callbacksPerFrame);
        }

        void OnDisable()
        {
            // Nothing drains the queue from now on: end the calls instead of leaving them pending.
            _lifetime.Cancel();
            _mainThread.Close();
        }

        void OnDestroy()
        {
            _lifetime.Cancel();
            _mainThread.Close();
            ResetClient();
        }

        void ResetClient()
        {
            if (_client != null) _client.Dispose();
            _client = null;
        }
    }
}
