using System.Collections.Generic;
using System.Text;

namespace Figment.Bridge
{
    /// <summary>Everything one Conjure produced, gathered from its events.</summary>
    public sealed class ConjureResult
    {
        readonly StringBuilder _deltas = new StringBuilder();

        /// <summary>Every event, in the order received.</summary>
        public readonly List<ConjureEvent> Events = new List<ConjureEvent>();
        /// <summary>Stages that failed (each also arrived as an Error event).</summary>
        public readonly List<StageError> Errors = new List<StageError>();

        /// <summary>Every object event in order: the first revision first, the final one last.</summary>
        public readonly List<ObjectSpecified> Revisions = new List<ObjectSpecified>();

        public Accepted Accepted;
        /// <summary>What was heard: the final transcript (ConjureLive: the latest partial one until then).</summary>
        public Transcript Transcript;
        public TextDone TextDone;
        /// <summary>The latest revision of the object (the final one once the conjure is done).</summary>
        public ObjectSpecified Object;
        /// <summary>The latest proxy, mesh and sound: each of the newest revision that changed it.</summary>
        public ProxyReady Proxy;
        public MeshReady Mesh;
        public SoundReady Sound;
        public SpeechReady Speech;
        public Done Done;
        /// <summary>The label of the last event.</summary>
        public Label Label = new Label();
        /// <summary>Lines that were not valid events and were skipped.</summary>
        public int MalformedLines;

        /// <summary>The text generated: the final text, or the deltas so far when the text stage did not finish.</summary>
        public string Text { get { return TextDone != null ? TextDone.Text : _deltas.ToString(); } }

        /// <summary>The text deltas joined, as they streamed in.</summary>
        public string StreamedText { get { return _deltas.ToString(); } }

        /// <summary>Records one event.</summary>
        public void Add(ConjureEvent e)
        {
            Events.Add(e);
            Label = e.Label;
            switch (e.Kind)
            {
                case ConjureEventKind.Accepted: Accepted = e.Accepted; break;
                case ConjureEventKind.Transcript: if (!e.Transcript.Partial || Transcript == null || Transcript.Partial) Transcript = e.Transcript; break;
                case ConjureEventKind.TextDelta: _deltas.Append(e.TextDelta); break;
                case ConjureEventKind.TextDone: TextDone = e.TextDone; break;
                case ConjureEventKind.Object: Object = e.Object; Revisions.Add(e.Object); break;
                case ConjureEventKind.Proxy: Proxy = e.Proxy; break;
                case ConjureEventKind.Mesh: Mesh = e.Mesh; break;
                case ConjureEventKind.Sound: Sound = e.Sound; break;
                case ConjureEventKind.Speech: Speech = e.Speech; break;
                case ConjureEventKind.Error: Errors.Add(e.Error); break;
                case ConjureEventKind.Done: Done = e.Done; break;
            }
        }
    }

    /// <summary>An asset's bytes, checked against its content address.</summary>
    public sealed class FigmentAsset
    {
        public string Id = "";
        public byte[] Bytes = new byte[0];
        /// <summary>model/gltf-binary, audio/wav, audio/ogg, ...</summary>
        public string MediaType = "";
        public string ETag;
    }
}
