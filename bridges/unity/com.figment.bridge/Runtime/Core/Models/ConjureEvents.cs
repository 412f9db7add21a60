using System.Collections.Generic;
using Figment.Bridge.Json;

namespace Figment.Bridge
{
    /// <summary>The request was accepted: its id, the seed used, and which stage runs for each kind.</summary>
    public sealed class Accepted
    {
        public string RequestId = "";
        public ulong Seed;
        public Dictionary<string, string> Stages = new Dictionary<string, string>();

        public static Accepted FromJson(JsonValue o)
        {
            return new Accepted { RequestId = o.GetString("requestId"), Seed = o.GetULong("seed"), Stages = o.GetStringMap("stages") };
        }
    }

    /// <summary>What the speech-to-text stage heard.</summary>
    public sealed class Transcript
    {
        public string Text = "";
        public float DurationS;
        public string Language = "";
        /// <summary>ConjureLive: what was heard so far while the user still speaks; the final transcript has false.</summary>
        public bool Partial;

        public static Transcript FromJson(JsonValue o)
        {
            return new Transcript { Text = o.GetString("text"), DurationS = o.GetFloat("durationS"), Language = o.GetString("language"), Partial = o.GetBool("partial") };
        }
    }

    /// <summary>The whole generated text.</summary>
    public sealed class TextDone
    {
        public string Text = "";
        public uint Tokens;
        /// <summary>"stop", "length" or "cancelled".</summary>
        public string FinishReason = "";

        public static TextDone FromJson(JsonValue o)
        {
            return new TextDone { Text = o.GetString("text"), Tokens = o.GetUInt("tokens"), FinishReason = o.GetString("finishReason") };
        }
    }

    /// <summary>The parsed object, with the parser's confidence in [0, 1]: one revision of it.</summary>
    /// <remarks>
    /// The wish is parsed first (revision 0, often before the text's first token); each sentence of the
    /// text may revise it (1, 2, ...). The last object event of a conjure has <see cref="Final"/> set (it may
    /// repeat the revision before it). Only the assets a revision changes are sent again, each with the
    /// revision it was built from.
    /// </remarks>
    public sealed class ObjectSpecified
    {
        public ObjectSpec Spec = new ObjectSpec();
        public float Confidence;
        /// <summary>What was parsed (the wish, then the wish and the text so far); the spec's spans index it.</summary>
        public string SourceText = "";
        public uint Revision;
        /// <summary>No later revision will come.</summary>
        public bool Final;

        public static ObjectSpecified FromJson(JsonValue o)
        {
            return new ObjectSpecified
            {
                Spec = o.GetMessage("spec", ObjectSpec.FromJson) ?? new ObjectSpec(),
                Confidence = o.GetFloat("confidence"),
                SourceText = o.GetString("sourceText"),
                Revision = o.GetUInt("revision"),
                Final = o.GetBool("final"),
            };
        }
    }

    /// <summary>A GLB of the object's coloured bounding shape, to show at once.</summary>
    public sealed class ProxyReady
    {
        public AssetRef Asset = new AssetRef();
        public Vec3 Size;
        public Rgba Color;
        /// <summary>The object revision it was built from.</summary>
        public uint Revision;

        public static ProxyReady FromJson(JsonValue o)
        {
            return new ProxyReady
            {
                Asset = o.GetMessage("asset", AssetRef.FromJson) ?? new AssetRef(),
                Size = Vec3.FromJson(o["size"]),
                Color = Rgba.FromJson(o["color"]),
                Revision = o.GetUInt("revision"),
            };
        }
    }

    /// <summary>The object's mesh as a GLB, with coarser levels of detail.</summary>
    public sealed class MeshReady
    {
        public AssetRef Asset = new AssetRef();
        public uint Triangles;
        public List<AssetRef> Lods = new List<AssetRef>();
        /// <summary>The object revision it was built from.</summary>
        public uint Revision;

        public static MeshReady FromJson(JsonValue o)
        {
            return new MeshReady
            {
                Asset = o.GetMessage("asset", AssetRef.FromJson) ?? new AssetRef(),
                Triangles = o.GetUInt("triangles"),
                Lods = o.GetList("lods", AssetRef.FromJson),
                Revision = o.GetUInt("revision"),
            };
        }
    }

    /// <summary>The object's own sound: a loopable mono WAV and where to place it.</summary>
    public sealed class SoundReady
    {
        public AssetRef Asset = new AssetRef();
        public float DurationS;
        public Emitter Emitter = new Emitter();
        /// <summary>A binaural preview WAV when the request asked for one; otherwise not set.</summary>
        public AssetRef Preview = new AssetRef();
        /// <summary>The object revision it was built from.</summary>
        public uint Revision;

        public static SoundReady FromJson(JsonValue o)
        {
            return new SoundReady
            {
                Asset = o.GetMessage("asset", AssetRef.FromJson) ?? new AssetRef(),
                DurationS = o.GetFloat("durationS"),
                Emitter = o.GetMessage("emitter", Emitter.FromJson) ?? new Emitter(),
                Preview = o.GetMessage("preview", AssetRef.FromJson) ?? new AssetRef(),
                Revision = o.GetUInt("revision"),
            };
        }
    }

    /// <summary>The spoken line as WAV and OGG.</summary>
    public sealed class SpeechReady
    {
        public AssetRef Wav = new AssetRef();
        public AssetRef Ogg = new AssetRef();
        public string Text = "";
        public float DurationS;

        public static SpeechReady FromJson(JsonValue o)
        {
            return new SpeechReady
            {
                Wav = o.GetMessage("wav", AssetRef.FromJson) ?? new AssetRef(),
                Ogg = o.GetMessage("ogg", AssetRef.FromJson) ?? new AssetRef(),
                Text = o.GetString("text"),
                DurationS = o.GetFloat("durationS"),
            };
        }
    }

    /// <summary>One stage failed; the rest of the pipeline still runs where it can.</summary>
    public sealed class StageError
    {
        public string Stage = "";
        public string Kind = "";
        /// <summary>A gRPC status code name, e.g. FAILED_PRECONDITION.</summary>
        public string Code = "";
        public string Message = "";

        public static StageError FromJson(JsonValue o)
        {
            return new StageError { Stage = o.GetString("stage"), Kind = o.GetString("kind"), Code = o.GetString("code"), Message = o.GetString("message") };
        }

        public override string ToString() { return Kind + " (" + Stage + ") " + Code + ": " + Message; }
    }

    /// <summary>When one stage ran, in milliseconds since the request was accepted.</summary>
    public sealed class StageTiming
    {
        public string Kind = "";
        public string Stage = "";
        public double StartMs, EndMs;

        public static StageTiming FromJson(JsonValue o)
        {
            return new StageTiming { Kind = o.GetString("kind"), Stage = o.GetString("stage"), StartMs = o.GetDouble("startMs"), EndMs = o.GetDouble("endMs") };
        }
    }

    /// <summary>The last event: timings, which kinds failed, and the object's id in its room.</summary>
    public sealed class Done
    {
        public List<StageTiming> Timings = new List<StageTiming>();
        public double TotalMs;
        public List<string> Failed = new List<string>();
        public string ObjectId = "";

        public static Done FromJson(JsonValue o)
        {
            return new Done
            {
                Timings = o.GetList("timings", StageTiming.FromJson),
                TotalMs = o.GetDouble("totalMs"),
                Failed = o.GetList("failed", v => v.AsString() ?? ""),
                ObjectId = o.GetString("objectId"),
            };
        }
    }
}
