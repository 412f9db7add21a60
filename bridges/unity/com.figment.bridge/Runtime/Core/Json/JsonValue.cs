using System;
using System.Collections.Generic;
using System.Globalization;

namespace Figment.Bridge.Json
{
    /// <summary>The kind of a JSON value.</summary>
    public enum JsonKind { Null, Bool, Number, String, Array, Object }

    /// <summary>A JSON value: a small, dependency-free document model (objects keep insertion order).</summary>
    /// <remarks>
    /// Numbers keep their source text, so 64-bit integers survive a round trip. proto3 JSON writes
    /// uint64 fields (such as <c>seed</c>) as strings; the typed getters accept either form.
    /// </remarks>
    public sealed class JsonValue
    {
        public static readonly JsonValue Null = new JsonValue(JsonKind.Null);
        public static readonly JsonValue True = new JsonValue(JsonKind.Bool) { _bool = true };
        public static readonly JsonValue False = new JsonValue(JsonKind.Bool);

        bool _bool;
        string _text; // string value, or the number's literal
        List<JsonValue> _items;
        List<KeyValuePair<string, JsonValue>> _members;
        Dictionary<string, int> _index;

        JsonValue(JsonKind kind) { Kind = kind; }

        /// <summary>Which kind of value this is.</summary>
        public JsonKind Kind { get; private set; }

        /// <summary>A string value.</summary>
        public static JsonValue Of(string value)
        {
            if (value == null) return Null;
            return new JsonValue(JsonKind.String) { _text = value };
        }

        /// <summary>A boolean value.</summary>
        public static JsonValue Of(bool value) { return value ? True : False; }

        /// <summary>A number, written with round-trip precision.</summary>
        public static JsonValue Of(double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
                throw new ArgumentException("JSON has no NaN or infinity", "value");
            return new JsonValue(JsonKind.Number) { _text = value.ToString("R", CultureInfo.InvariantCulture) };
        }

        /// <summary>A 32-bit float, written as its shortest round-trip text (0.1f is "0.1").</summary>
        public static JsonValue Of(float value)
        {
            if (float.IsNaN(value) || float.IsInfinity(value))
                throw new ArgumentException("JSON has no NaN or infinity", "value");
            return new JsonValue(JsonKind.Number) { _text = value.ToString("R", CultureInfo.InvariantCulture) };
        }

        /// <summary>An integer number.</summary>
        public static JsonValue Of(long value)
        {
            return new JsonValue(JsonKind.Number) { _text = value.ToString(CultureInfo.InvariantCulture) };
        }

        /// <summary>A number from its literal text (used by the parser; the text is not re-checked).</summary>
        internal static JsonValue NumberLiteral(string text) { return new JsonValue(JsonKind.Number) { _text = text }; }

        /// <summary>A new, empty object.</summary>
        public static JsonValue NewObject()
        {
            return new JsonValue(JsonKind.Object)
            {
                _members = new List<KeyValuePair<string, JsonValue>>(),
                _index = new Dictionary<string, int>(StringComparer.Ordinal),
            };
        }

        /// <summary>A new, empty array.</summary>
        public static JsonValue NewArray() { return new JsonValue(JsonKind.Array) { _items = new List<JsonValue>() }; }

        public bool IsNull { get { return Kind == JsonKind.Null; } }
        public bool IsObject { get { return Kind == JsonKind.Object; } }
        public bool IsArray { get { return Kind == JsonKind.Array; } }

        /// <summary>The member called <paramref name="key"/>, or null when absent or when this is not an object.</summary>
        public JsonValue this[string key]
        {
            get
            {
                int i;
                if (_index == null || !_index.TryGetValue(key, out i)) return null;
                return _members[i].Value;
            }
        }

        /// <summary>Whether this object has a member called <paramref name="key"/>.</summary>
        public bool Has(string key) { return _index != null && _index.ContainsKey(key); }

        /// <summary>Sets a member (replacing one of the same name) and returns this object, for chaining.</summary>
        public JsonValue Set(string key, JsonValue value)
        {
            RequireKind(JsonKind.Object);
            if (key == null) throw new ArgumentNullException("key");
            value = value ?? Null;
            int i;
            if (_index.TryGetValue(key, out i)) _members[i] = new KeyValuePair<string, JsonValue>(key, value);
            else
            {
                _index[key] = _members.Count;
                _members.Add(new KeyValuePair<string, JsonValue>(key, value));
            }
            return this;
        }

        /// <summary>Appends an item to this array and returns the array, for chaining.</summary>
        public JsonValue Add(JsonValue item)
        {
            RequireKind(JsonKind.Array);
            _items.Add(item ?? Null);
            return this;
        }

        /// <summary>An array's items (empty for any other kind).</summary>
        public IList<JsonValue> Items { get { return (IList<JsonValue>)_items ?? new JsonValue[0]; } }

        /// <summary>An object's members in insertion order (empty for any other kind).</summary>
        public IList<KeyValuePair<string, JsonValue>> Members
        {
            get { return (IList<KeyValuePair<string, JsonValue>>)_members ?? new KeyValuePair<string, JsonValue>[0]; }
        }

        /// <summary>The number of items or members.</summary>
        public int Count { get { return _items != null ? _items.Count : _members != null ? _members.Count : 0; } }

        /// <summary>A string's value; a number's literal; null for anything else.</summary>
        public string AsString() { return Kind == JsonKind.String || Kind == JsonKind.Number ? _text : null; }

        /// <summary>A boolean's value; false for anything else.</summary>
        public bool AsBool() { return Kind == JsonKind.Bool && _bool; }

        /// <summary>A number (or numeric string, as proto3 JSON allows) as a double; 0 when not numeric.</summary>
        public double AsDouble()
        {
            double d;
            if ((Kind == JsonKind.Number || Kind == JsonKind.String)
                && double.TryParse(_text, NumberStyles.Float, CultureInfo.InvariantCulture, out d)) return d;
            return 0;
        }

        /// <summary>A non-negative integer, from a number or a decimal string; 0 when not one.</summary>
        public ulong AsULong()
        {
            ulong u;
            if (Kind != JsonKind.Number && Kind != JsonKind.String) return 0;
            if (ulong.TryParse(_text, NumberStyles.None, CultureInfo.InvariantCulture, out u)) return u;
            double d = AsDouble();
            return d > 0 && d < 1.8e19 ? (ulong)d : 0;
        }

        public override string ToString() { return JsonWriter.Write(this); }

        void RequireKind(JsonKind kind)
        {
            if (Kind != kind) throw new InvalidOperationException("JSON value is " + Kind + ", not " + kind);
        }
    }
}
