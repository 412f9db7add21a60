using System;
using System.Collections.Generic;
using Figment.Bridge.Json;

namespace Figment.Bridge
{
    /// <summary>Which model answered: the base model (factual) or the PIP adapter (imaginative, fiction).</summary>
    public enum Mode { Unspecified = 0, Factual = 1, Imaginative = 2 }

    /// <summary>proto3 JSON names of <see cref="Mode"/>.</summary>
    public static class ModeNames
    {
        /// <summary>"MODE_FACTUAL" and so on.</summary>
        public static string ToJson(Mode mode)
        {
            switch (mode)
            {
                case Mode.Factual: return "MODE_FACTUAL";
                case Mode.Imaginative: return "MODE_IMAGINATIVE";
                default: return "MODE_UNSPECIFIED";
            }
        }

        /// <summary>Reads a name or number; anything unknown is <see cref="Mode.Unspecified"/>.</summary>
        public static Mode FromJson(JsonValue v)
        {
            if (v == null) return Mode.Unspecified;
            if (v.Kind == JsonKind.Number) return v.AsDouble() == 1 ? Mode.Factual : v.AsDouble() == 2 ? Mode.Imaginative : Mode.Unspecified;
            switch (v.AsString())
            {
                case "MODE_FACTUAL": return Mode.Factual;
                case "MODE_IMAGINATIVE": return Mode.Imaginative;
                default: return Mode.Unspecified;
            }
        }
    }

    /// <summary>A point or size in metres (right-handed, y up, as the daemon sends it).</summary>
    public struct Vec3
    {
        public float X, Y, Z;
        public Vec3(float x, float y, float z) { X = x; Y = y; Z = z; }

        public static Vec3 FromJson(JsonValue o) { return new Vec3(o.GetFloat("x"), o.GetFloat("y"), o.GetFloat("z")); }

        public JsonValue ToJson()
        {
            return JsonValue.NewObject().Set("x", JsonValue.Of(X)).Set("y", JsonValue.Of(Y)).Set("z", JsonValue.Of(Z));
        }

        public override string ToString() { return "(" + X + ", " + Y + ", " + Z + ")"; }
    }

    /// <summary>A rotation; all zeros means identity (proto3 default).</summary>
    public struct Quat
    {
        public float X, Y, Z, W;
        public Quat(float x, float y, float z, float w) { X = x; Y = y; Z = z; W = w; }

        public static readonly Quat Identity = new Quat(0, 0, 0, 1);

        /// <summary>This rotation, with the all-zero default read as identity.</summary>
        public Quat OrIdentity() { return X == 0 && Y == 0 && Z == 0 && W == 0 ? Identity : this; }

        public static Quat FromJson(JsonValue o)
        {
            return new Quat(o.GetFloat("x"), o.GetFloat("y"), o.GetFloat("z"), o.GetFloat("w"));
        }

        public JsonValue ToJson()
        {
            return JsonValue.NewObject().Set("x", JsonValue.Of(X)).Set("y", JsonValue.Of(Y))
                .Set("z", JsonValue.Of(Z)).Set("w", JsonValue.Of(W));
        }
    }

    /// <summary>A position and rotation in the engine's world frame.</summary>
    public struct WorldPose
    {
        public Vec3 Position;
        public Quat Rotation;
        public WorldPose(Vec3 position, Quat rotation) { Position = position; Rotation = rotation; }

        public static WorldPose FromJson(JsonValue o)
        {
            return new WorldPose(Vec3.FromJson(o == null ? null : o["position"]), Quat.FromJson(o == null ? null : o["rotation"]));
        }

        public JsonValue ToJson()
        {
            return JsonValue.NewObject().Set("position", Position.ToJson()).Set("rotation", Rotation.ToJson());
        }
    }

    /// <summary>Linear RGBA in [0, 1].</summary>
    public struct Rgba
    {
        public float R, G, B, A;
        public Rgba(float r, float g, float b, float a) { R = r; G = g; B = b; A = a; }

        public static Rgba FromJson(JsonValue o)
        {
            return new Rgba(o.GetFloat("r"), o.GetFloat("g"), o.GetFloat("b"), o.GetFloat("a"));
        }
    }

    /// <summary>A named adapter and its weight in a blend.</summary>
    public sealed class AdapterWeight
    {
        /// <summary>The blend name that lets the daemon's router choose the domain experts (<see cref="Auto"/>).</summary>
        public const string AutoName = "auto";

        public string Name = "";
        public float Weight;

        public AdapterWeight() { }
        public AdapterWeight(string name, float weight) { Name = name; Weight = weight; }

        /// <summary>A blend entry that lets the daemon's router choose the domain experts for the wish; give it alone
        /// (beside other entries the daemon refuses the blend). The label's adapters then name the chosen ones.</summary>
        public static AdapterWeight Auto() { return new AdapterWeight(AutoName, 1f); }

