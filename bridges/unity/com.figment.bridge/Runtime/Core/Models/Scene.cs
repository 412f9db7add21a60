using Figment.Bridge.Json;

namespace Figment.Bridge
{
    /// <summary>What happened to an object in a room.</summary>
    public enum SceneEventKind { Unspecified = 0, Snapshot = 1, Spawned = 2, Updated = 3, Removed = 4 }

    /// <summary>An object in a room, as complete as it is so far (unset assets have an empty id).</summary>
    public sealed class SceneObject
    {
        public string ObjectId = "";
        public string RequestId = "";
        public ulong Seed;
        public Label Label = new Label();
        public string Text = "";
        public ObjectSpec Spec = new ObjectSpec();
        public WorldPose Anchor;
        public ProxyReady Proxy = new ProxyReady();
        public MeshReady Mesh = new MeshReady();
        public SoundReady Sound = new SoundReady();
        public SpeechReady Speech = new SpeechReady();
        public bool Complete;
        /// <summary>The spec's latest revision (see <see cref="ObjectSpecified"/>); a room sends each revision, a late joiner the latest.</summary>
        public uint Revision;

        public static SceneObject FromJson(JsonValue o)
        {
            return new SceneObject
            {
                ObjectId = o.GetString("objectId"),
                RequestId = o.GetString("requestId"),
                Seed = o.GetULong("seed"),
                Label = o.GetMessage("label", Label.FromJson) ?? new Label(),
                Text = o.GetString("text"),
                Spec = o.GetMessage("spec", ObjectSpec.FromJson) ?? new ObjectSpec(),
                Anchor = WorldPose.FromJson(o["anchor"]),
                Proxy = o.GetMessage("proxy", ProxyReady.FromJson) ?? new ProxyReady(),
                Mesh = o.GetMessage("mesh", MeshReady.FromJson) ?? new MeshReady(),
                Sound = o.GetMessage("sound", SoundReady.FromJson) ?? new SoundReady(),
                Speech = o.GetMessage("speech", SpeechReady.FromJson) ?? new SpeechReady(),
                Complete = o.GetBool("complete"),
                Revision = o.GetUInt("revision"),
            };
        }
    }

    /// <summary>One message of a room subscription.</summary>
    public sealed class SceneEvent
    {
        public string Room = "";
        public SceneEventKind Kind;
        public SceneObject Object = new SceneObject();

        public static SceneEvent FromJson(JsonValue o)
        {
            return new SceneEvent
            {
                Room = o.GetString("room"),
                Kind = KindFromJson(o["kind"]),
                Object = o.GetMessage("object", SceneObject.FromJson) ?? new SceneObject(),
            };
        }

        static SceneEventKind KindFromJson(JsonValue v)
        {
            if (v == null) return SceneEventKind.Unspecified;
            if (v.Kind == JsonKind.Number)
            {
                double d = v.AsDouble();
                return d >= 0 && d <= 4 ? (SceneEventKind)(int)d : SceneEventKind.Unspecified;
            }
            switch (v.AsString())
            {
                case "KIND_SNAPSHOT": return SceneEventKind.Snapshot;
                case "KIND_SPAWNED": return SceneEventKind.Spawned;
                case "KIND_UPDATED": return SceneEventKind.Updated;
                case "KIND_REMOVED": return SceneEventKind.Removed;
                default: return SceneEventKind.Unspecified;
            }
        }
    }
}
