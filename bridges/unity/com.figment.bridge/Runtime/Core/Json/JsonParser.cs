using System;
using System.Globalization;
using System.Text;

namespace Figment.Bridge.Json
{
    /// <summary>Thrown for text that is not one complete JSON value (RFC 8259).</summary>
    public sealed class JsonParseException : FormatException
    {
        public JsonParseException(string message, int position)
            : base(message + " at character " + position) { Position = position; }

        /// <summary>The character offset where parsing failed.</summary>
        public int Position { get; private set; }
    }

    /// <summary>A strict recursive-descent JSON parser (no comments, no trailing commas, depth-limited).</summary>
    public sealed class JsonParser
    {
        /// <summary>Nesting deeper than this is refused, so hostile input cannot overflow the stack.</summary>
        public const int MaxDepth = 128;

        readonly string _s;
        int _i;

        JsonParser(string s) { _s = s; }

        /// <summary>Parses exactly one JSON value; whitespace may surround it.</summary>
        public static JsonValue Parse(string text)
        {
            if (text == null) throw new ArgumentNullException("text");
            var p = new JsonParser(text);
            p.SkipSpace();
            var v = p.ReadValue(0);
            p.SkipSpace();
            if (p._i != text.Length) throw p.Error("unexpected text after the value");
            return v;
        }

        /// <summary>Parses like <see cref="Parse"/>, returning false (and the reason) instead of throwing.</summary>
        public static bool TryParse(string text, out JsonValue value, out string error)
        {
            try
            {
                value = Parse(text);
                error = null;
                return true;
            }
            catch (JsonParseException e)
            {
                value = null;
                error = e.Message;
                return false;
            }
        }

        JsonValue ReadValue(int depth)
        {
            if (depth > MaxDepth) throw Error("nesting deeper than " + MaxDepth);
            if (_i >= _s.Length) throw Error("unexpected end of text");
            char c = _s[_i];
            switch (c)
            {
                case '{': return ReadObject(depth);
                case '[': return ReadArray(depth);
                case '"': return JsonValue.Of(ReadString());
                case 't': Expect("true"); return JsonValue.True;
                case 'f': Expect("false"); return JsonValue.False;
                case 'n': Expect("null"); return JsonValue.Null;
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) return ReadNumber();
                    throw Error("unexpected character '" + c + "'");
            }
        }

        JsonValue ReadObject(int depth)
        {
            var o = JsonValue.NewObject();
            _i++; // {
            SkipSpace();
            if (Peek() == '}') { _i++; return o; }
            while (true)
            {
                SkipSpace();
                if (Peek() != '"') throw Error("expected a member name");
                string key = ReadString();
                SkipSpace();
                if (Peek() != ':') throw Error("expected ':'");
                _i++;
                SkipSpace();
                o.Set(key, ReadValue(depth + 1));
                SkipSpace();
                char c = Peek();
                _i++;
                if (c == ',') continue;
                if (c == '}') return o;
                _i--;
                throw Error("expected ',' or '}'");
            }
        }

        JsonValue ReadArray(int depth)
        {
            var a = JsonValue.NewArray();
            _i++; // [
            SkipSpace();
            if (Peek() == ']') { _i++; return a; }
            while (true)
            {
                SkipSpace();
                a.Add(ReadValue(depth + 1));
                SkipSpace();
                char c = Peek();
                _i++;
                if (c == ',') continue;
                if (c == ']') return a;
                _i--;
                throw Error("expected ',' or ']'");
            }
        }

        string ReadString()
        {
            _i++; // opening quote
            var sb = new StringBuilder();
            while (true)
            {
                if (_i >= _s.Length) throw Error("unterminated string");
                char c = _s[_i++];
                if (c == '"') return sb.ToString();
                if (c < 0x20) throw Error("control character in string");
                if (c != '\\') { sb.Append(c); continue; }
                if (_i >= _s.Length) throw Error("unterminated escape");
                char e = _s[_i++];
                switch (e)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u': sb.Append(ReadHex4()); break;
                    default: throw Error("bad escape '\\" + e + "'");
                }
            }
        }

        char ReadHex4()
        {
            if (_i + 4 > _s.Length) throw Error("short \\u escape");
            int code;
            if (!int.TryParse(_s.Substring(_i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out code))
                throw Error("bad \\u escape");
            _i += 4;
            return (char)code; // surrogate pairs arrive as two escapes and concatenate correctly
        }

        JsonValue ReadNumber()
        {
            int start = _i;
            if (Peek() == '-') _i++;
            if (Peek() == '0') _i++;
            else if (IsDigit(Peek())) while (IsDigit(Peek())) _i++;
            else throw Error("bad number");
            if (Peek() == '.')
            {
                _i++;
                if (!IsDigit(Peek())) throw Error("bad fraction");
                while (IsDigit(Peek())) _i++;
            }
            if (Peek() == 'e' || Peek() == 'E')
            {
                _i++;
                if (Peek() == '+' || Peek() == '-') _i++;
                if (!IsDigit(Peek())) throw Error("bad exponent");
                while (IsDigit(Peek())) _i++;
            }
            return JsonValue.NumberLiteral(_s.Substring(start, _i - start));
        }

        void Expect(string word)
        {
            if (string.CompareOrdinal(_s, _i, word, 0, word.Length) != 0) throw Error("expected '" + word + "'");
            _i += word.Length;
        }

        void SkipSpace()
        {
            while (_i < _s.Length)
            {
                char c = _s[_i];
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
                _i++;
            }
        }

        char Peek() { return _i < _s.Length ? _s[_i] : '\0'; }

        static bool IsDigit(char c) { return c >= '0' && c <= '9'; }

        JsonParseException Error(string message) { return new JsonParseException(message, _i); }
    }
}
