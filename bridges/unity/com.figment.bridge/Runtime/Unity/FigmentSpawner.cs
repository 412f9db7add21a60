using System;
using System.Threading;
using System.Threading.Tasks;
using UnityEngine;
using UnityEngine.Events;

namespace Figment.Bridge
{
    /// <summary>Conjures objects into the scene: at an anchor transform, or in front of the (XR) camera.</summary>
    /// <remarks>
    /// The proxy appears as soon as the daemon has it, the mesh replaces it, the object's sound plays on a
    /// 3D AudioSource with the daemon's emitter settings, motion hints animate it, and imaginative output
    /// carries its fiction label as world-space text, with its hallucination type beside it once the daemon has
    /// judged the whole text (<see cref="judged"/>). When the daemon revises the object while its text
    /// streams, the same object morphs into each revision (<see cref="revised"/> says which); an asset
    /// older than one already asked for is never shown. Every callback and event runs on the main thread.
    /// </remarks>
    [AddComponentMenu("Figment/Figment Spawner")]
    public sealed class FigmentSpawner : MonoBehaviour
    {
        [Tooltip("The client to use; the scene's client (or a new one) when empty.")]
        [SerializeField] FigmentClientBehaviour client;

        [Header("Placement")]
        [Tooltip("Spawn here. When empty, spawn in front of the main camera (the XR camera in an XR rig).")]
        [SerializeField] Transform anchor;
        [Tooltip("Metres in front of the camera, when there is no anchor.")]
        [Min(0.1f)] [SerializeField] float distance = 1.5f;

        [Header("Request")]
        [SerializeField] Mode mode = Mode.Imaginative;
        [Tooltip("The user agreed to fiction. Without it the daemon answers factually and says so in the label.")]
        [SerializeField] bool consent;
        [Range(0f, 1.5f)] [SerializeField] float intensity = 1f;
        [Tooltip("Broadcast spawns to this room's subscribers; empty for none.")]
        [SerializeField] string room = "";
        [Tooltip("Also speak a line.")]
        [SerializeField] bool speak = true;
        [Tooltip("0 lets the daemon choose; the same seed and request give the same object.")]
        [SerializeField] long seed;
        [Tooltip("Let the daemon's router choose the domain experts for each wish (the blend \"auto\"); the label's adapters then name them.")]
        [SerializeField] bool autoExperts;
        [Tooltip("Imaginative answers the text stage decodes together, keeping the one the daemon judges best (the daemon allows 1 to 4).")]
        [Range(1, 4)] [SerializeField] int candidates = 1;

        [Header("Presentation")]
        [SerializeField] bool showLabel = true;
        [SerializeField] Color labelColor = new Color(1f, 0.85f, 0.4f, 1f);
        [Tooltip("Seconds a revised model takes to grow in while the one before shrinks away; 0 swaps at once.")]
        [Min(0f)] [SerializeField] float morphSeconds = 0.35f;

        [Header("Events")]
        [Tooltip("An object appeared (its proxy or mesh is in the scene).")]
        public UnityEvent<FigmentObject> spawned = new UnityEvent<FigmentObject>();
        [Tooltip("The object was revised while its text streamed (it morphs in place): read FigmentObject.Spec and FigmentObject.Revisions (Revision, Final).")]
        public UnityEvent<FigmentObject> revised = new UnityEvent<FigmentObject>();
        [Tooltip("The generated text so far, as it streams in.")]
        public UnityEvent<string> textChanged = new UnityEvent<string>();
        [Tooltip("A stage failed, or the call failed or was cancelled (also when the client was disabled); the message says which.")]
        public UnityEvent<string> failed = new UnityEvent<string>();
        [Tooltip("The daemon judged the text once it was whole: read FigmentObject.HallucinationType and FigmentObject.Judgement (the shown label already names the type).")]
        public UnityEvent<FigmentObject> judged = new UnityEvent<FigmentObject>();
        [Tooltip("The conjure finished (every event handled and every asset requested).")]
        public UnityEvent<FigmentObject> completed = new UnityEvent<FigmentObject>();

        /// <summary>Whether the user consented to fiction (bind it to your consent UI).</summary>
        public bool Consent { get { return consent; } set { consent = value; } }

        /// <summary>The client in use.</summary>
        public FigmentClientBehaviour Client
        {
            get
            {
                if (client == null) client = FigmentClientBehaviour.FindOrCreate();
                return client;
            }
        }

        /// <summary>Conjures <paramref name="text"/> (for UI events: errors go to <see cref="failed"/>).</summary>
        public void Conjure(string text) { Forget(ConjureAsync(NewRequest(text), CancellationToken.None)); }

        /// <summary>Conjures from recorded speech (mono samples in [-1, 1]).</summary>
        public void ConjureSpeech(float[] samples, int sampleRate)
        {
            var request = NewRequest(null);
            request.Audio = AudioInput.FromSamples(samples, sampleRate);
            Forget(ConjureAsync(request, CancellationToken.None));
        }

