using System.Collections.Generic;
using Figment.Bridge.Json;

namespace Figment.Bridge
{
    /// <summary>What a part of the object is made of (proto Material).</summary>
    public sealed class MaterialSpec
    {
        public string MadeOf = "";
        public Rgba BaseColor;
        public float Metallic, Roughness;
        public Rgba Emissive;
        public float EmissiveStrength, Opacity;
        /// <summary>A colour pattern over it: rainbow, striped, spotted, checked; "" plain (the GLB's textures already show it).</summary>
        public string Pattern = "";

        public static MaterialSpec FromJson(JsonValue o)
        {
            return new MaterialSpec
            {
                MadeOf = o.GetString("madeOf"),
                BaseColor = Rgba.FromJson(o["baseColor"]),
                Metallic = o.GetFloat("metallic"),
                Roughness = o.GetFloat("roughness"),
                Emissive = Rgba.FromJson(o["emissive"]),
                EmissiveStrength = o.GetFloat("emissiveStrength"),
                Opacity = o.GetFloat("opacity"),
                Pattern = o.GetString("pattern"),
            };
        }
    }

    /// <summary>A shape change: melting, twisted, swarm, ...</summary>
    public sealed class Modifier
    {
        public string Kind = "";
        public float Amount;
        public uint Count;

        public static Modifier FromJson(JsonValue o)
        {
            return new Modifier { Kind = o.GetString("kind"), Amount = o.GetFloat("amount"), Count = o.GetUInt("count") };
        }
    }

    /// <summary>A motion hint the engine animates: bob, spin, pulse, breathe, sway, orbit, flicker, drift.</summary>
    public sealed class MotionHint
    {
        public string Kind = "";
        /// <summary>Metres for bob/sway/orbit/drift, a fraction for pulse/breathe/flicker, turns per second for spin.</summary>
        public float Amplitude;
        public float FrequencyHz;

        public static MotionHint FromJson(JsonValue o)
        {
            return new MotionHint { Kind = o.GetString("kind"), Amplitude = o.GetFloat("amplitude"), FrequencyHz = o.GetFloat("frequencyHz") };
        }
    }

    /// <summary>What the object sounds like (the daemon synthesizes it; this is for display or custom audio).</summary>
    public sealed class SoundDescriptor
    {
        public string Kind = "";
        public float PitchHz, TempoBpm, Brightness, Loudness;

        public static SoundDescriptor FromJson(JsonValue o)
        {
            return new SoundDescriptor
            {
                Kind = o.GetString("kind"),
                PitchHz = o.GetFloat("pitchHz"),
                TempoBpm = o.GetFloat("tempoBpm"),
                Brightness = o.GetFloat("brightness"),
                Loudness = o.GetFloat("loudness"),
            };
        }
    }

    /// <summary>Where in the source text a field came from (character offsets, end exclusive).</summary>
    public sealed class SourceSpan
    {
        public string Field = "";
        public uint Start, End;

        public static SourceSpan FromJson(JsonValue o)
        {
            return new SourceSpan { Field = o.GetString("field"), Start = o.GetUInt("start"), End = o.GetUInt("end") };
        }
    }

    /// <summary>The object the text describes, as the parser read it.</summary>
    public sealed class ObjectSpec
    {
        public string Name = "";
        public string Archetype = "";
        public List<string> Parts = new List<string>();
        /// <summary>Bounding size in metres.</summary>
        public Vec3 Size;
        public List<MaterialSpec> Materials = new List<MaterialSpec>();
        public List<Modifier> Modifiers = new List<Modifier>();
        public List<MotionHint> Motions = new List<MotionHint>();
        public List<SoundDescriptor> Sounds = new List<SoundDescriptor>();
        public List<SourceSpan> Spans = new List<SourceSpan>();

        public static ObjectSpec FromJson(JsonValue o)
        {
            return new ObjectSpec
            {
                Name = o.GetString("name"),
                Archetype = o.GetString("archetype"),
                Parts = o.GetList("parts", v => v.AsString() ?? ""),
                Size = Vec3.FromJson(o["size"]),
                Materials = o.GetList("materials", MaterialSpec.FromJson),
                Modifiers = o.GetList("modifiers", Modifier.FromJson),
                Motions = o.GetList("motions", MotionHint.FromJson),
                Sounds = o.GetList("sounds", SoundDescriptor.FromJson),
                Spans = o.GetList("spans", SourceSpan.FromJson),
            };
        }
    }

    /// <summary>Where and how to play the object's sound on an engine's own 3D audio source.</summary>
    public sealed class Emitter
    {
        /// <summary>Relative to the anchor, metres.</summary>
        public Vec3 Position;
        public float MinDistance, MaxDistance;
        /// <summary>"inverse", "linear" or "logarithmic".</summary>
        public string Rolloff = "";
        public float ConeInnerDeg, ConeOuterDeg, ConeOuterGain;
        public float Doppler, ReverbSend, VolumeDb;
        public bool Loop;

        public static Emitter FromJson(JsonValue o)
        {
            return new Emitter
            {
                Position = Vec3.FromJson(o["position"]),
                MinDistance = o.GetFloat("minDistance"),
                MaxDistance = o.GetFloat("maxDistance"),
                Rolloff = o.GetString("rolloff"),
                ConeInnerDeg = o.GetFloat("coneInnerDeg"),
                ConeOuterDeg = o.GetFloat("coneOuterDeg"),
                ConeOuterGain = o.GetFloat("coneOuterGain"),
                Doppler = o.GetFloat("doppler"),
                ReverbSend = o.GetFloat("reverbSend"),
                VolumeDb = o.GetFloat("volumeDb"),
                Loop = o.GetBool("loop"),
            };
        }
    }
}
