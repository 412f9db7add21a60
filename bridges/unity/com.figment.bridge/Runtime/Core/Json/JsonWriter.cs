using System.Globalization;
using System.Text;

namespace Figment.Bridge.Json
{
    /// <summary>Writes a <see cref="JsonValue"/> as compact JSON text (UTF-16; encode as UTF-8 to send).</summary>
    public static class JsonWriter
    {
        /// <summary>The compact JSON text of <paramref name="value"/>.</summary>
        public static string Write(JsonValue value)
        {
            var sb = new StringBuilder();
            Write(sb, value ?? JsonValue.Null);
            return sb.ToString();
        }

        static void Write(StringBuilder sb, JsonValue v)
        {
            switch (v.Kind)
            {
                case JsonKind.Null: sb.Append("null"); break;
                case JsonKind.Bool: sb.Append(v.AsBool() ? "true" : "false"); break;
                case JsonKind.Number: sb.Append(v.AsString()); break;
                case JsonKind.String: WriteString(sb, v.AsString()); break;
                case JsonKind.Array:
                    sb.Append('[');
                    for (int i = 0; i < v.Items.Count; i++)
                    {
                        if (i > 0) sb.Append(',');
                        Write(sb, v.Items[i]);
                    }
                    sb.Append(']');
                    break;
                case JsonKind.Object:
                    sb.Append('{');
                    bool first = true;
                    foreach (var m in v.Members)
                    {
                        if (!first) sb.Append(',');
                        first = false;
                        WriteString(sb, m.Key);
                        sb.Append(':');
                        Write(sb, m.Value);
                    }
                    sb.Append('}');
                    break;
            }
        }

        static void WriteString(StringBuilder sb, string s)
        {
            sb.Append('"');
            foreach (char c in s)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\b': sb.Append("\\b"); break;
                    case '\f': sb.Append("\\f"); break;
                    default:
                        if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else sb.Append(c);
                        break;
                }
            }
            sb.Append('"');
        }
    }
}