        /// <summary>A request with this spawner's settings and placement.</summary>
        public ConjureRequest NewRequest(string text)
        {
            var request = new ConjureRequest
            {
                Text = text,
                Mode = mode,
                Consent = consent,
                Intensity = intensity,
                Room = room,
                Speak = speak,
                Anchor = UnityConvert.PoseOf(SpawnPoint()),
            };
            if (seed != 0) request.Seed = unchecked((ulong)seed);
            if (autoExperts) request.Blend.Add(AdapterWeight.Auto());
            if (candidates != 1) request.Candidates = candidates;
            return request;
        }

        /// <summary>What the user said so far, while a conjure from speech listens (partial), then what was heard (final).</summary>
        public event Action<Transcript> Heard;

        /// <summary>Conjures and spawns; returns the object once every event has been handled.</summary>
        /// <exception cref="OperationCanceledException">Cancelled, or the client was disabled or destroyed
        /// (<see cref="failed"/> says which).</exception>
        public Task<FigmentObject> ConjureAsync(ConjureRequest request, CancellationToken cancellationToken)
        {
            return SpawnAsync(request.Text, (onEvent, token) => Client.Conjure(request, onEvent, token), cancellationToken);
        }

        /// <summary>Conjures from speech while the user speaks (ConjureLive): the object appears as soon as the words
        /// name one, and is revised as they go on. <paramref name="started"/> gets the open session on the main thread:
        /// feed it mono PCM as it is recorded, and end it when the user stops (<see cref="FigmentMicrophone"/> does
        /// both from a microphone).</summary>
        /// <param name="sampleRate">The rate of the PCM you will send, in [8000, 48000] Hz.</param>
        /// <param name="pushToTalk">End only at <see cref="LiveConjure.EndAsync"/>, not at the silence after speech.</param>
        /// <exception cref="OperationCanceledException">Cancelled, or the client was disabled or destroyed.</exception>
        public Task<FigmentObject> ConjureLiveAsync(int sampleRate, bool pushToTalk, Action<LiveConjure> started, CancellationToken cancellationToken)
        {
            if (started == null) throw new ArgumentNullException("started");
            var request = NewRequest(null);
            return SpawnAsync(null, async (onEvent, token) =>
            {
                var live = await Client.ConjureLive(request, sampleRate, pushToTalk, onEvent, token);
                started(live);
                return await Client.MainThread.Deliver(live.Result);
            }, cancellationToken);
        }

        // One object per conjure, whatever it is conjured from: every event of the call goes to it.
        async Task<FigmentObject> SpawnAsync(string wish, Func<Action<ConjureEvent>, CancellationToken, Task<ConjureResult>> call,
            CancellationToken cancellationToken)
        {
            var point = SpawnPoint();
            var root = new GameObject("Figment: " + (wish ?? "speech"));
            root.transform.SetPositionAndRotation(point.position, point.rotation);
            var obj = root.AddComponent<FigmentObject>();
            obj.Text = wish ?? "";
            obj.MorphSeconds = morphSeconds;
            var lifetime = Client.Lifetime;
            var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime);
            var text = new System.Text.StringBuilder();
            var pending = new System.Collections.Generic.List<Task>();
            try
            {
                var result = await call(e => pending.Add(Handle(obj, e, text, linked.Token)), linked.Token);
                await Task.WhenAll(pending);
                obj.ObjectId = result.Done.ObjectId;
                completed.Invoke(obj);
                return obj;
            }
            catch (OperationCanceledException)
            {
                // Every conjure ends with completed or failed, so a UI waiting on one never waits forever.
                failed.Invoke(lifetime.IsCancellationRequested
                    ? "CANCELLED: the Figment client was disabled or destroyed"
                    : "CANCELLED: the conjure was cancelled");
                throw;
            }
            catch (Exception e)
            {
                failed.Invoke(e is FigmentException ? e.Message : e.GetType().Name + ": " + e.Message);
                throw;
            }
            finally
            {
                // Asset loads may still be winding down after a cancel: they hold the linked token until then.
                Forget(Task.WhenAll(pending).ContinueWith(t => linked.Dispose(), TaskScheduler.Default));
            }
        }

