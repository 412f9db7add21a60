using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Figment.Bridge.Json;

namespace Figment.Bridge
{
    /// <summary>One line of an NDJSON stream: a parsed value, or the reason it could not be parsed.</summary>
    public struct NdjsonLine
    {
        public JsonValue Value;
        /// <summary>Why the line was refused (malformed JSON, not an object, too long); null for a good line.</summary>
        public string Error;
        /// <summary>The line's text (cut to 200 characters when refused), for logs.</summary>
        public string Text;

        public bool IsValid { get { return Error == null; } }
    }

    /// <summary>Turns the bytes of an NDJSON body, in chunks of any size, into parsed lines.</summary>
    /// <remarks>
    /// Lines may be split anywhere, even inside a multi-byte UTF-8 character: bytes are buffered until a
    /// newline and decoded per line. "\r\n" and blank lines are accepted. A malformed line is reported and
    /// skipped, so one bad line does not lose the events after it.
    /// </remarks>
    public sealed class NdjsonSplitter
    {
        readonly int _maxLineBytes;
        readonly MemoryStream _pending = new MemoryStream();
        bool _discarding; // inside an over-long line: drop bytes until its newline

        /// <param name="maxLineBytes">A longer line is refused (and skipped) instead of buffered without bound.</param>
        public NdjsonSplitter(int maxLineBytes = 16 * 1024 * 1024) { _maxLineBytes = maxLineBytes; }

        /// <summary>Feeds the next chunk; complete lines are appended to <paramref name="lines"/>.</summary>
        public void Push(byte[] buffer, int offset, int count, List<NdjsonLine> lines)
        {
            int end = offset + count;
            int start = offset;
            for (int i = offset; i < end; i++)
            {
                if (buffer[i] != (byte)'\n') continue;
                Append(buffer, start, i - start, lines);
                EndLine(lines);
                start = i + 1;
            }
            Append(buffer, start, end - start, lines);
        }

        /// <summary>Ends the stream: a last line without a newline is still delivered.</summary>
        public void Finish(List<NdjsonLine> lines) { EndLine(lines); }

        void Append(byte[] buffer, int offset, int count, List<NdjsonLine> lines)
        {
            if (count <= 0 || _discarding) return;
            if (_pending.Length + count > _maxLineBytes)
            {
                _pending.SetLength(0);
                _discarding = true;
                lines.Add(new NdjsonLine { Error = "line longer than " + _maxLineBytes + " bytes", Text = "" });
                return;
            }
            _pending.Write(buffer, offset, count);
        }

        void EndLine(List<NdjsonLine> lines)
        {
            if (_discarding) { _discarding = false; return; }
            if (_pending.Length == 0) return;
            string text;
            try
            {
                text = Utf8.GetString(_pending.GetBuffer(), 0, (int)_pending.Length).Trim();
            }
            catch (DecoderFallbackException)
            {
                _pending.SetLength(0);
                lines.Add(new NdjsonLine { Error = "line is not UTF-8", Text = "" });
                return;
            }
            _pending.SetLength(0);
            if (text.Length == 0) return;
            lines.Add(ParseLine(text));
        }

        /// <summary>Parses one line; it must be a JSON object.</summary>
        public static NdjsonLine ParseLine(string text)
        {
            JsonValue value;
            string error;
            if (!JsonParser.TryParse(text, out value, out error))
                return new NdjsonLine { Error = "malformed JSON: " + error, Text = Cut(text) };
            if (!value.IsObject)
                return new NdjsonLine { Error = "line is " + value.Kind + ", not an object", Text = Cut(text) };
            return new NdjsonLine { Value = value, Text = text };
        }

        static string Cut(string s) { return s.Length <= 200 ? s : s.Substring(0, 200) + "..."; }

        static readonly Encoding Utf8 = new UTF8Encoding(false, true);
    }
}
