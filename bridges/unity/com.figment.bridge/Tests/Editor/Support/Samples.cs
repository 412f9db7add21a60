using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Figment.Bridge.Tests
{
    /// <summary>Gateway output written out by hand, in the shape protobuf's json_format prints (defaults included).</summary>
    public static class Samples
    {
        public const string Id = "1f3a5c7e9b0d2f4a6c8e0b1d3f5a7c9e1b3d5f7a9c0e2b4d6f8a0c2e4b6d8f0a";

        const string Label = "\"label\":{\"mode\":\"MODE_IMAGINATIVE\",\"fiction\":true,\"text\":\"imagined \\u2014 fiction\",\"adapters\":[{\"name\":\"pip\",\"weight\":1.0}],\"intensity\":1.0,\"consentMissing\":false}";

        static string Event(int seq, string payload)
        {
            return "{\"requestId\":\"r1\",\"sequence\":" + seq + "," + Label + "," + payload + "}";
        }

        /// <summary>A whole Conjure stream, one event per line, with a failed speech stage.</summary>
        public static readonly string[] ConjureLines =
        {
            Event(0, "\"accepted\":{\"requestId\":\"r1\",\"seed\":\"18446744073709551615\",\"stages\":{\"text\":\"figment.text.onnx\",\"mesh\":\"figment.mesh.procedural\"}}"),
            Event(1, "\"textDelta\":{\"text\":\"A whale \"}"),
            Event(2, "\"textDelta\":{\"text\":\"of ticking brass \\u00e9\\ud83d\\udc33\"}"),
            Event(3, "\"textDone\":{\"text\":\"A whale of ticking brass \\u00e9\\ud83d\\udc33\",\"tokens\":7,\"finishReason\":\"stop\"}"),
            Event(4, "\"object\":{\"spec\":{\"name\":\"clock whale\",\"archetype\":\"whale\",\"parts\":[\"gears\"],\"size\":{\"x\":2.0,\"y\":1.0,\"z\":4.5},"
                + "\"materials\":[{\"madeOf\":\"clockwork\",\"baseColor\":{\"r\":0.8,\"g\":0.6,\"b\":0.2,\"a\":1.0},\"metallic\":0.9,\"roughness\":0.3,\"emissive\":{\"r\":0.0,\"g\":0.0,\"b\":0.0,\"a\":0.0},\"emissiveStrength\":0.0,\"opacity\":1.0,\"pattern\":\"striped\"}],"
                + "\"modifiers\":[{\"kind\":\"swarm\",\"amount\":0.5,\"count\":12}],\"motions\":[{\"kind\":\"bob\",\"amplitude\":0.2,\"frequencyHz\":0.5}],"
                + "\"sounds\":[{\"kind\":\"ticking\",\"pitchHz\":440.0,\"tempoBpm\":120.0,\"brightness\":0.5,\"loudness\":0.7}],\"spans\":[{\"field\":\"archetype\",\"start\":2,\"end\":7}]},\"confidence\":0.75}"),
            Event(5, "\"proxy\":{\"asset\":{\"id\":\"" + Id + "\",\"mediaType\":\"model/gltf-binary\",\"size\":\"1024\"},\"size\":{\"x\":2.0,\"y\":1.0,\"z\":4.5},\"color\":{\"r\":0.8,\"g\":0.6,\"b\":0.2,\"a\":1.0}}"),
            Event(6, "\"mesh\":{\"asset\":{\"id\":\"" + Id + "\",\"mediaType\":\"model/gltf-binary\",\"size\":\"20480\"},\"triangles\":1200,\"lods\":[]}"),
            Event(7, "\"sound\":{\"asset\":{\"id\":\"" + Id + "\",\"mediaType\":\"audio/wav\",\"size\":\"88244\"},\"durationS\":2.0,"
                + "\"emitter\":{\"position\":{\"x\":0.0,\"y\":0.5,\"z\":0.0},\"minDistance\":1.0,\"maxDistance\":20.0,\"rolloff\":\"inverse\",\"coneInnerDeg\":360.0,\"coneOuterDeg\":360.0,"
                + "\"coneOuterGain\":1.0,\"doppler\":1.0,\"reverbSend\":0.2,\"volumeDb\":-6.0,\"loop\":true},\"preview\":{\"id\":\"\",\"mediaType\":\"\",\"size\":\"0\"}}"),
            Event(8, "\"error\":{\"stage\":\"figment.speech.piper\",\"kind\":\"tts\",\"code\":\"FAILED_PRECONDITION\",\"message\":\"piper-tts is not installed\"}"),
            Event(9, "\"done\":{\"timings\":[{\"kind\":\"text\",\"stage\":\"figment.text.onnx\",\"startMs\":1.5,\"endMs\":900.25}],\"totalMs\":1500.5,\"failed\":[\"tts\"],\"objectId\":\"o1\"}"),
        };

        /// <summary>The stream as one NDJSON body.</summary>
        public static string ConjureBody { get { return string.Join("\n", ConjureLines) + "\n"; } }

        /// <summary>A label before its text is whole (no judgement), as the gateway prints it for a blend of "auto".</summary>
        public const string UnjudgedLabel = "{\"mode\":\"MODE_IMAGINATIVE\",\"fiction\":true,\"text\":\"Imagined (fiction, not fact): pip 1, auto 1, intensity 1.\","
            + "\"adapters\":[{\"name\":\"pip\",\"weight\":1.0},{\"name\":\"auto\",\"weight\":1.0}],\"intensity\":1.0,\"consentMissing\":false}";

        /// <summary>The same label once the text was whole: the router's experts, and the discriminator's verdict.</summary>
        public const string JudgedLabel = "{\"mode\":\"MODE_IMAGINATIVE\",\"fiction\":true,"
            + "\"text\":\"Imagined (fiction, not fact): pip 1, ocean 0.5, clockwork 0.5, intensity 1. Experts chosen by the router. Type II, uselessly insightful.\","
            + "\"adapters\":[{\"name\":\"pip\",\"weight\":1.0},{\"name\":\"ocean\",\"weight\":0.5},{\"name\":\"clockwork\",\"weight\":0.5}],\"intensity\":1.0,"
            + "\"judgement\":{\"type\":\"HALLUCINATION_TYPE_II\",\"coherence\":0.82,\"novelty\":0.61,\"violation\":0.7,\"perplexity\":18.5,"
            + "\"perplexitySource\":\"base\",\"domains\":[\"ocean\",\"clockwork\"],\"note\":\"\"},\"consentMissing\":false}";

        /// <summary>A verdict of a daemon without an embedder: coherence only, novelty and violation -1.</summary>
        public const string CoherenceOnlyLabel = "{\"mode\":\"MODE_IMAGINATIVE\",\"fiction\":true,"
            + "\"text\":\"Imagined (fiction, not fact): pip 1, intensity 1. Type III, incoherent.\",\"adapters\":[{\"name\":\"pip\",\"weight\":1.0}],\"intensity\":1.0,"
            + "\"judgement\":{\"type\":\"HALLUCINATION_TYPE_III\",\"coherence\":0.3,\"novelty\":-1.0,\"violation\":-1.0,\"perplexity\":210.0,"
            + "\"perplexitySource\":\"generator\",\"note\":\"coherence only: no embedder\",\"domains\":[]},\"consentMissing\":false}";

        static string Labelled(int seq, string label, string payload)
        {
            return "{\"requestId\":\"r2\",\"sequence\":" + seq + ",\"label\":" + label + "," + payload + "}";
        }

        /// <summary>A conjure whose text is judged: the events before the whole text carry no judgement, the text's
        /// and every later one carry the verdict (the final object, its mesh, done).</summary>
        public static readonly string[] JudgedConjureLines =
        {
            Labelled(0, UnjudgedLabel, "\"accepted\":{\"requestId\":\"r2\",\"seed\":\"7\",\"stages\":{}}"),
            Labelled(1, UnjudgedLabel, "\"object\":{\"spec\":{\"name\":\"lamp\",\"size\":{\"x\":0.3,\"y\":0.5,\"z\":0.3}},\"confidence\":0.5,\"revision\":0,\"final\":false}"),
            Labelled(2, UnjudgedLabel, "\"textDelta\":{\"text\":\"A lamp that hums in tides.\"}"),
            Labelled(3, JudgedLabel, "\"textDone\":{\"text\":\"A lamp that hums in tides.\",\"tokens\":6,\"finishReason\":\"stop\"}"),
            Labelled(4, JudgedLabel, "\"object\":{\"spec\":{\"name\":\"tidal lamp\",\"size\":{\"x\":0.3,\"y\":0.5,\"z\":0.3}},\"confidence\":0.6,\"revision\":1,\"final\":true}"),
            Labelled(5, JudgedLabel, "\"mesh\":{\"asset\":{\"id\":\"" + Id + "\",\"mediaType\":\"model/gltf-binary\",\"size\":\"2048\"},\"triangles\":12,\"lods\":[],\"revision\":1}"),
            Labelled(6, JudgedLabel, "\"done\":{\"timings\":[],\"totalMs\":900.0,\"failed\":[],\"objectId\":\"o2\"}"),
        };

        /// <summary>A minimal valid GLB: one triangle, JSON chunk padded with spaces, a BIN chunk; <paramref name="animations"/> is
        /// the JSON of its animations array, if any.</summary>
        public static byte[] Glb(uint version = 2, bool corruptMagic = false, string animations = null)
        {
            string json = "{\"asset\":{\"version\":\"2.0\"},\"meshes\":[{\"primitives\":[{\"attributes\":{\"POSITION\":0}}]}],"
                + (animations == null ? "" : "\"animations\":" + animations + ",")
                + "\"accessors\":[{\"count\":3,\"componentType\":5126,\"type\":\"VEC3\"}],\"buffers\":[{\"byteLength\":36}]}";
            while (json.Length % 4 != 0) json += " ";
            var jsonBytes = Encoding.UTF8.GetBytes(json);
            var ms = new MemoryStream();
            var w = new BinaryWriter(ms);
            w.Write(corruptMagic ? 0x46546C68u : 0x46546C67u);
            w.Write(version);
            w.Write((uint)(12 + 8 + jsonBytes.Length + 8 + 36));
            w.Write((uint)jsonBytes.Length);
            w.Write(0x4E4F534Au);
            w.Write(jsonBytes);
            w.Write(36u);
            w.Write(0x004E4942u);
            w.Write(new byte[36]);
            return ms.ToArray();
        }

        /// <summary>A PCM WAV of <paramref name="frames"/> frames, with a LIST chunk before the data as real writers add.</summary>
        public static byte[] Wav(int frames, int rate, int channels, int bits, Func<int, double> signal)
        {
            int width = bits / 8;
            var data = new MemoryStream();
            for (int i = 0; i < frames * channels; i++)
            {
                double s = Math.Max(-1, Math.Min(1, signal(i)));
                if (bits == 16) data.Write(BitConverter.GetBytes((short)Math.Round(s * 32767)), 0, 2);
                else if (bits == 24) { int v = (int)Math.Round(s * 8388607); data.Write(new[] { (byte)v, (byte)(v >> 8), (byte)(v >> 16) }, 0, 3); }
                else data.Write(BitConverter.GetBytes((float)s), 0, 4);
            }
            var ms = new MemoryStream();
            var w = new BinaryWriter(ms);
            w.Write(Encoding.ASCII.GetBytes("RIFF"));
            w.Write(0u); // patched below
            w.Write(Encoding.ASCII.GetBytes("WAVEfmt "));
            w.Write(16u);
            w.Write((ushort)(bits == 32 ? 3 : 1));
            w.Write((ushort)channels);
            w.Write((uint)rate);
            w.Write((uint)(rate * channels * width));
            w.Write((ushort)(channels * width));
            w.Write((ushort)bits);
            w.Write(Encoding.ASCII.GetBytes("LIST"));
            w.Write(3u);
            w.Write(new byte[] { 1, 2, 3, 0 }); // odd size, padded
            w.Write(Encoding.ASCII.GetBytes("data"));
            w.Write((uint)data.Length);
            w.Write(data.ToArray());
            var bytes = ms.ToArray();
            BitConverter.GetBytes((uint)(bytes.Length - 8)).CopyTo(bytes, 4);
            return bytes;
        }

        public static List<string> Split(string s) { return new List<string>(s.Split('\n')); }
    }
}