        /// <summary>Handles one event on the main thread; asset work continues in the returned task.</summary>
        Task Handle(FigmentObject obj, ConjureEvent e, System.Text.StringBuilder text, CancellationToken ct)
        {
            // The label of every event after the whole text carries the verdict: the first one updates the shown label.
            if (obj.TakeLabel(e.Label)) judged.Invoke(obj);
            switch (e.Kind)
            {
                case ConjureEventKind.Accepted:
                    obj.RequestId = e.Accepted.RequestId;
                    break;
                case ConjureEventKind.Transcript:
                    if (!e.Transcript.Partial) obj.Text = e.Transcript.Text;
                    var heard = Heard;
                    if (heard != null) heard(e.Transcript);
                    break;
                case ConjureEventKind.TextDelta:
                    text.Append(e.TextDelta);
                    textChanged.Invoke(text.ToString());
                    break;
                case ConjureEventKind.TextDone:
                    textChanged.Invoke(e.TextDone.Text);
                    break;
                case ConjureEventKind.Object:
                    if (!obj.Revise(e.Object)) break;
                    obj.gameObject.name = "Figment: " + e.Object.Spec.Name;
                    var glow = e.Object.Spec.Materials.Count > 0 ? UnityConvert.ToUnity(e.Object.Spec.Materials[0].BaseColor) : Color.white;
                    obj.SetMotions(e.Object.Spec.Motions, glow);
                    if (showLabel && e.Label.Fiction) obj.ShowLabel(e.Label.Caption, e.Object.Spec.Size.Y + 0.1f, labelColor);
                    revised.Invoke(obj);
                    break;
                case ConjureEventKind.Proxy:
                    if (!obj.Revisions.Ask("proxy", e.Proxy.Revision, e.Proxy.Asset.Id)) break;
                    return LoadBody(obj, e.Proxy.Asset, "proxy", e.Proxy.Revision, ct);
                case ConjureEventKind.Mesh:
                    if (!obj.Revisions.Ask("mesh", e.Mesh.Revision, e.Mesh.Asset.Id)) break;
                    return LoadBody(obj, e.Mesh.Asset, "mesh", e.Mesh.Revision, ct);
                case ConjureEventKind.Sound:
                    if (!obj.Revisions.Ask("sound", e.Sound.Revision, e.Sound.Asset.Id)) break;
                    return LoadSound(obj, e.Sound, ct);
                case ConjureEventKind.Speech:
                    return LoadSpeech(obj, e.Speech, ct);
                case ConjureEventKind.Error:
                    Debug.LogWarning("[Figment] " + e.Error);
                    failed.Invoke(e.Error.ToString());
                    break;
            }
            return Task.FromResult(0);
        }

        // Downloads finish in any order: a model is shown only while it is still the newest of its kind asked for.
        async Task LoadBody(FigmentObject obj, AssetRef asset, string kind, uint revision, CancellationToken ct)
        {
            var bytes = await Download(asset, ct);
            if (bytes == null || obj == null || !obj.Revisions.IsCurrent(kind, asset.Id)) return;
            var body = await GlbLoader.InstantiateAsync(bytes, obj.Body, kind == "proxy" ? "Proxy" : "Mesh", ct);
            if (body == null) return;
            if (obj == null || !obj.Revisions.IsCurrent(kind, asset.Id))
            {
                Destroy(body);
                return;
            }
            bool first = obj.Proxy == null && obj.Mesh == null;
            if (kind == "mesh") obj.ShowMesh(body);
            else if (!obj.ShowProxy(body)) return;
            obj.MarkShown(kind, revision);
            if (first) spawned.Invoke(obj);
        }

        async Task LoadSound(FigmentObject obj, SoundReady sound, CancellationToken ct)
        {
            var clip = await DownloadClip(sound.Asset, "sound", ct);
            if (clip == null || obj == null || !obj.Revisions.IsCurrent("sound", sound.Asset.Id)) return;
            obj.PlaySound(clip, sound.Emitter);
            obj.MarkShown("sound", sound.Revision);
        }

        async Task LoadSpeech(FigmentObject obj, SpeechReady speech, CancellationToken ct)
        {
            var clip = await DownloadClip(speech.Wav, "speech", ct);
            if (clip != null && obj != null) obj.PlaySpeech(clip);
        }

        async Task<AudioClip> DownloadClip(AssetRef asset, string name, CancellationToken ct)
        {
            var bytes = await Download(asset, ct);
            if (bytes == null) return null;
            // Decoding is plain C#: do it off the main thread, then make the clip back on it.
            var wav = await Task.Run(() => WavData.Parse(bytes), ct);
            return UnityConvert.ToClip(wav, name);
        }

        async Task<byte[]> Download(AssetRef asset, CancellationToken ct)
        {
            if (asset == null || !asset.IsSet) return null;
            try
            {
                return (await Client.Client.GetAssetAsync(asset, ct)).Bytes;
            }
            catch (FigmentException e)
            {
                failed.Invoke("asset " + asset.Id + ": " + e.Message);
                return null;
            }
        }

        Transform SpawnPoint()
        {
            if (anchor != null) return anchor;
            var cam = Camera.main;
            if (cam == null) return transform;
            // A temporary marker in front of the camera, level, facing the viewer.
            var forward = Vector3.ProjectOnPlane(cam.transform.forward, Vector3.up);
            if (forward.sqrMagnitude < 1e-6f) forward = Vector3.forward;
            forward.Normalize();
            if (_marker == null)
            {
                _marker = new GameObject("Figment Spawn Point").transform;
                _marker.SetParent(transform, false);
            }
            _marker.SetPositionAndRotation(cam.transform.position + forward * distance, Quaternion.LookRotation(-forward, Vector3.up));
            return _marker;
        }

        Transform _marker;

        static void Forget(Task task)
        {
            // Failures were already reported through `failed`; observe them so they are not rethrown at finalization.
            task.ContinueWith(t => { var ignored = t.Exception; }, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
        }
    }
}
