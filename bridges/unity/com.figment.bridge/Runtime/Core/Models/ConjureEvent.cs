using Figment.Bridge.Json;

namespace Figment.Bridge
{
    /// <summary>Which payload a <see cref="ConjureEvent"/> carries, in the order they arrive.</summary>
    public enum ConjureEventKind
    {
        /// <summary>A payload this version of the bridge does not know (from a newer daemon); see <see cref="ConjureEvent.Raw"/>.</summary>
        Unknown,
        Accepted, Transcript, TextDelta, TextDone, Object, Proxy, Mesh, Sound, Speech, Error, Done,
    }

    /// <summary>One event of a Conjure stream: its label and exactly one payload.</summary>
    public sealed class ConjureEvent
    {
        public string RequestId = "";
        public uint Sequence;
        public Label Label = new Label();
        public ConjureEventKind Kind;

        public Accepted Accepted;
        public Transcript Transcript;
        /// <summary>The next piece of text (for <see cref="ConjureEventKind.TextDelta"/>).</summary>
        public string TextDelta;
        public TextDone TextDone;
        public ObjectSpecified Object;
        public ProxyReady Proxy;
        public MeshReady Mesh;
        public SoundReady Sound;
        public SpeechReady Speech;
        public StageError Error;
        public Done Done;

        /// <summary>The event as received.</summary>
        public JsonValue Raw;

        /// <summary>Reads one event; an unrecognised payload gives <see cref="ConjureEventKind.Unknown"/>.</summary>
        public static ConjureEvent FromJson(JsonValue o)
        {
            var e = new ConjureEvent
            {
                RequestId = o.GetString("requestId"),
                Sequence = o.GetUInt("sequence"),
                Label = o.GetMessage("label", Label.FromJson) ?? new Label(),
                Raw = o,
            };
            JsonValue p;
            if ((p = Payload(o, "accepted")) != null) { e.Kind = ConjureEventKind.Accepted; e.Accepted = Accepted.FromJson(p); }
            else if ((p = Payload(o, "transcript")) != null) { e.Kind = ConjureEventKind.Transcript; e.Transcript = Transcript.FromJson(p); }
            else if ((p = Payload(o, "textDelta")) != null) { e.Kind = ConjureEventKind.TextDelta; e.TextDelta = p.GetString("text"); }
            else if ((p = Payload(o, "textDone")) != null) { e.Kind = ConjureEventKind.TextDone; e.TextDone = TextDone.FromJson(p); }
            else if ((p = Payload(o, "object")) != null) { e.Kind = ConjureEventKind.Object; e.Object = ObjectSpecified.FromJson(p); }
            else if ((p = Payload(o, "proxy")) != null) { e.Kind = ConjureEventKind.Proxy; e.Proxy = ProxyReady.FromJson(p); }
            else if ((p = Payload(o, "mesh")) != null) { e.Kind = ConjureEventKind.Mesh; e.Mesh = MeshReady.FromJson(p); }
            else if ((p = Payload(o, "sound")) != null) { e.Kind = ConjureEventKind.Sound; e.Sound = SoundReady.FromJson(p); }
            else if ((p = Payload(o, "speech")) != null) { e.Kind = ConjureEventKind.Speech; e.Speech = SpeechReady.FromJson(p); }
            else if ((p = Payload(o, "error")) != null) { e.Kind = ConjureEventKind.Error; e.Error = StageError.FromJson(p); }
            else if ((p = Payload(o, "done")) != null) { e.Kind = ConjureEventKind.Done; e.Done = Done.FromJson(p); }
            return e;
        }

        static JsonValue Payload(JsonValue o, string key)
        {
            var p = o[key];
            return p != null && p.IsObject ? p : null;
        }

        public override string ToString() { return "#" + Sequence + " " + Kind; }
    }
}
