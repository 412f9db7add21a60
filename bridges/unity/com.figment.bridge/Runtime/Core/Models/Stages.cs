using System.Collections.Generic;
using Figment.Bridge.Json;

namespace Figment.Bridge
{
    /// <summary>The parser's reading of a text (Parse).</summary>
    public sealed class ParseResponse
    {
        public ObjectSpec Spec = new ObjectSpec();
        public float Confidence;
        public Label Label = new Label();

        public static ParseResponse FromJson(JsonValue o)
        {
            return new ParseResponse
            {
                Spec = o.GetMessage("spec", ObjectSpec.FromJson) ?? new ObjectSpec(),
                Confidence = o.GetFloat("confidence"),
                Label = o.GetMessage("label", Label.FromJson) ?? new Label(),
            };
        }
    }

    /// <summary>A spoken line (Speak).</summary>
    public sealed class SpeakResponse
    {
        public AssetRef Wav = new AssetRef();
        public AssetRef Ogg = new AssetRef();
        public float DurationS;

        public static SpeakResponse FromJson(JsonValue o)
        {
            return new SpeakResponse
            {
                Wav = o.GetMessage("wav", AssetRef.FromJson) ?? new AssetRef(),
                Ogg = o.GetMessage("ogg", AssetRef.FromJson) ?? new AssetRef(),
                DurationS = o.GetFloat("durationS"),
            };
        }
    }

    /// <summary>One installed stage, as Describe lists it.</summary>
    public sealed class StageInfo
    {
        public string Id = "", Kind = "", Plugin = "", Description = "", Status = "";
        public bool Selected, Loaded;

        public static StageInfo FromJson(JsonValue o)
        {
            return new StageInfo
            {
                Id = o.GetString("id"),
                Kind = o.GetString("kind"),
                Plugin = o.GetString("plugin"),
                Description = o.GetString("description"),
                Status = o.GetString("status"),
                Selected = o.GetBool("selected"),
                Loaded = o.GetBool("loaded"),
            };
        }
    }

    /// <summary>A named limit (for example the longest text the daemon accepts).</summary>
    public sealed class LimitInfo
    {
        public string Name = "", Unit = "", Description = "";
        public double Value;

        public static LimitInfo FromJson(JsonValue o)
        {
            return new LimitInfo { Name = o.GetString("name"), Value = o.GetDouble("value"), Unit = o.GetString("unit"), Description = o.GetString("description") };
        }
    }

    /// <summary>What the daemon is: version, stages, adapters, devices, limits, vocabulary.</summary>
    public sealed class DescribeResponse
    {
        public string Version = "";
        public List<StageInfo> Stages = new List<StageInfo>();
        public List<string> Adapters = new List<string>();
        public List<string> Devices = new List<string>();
        public List<LimitInfo> Limits = new List<LimitInfo>();
        public Dictionary<string, string> Vocabulary = new Dictionary<string, string>();
        /// <summary>The whole response, for fields this version does not map.</summary>
        public JsonValue Raw;

        public static DescribeResponse FromJson(JsonValue o)
        {
            return new DescribeResponse
            {
                Version = o.GetString("version"),
                Stages = o.GetList("stages", StageInfo.FromJson),
                Adapters = o.GetList("adapters", a => a.GetString("name")),
                Devices = o.GetList("devices", d => d.AsString() ?? ""),
                Limits = o.GetList("limits", LimitInfo.FromJson),
                Vocabulary = o.GetStringMap("vocabulary"),
                Raw = o,
            };
        }
    }
}
