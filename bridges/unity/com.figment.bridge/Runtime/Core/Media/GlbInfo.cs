using System;
using System.Text;
using Figment.Bridge.Json;

namespace Figment.Bridge
{
    /// <summary>The header and JSON chunk of a binary glTF 2.0 (GLB) file, checked against the spec.</summary>
    public sealed class GlbInfo
    {
        const uint Magic = 0x46546C67;     // "glTF"
        const uint JsonChunk = 0x4E4F534A; // "JSON"
        const uint BinChunk = 0x004E4942;  // "BIN\0"

        /// <summary>The animation a breathing GLB from the daemon carries: its morph target's weight over one breath, looping.</summary>
        public const string BreathAnimation = "breathe_loop";

        /// <summary>The container version (always 2 once parsed).</summary>
        public uint Version;
        /// <summary>The glTF JSON document.</summary>
        public JsonValue Json;
        /// <summary>Length of the BIN chunk; 0 when there is none.</summary>
        public int BinLength;

        /// <summary>Triangles drawn by all mesh primitives (mode 4, the default), counted from their accessors.</summary>
        public long TriangleCount
        {
            get
            {
                long total = 0;
                var accessors = Json["accessors"];
                var meshes = Json["meshes"];
                if (meshes == null) return 0;
                foreach (var mesh in meshes.Items)
                {
                    var prims = mesh["primitives"];
                    if (prims == null) continue;
                    foreach (var p in prims.Items)
                    {
                        if (p.Has("mode") && p.GetUInt("mode") != 4) continue;
                        var index = p.Has("indices") ? p["indices"] : (p["attributes"] == null ? null : p["attributes"]["POSITION"]);
                        if (index == null || accessors == null) continue;
                        int i = (int)index.AsDouble();
                        if (i < 0 || i >= accessors.Count) continue;
                        total += (long)accessors.Items[i].GetULong("count") / 3;
                    }
                }
                return total;
            }
        }

        /// <summary>True when the GLB carries the daemon's breath: an animation named <see cref="BreathAnimation"/> that
        /// animates morph target weights (the engine plays it; the body then leaves out its own "breathe" scale).</summary>
        public bool Breathes
        {
            get
            {
                var animations = Json["animations"];
                if (animations == null) return false;
                foreach (var animation in animations.Items)
                {
                    if (animation.GetString("name") != BreathAnimation || animation["channels"] == null) continue;
                    foreach (var channel in animation["channels"].Items)
                        if (channel["target"] != null && channel["target"].GetString("path") == "weights") return true;
                }
                return false;
            }
        }

        /// <summary>Parses a GLB file's container and JSON chunk.</summary>
        /// <exception cref="FormatException">Not a valid glTF 2.0 binary.</exception>
        public static GlbInfo Parse(byte[] bytes)
        {
            if (bytes == null || bytes.Length < 20) throw new FormatException("GLB: shorter than a header and one chunk");
            if (U32(bytes, 0) != Magic) throw new FormatException("GLB: magic is not 'glTF'");
            uint version = U32(bytes, 4);
            if (version != 2) throw new FormatException("GLB: version " + version + ", expected 2");
            uint length = U32(bytes, 8);
            if (length != bytes.Length) throw new FormatException("GLB: header says " + length + " bytes, file has " + bytes.Length);
            uint jsonLength = U32(bytes, 12);
            if (U32(bytes, 16) != JsonChunk) throw new FormatException("GLB: first chunk is not JSON");
            if (jsonLength % 4 != 0 || 20 + (long)jsonLength > bytes.Length) throw new FormatException("GLB: bad JSON chunk length " + jsonLength);
            var json = JsonParser.Parse(Encoding.UTF8.GetString(bytes, 20, (int)jsonLength).TrimEnd(' ', '\0'));
            if (!json.IsObject || json["asset"] == null || json["asset"].GetString("version") != "2.0")
                throw new FormatException("GLB: JSON has no asset.version \"2.0\"");
            var info = new GlbInfo { Version = version, Json = json };
            int next = 20 + (int)jsonLength;
            if (next + 8 <= bytes.Length)
            {
                uint binLength = U32(bytes, next);
                if (U32(bytes, next + 4) != BinChunk) throw new FormatException("GLB: second chunk is not BIN");
                if (next + 8 + (long)binLength > bytes.Length) throw new FormatException("GLB: BIN chunk runs past the end");
                info.BinLength = (int)binLength;
            }
            return info;
        }

        static uint U32(byte[] b, int i) { return (uint)(b[i] | b[i + 1] << 8 | b[i + 2] << 16 | b[i + 3] << 24); }
    }
}