        public static AdapterWeight FromJson(JsonValue o)
        {
            return new AdapterWeight(o.GetString("name"), o.GetFloat("weight"));
        }

        public JsonValue ToJson()
        {
            return JsonValue.NewObject().Set("name", JsonValue.Of(Name)).Set("weight", JsonValue.Of(Weight));
        }
    }

    /// <summary>What made an output: show <see cref="Text"/> beside anything with <see cref="Fiction"/> set.</summary>
    public sealed class Label
    {
        public Mode Mode;
        public bool Fiction;
        public string Text = "";
        public List<AdapterWeight> Adapters = new List<AdapterWeight>();
        public float Intensity;
        /// <summary>Imaginative was asked without consent, so the daemon answered factually.</summary>
        public bool ConsentMissing;
        /// <summary>The discriminator's verdict, set once an imaginative text is whole; null before (and for factual output).
        /// Every later event of the conjure, and the object in its room, carries it.</summary>
        public Judgement Judgement;

        /// <summary>The verdict's type; <see cref="HallucinationType.Unspecified"/> while not judged.</summary>
        public HallucinationType Type { get { return Judgement == null ? HallucinationType.Unspecified : Judgement.Type; } }

        /// <summary>What to show beside the object: <see cref="Text"/>, headed once judged by the fiction label and
        /// the type, e.g. "Imagined · Type II" on a line above the daemon's text.</summary>
        public string Caption
        {
            get
            {
                var type = HallucinationTypeNames.ShortName(Type);
                if (type.Length == 0) return Text ?? "";
                var head = (Fiction ? "Imagined" : "Factual") + " \u00b7 " + type;
                return string.IsNullOrEmpty(Text) ? head : head + "\n" + Text;
            }
        }

        /// <summary>Whether this label brings a verdict that <paramref name="earlier"/> (the label shown before, or null)
        /// did not have: the first judgement, or one of another type.</summary>
        public bool JudgedSince(Label earlier)
        {
            if (Judgement == null) return false;
            return earlier == null || earlier.Judgement == null || earlier.Judgement.Type != Judgement.Type;
        }

        public static Label FromJson(JsonValue o)
        {
            return new Label
            {
                Mode = ModeNames.FromJson(o["mode"]),
                Fiction = o.GetBool("fiction"),
                Text = o.GetString("text"),
                Adapters = o.GetList("adapters", AdapterWeight.FromJson),
                Intensity = o.GetFloat("intensity"),
                ConsentMissing = o.GetBool("consentMissing"),
                Judgement = o.GetMessage("judgement", Judgement.FromJson),
            };
        }
    }

    /// <summary>A content-addressed asset (sha256 hex id); fetch it with <see cref="FigmentClient.GetAssetAsync(string, System.Threading.CancellationToken)"/>.</summary>
    public sealed class AssetRef
    {
        public string Id = "";
        public string MediaType = "";
        public ulong Size;

        public static AssetRef FromJson(JsonValue o)
        {
            return new AssetRef { Id = o.GetString("id"), MediaType = o.GetString("mediaType"), Size = o.GetULong("size") };
        }

        /// <summary>Whether this names an asset (proto3 sends an empty message for "none").</summary>
        public bool IsSet { get { return !string.IsNullOrEmpty(Id); } }

        public override string ToString() { return MediaType + " " + Id + " (" + Size + " bytes)"; }
    }

    /// <summary>Audio sent instead of text: a WAV/OGG/FLAC file, or raw 16-bit mono PCM with its rate.</summary>
    public sealed class AudioInput
    {
        public byte[] Data = new byte[0];
        /// <summary>"wav", "ogg", "flac", "pcm16", or "" to let the daemon detect it.</summary>
        public string Format = "";
        public uint SampleRate;

        /// <summary>Mono float samples in [-1, 1] as pcm16 (what a microphone clip gives).</summary>
        public static AudioInput FromSamples(float[] samples, int sampleRate)
        {
            var data = new byte[samples.Length * 2];
            for (int i = 0; i < samples.Length; i++)
            {
                float s = Math.Max(-1f, Math.Min(1f, samples[i]));
                short v = (short)Math.Round(s * 32767f);
                data[2 * i] = (byte)(v & 0xff);
                data[2 * i + 1] = (byte)((v >> 8) & 0xff);
            }
            return new AudioInput { Data = data, Format = "pcm16", SampleRate = (uint)sampleRate };
        }

        public JsonValue ToJson()
        {
            var o = JsonValue.NewObject().Set("data", JsonValue.Of(Convert.ToBase64String(Data ?? new byte[0])));
            if (!string.IsNullOrEmpty(Format)) o.Set("format", JsonValue.Of(Format));
            if (SampleRate != 0) o.Set("sampleRate", JsonValue.Of((long)SampleRate));
            return o;
        }
    }
}
