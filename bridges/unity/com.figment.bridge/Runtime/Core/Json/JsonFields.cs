using System;
using System.Collections.Generic;

namespace Figment.Bridge.Json
{
    /// <summary>Typed member access with proto3 defaults: a missing or null member reads as 0, "", false or null.</summary>
    public static class JsonFields
    {
        /// <summary>A string member, or "" when absent.</summary>
        public static string GetString(this JsonValue o, string key)
        {
            var v = o == null ? null : o[key];
            return v == null ? "" : v.AsString() ?? "";
        }

        /// <summary>A boolean member, or false when absent.</summary>
        public static bool GetBool(this JsonValue o, string key)
        {
            var v = o == null ? null : o[key];
            return v != null && v.AsBool();
        }

        /// <summary>A float member, or 0 when absent.</summary>
        public static float GetFloat(this JsonValue o, string key) { return (float)GetDouble(o, key); }

        /// <summary>A double member, or 0 when absent.</summary>
        public static double GetDouble(this JsonValue o, string key)
        {
            var v = o == null ? null : o[key];
            return v == null ? 0 : v.AsDouble();
        }

        /// <summary>A uint32 member, or 0 when absent.</summary>
        public static uint GetUInt(this JsonValue o, string key)
        {
            ulong u = GetULong(o, key);
            return u > uint.MaxValue ? uint.MaxValue : (uint)u;
        }

        /// <summary>A uint64 member (proto3 JSON writes these as strings), or 0 when absent.</summary>
        public static ulong GetULong(this JsonValue o, string key)
        {
            var v = o == null ? null : o[key];
            return v == null ? 0 : v.AsULong();
        }

        /// <summary>A message member read by <paramref name="read"/>, or null when absent.</summary>
        public static T GetMessage<T>(this JsonValue o, string key, Func<JsonValue, T> read) where T : class
        {
            var v = o == null ? null : o[key];
            return v == null || !v.IsObject ? null : read(v);
        }

        /// <summary>A repeated member read item by item; empty when absent.</summary>
        public static List<T> GetList<T>(this JsonValue o, string key, Func<JsonValue, T> read)
        {
            var list = new List<T>();
            var v = o == null ? null : o[key];
            if (v != null)
                foreach (var item in v.Items) list.Add(read(item));
            return list;
        }

        /// <summary>A map&lt;string, string&gt; member; empty when absent.</summary>
        public static Dictionary<string, string> GetStringMap(this JsonValue o, string key)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            var v = o == null ? null : o[key];
            if (v != null)
                foreach (var m in v.Members) map[m.Key] = m.Value.AsString() ?? "";
            return map;
        }

        /// <summary>An array of values written by <paramref name="write"/>.</summary>
        public static JsonValue ToArray<T>(IEnumerable<T> items, Func<T, JsonValue> write)
        {
            var a = JsonValue.NewArray();
            if (items != null)
                foreach (var item in items) a.Add(write(item));
            return a;
        }
    }
}
