using Figment.Bridge.Json;
using NUnit.Framework;

namespace Figment.Bridge.Tests
{
    [TestFixture]
    public class JsonTests
    {
        [Test]
        public void ParsesNestedDocumentAndKeepsMemberOrder()
        {
            var v = JsonParser.Parse(" {\"b\": [1, -2.5e3, true, null], \"a\": {\"x\": \"y\"}} ");
            Assert.AreEqual(JsonKind.Object, v.Kind);
            Assert.AreEqual("b", v.Members[0].Key);
            Assert.AreEqual(-2500.0, v["b"].Items[1].AsDouble());
            Assert.IsTrue(v["b"].Items[2].AsBool());
            Assert.IsTrue(v["b"].Items[3].IsNull);
            Assert.AreEqual("y", v["a"].GetString("x"));
            Assert.IsNull(v["missing"]);
        }

        [Test]
        public void DecodesEscapesIncludingSurrogatePairs()
        {
            var v = JsonParser.Parse("\"a\\\"b\\\\c\\/d\\n\\t\\u00e9\\ud83d\\udc33\"");
            Assert.AreEqual("a\"b\\c/d\n\t\u00e9\U0001F433", v.AsString());
        }

        [Test]
        public void WriterRoundTripsStringsAndEscapesControlCharacters()
        {
            string s = "quote\" back\\ nl\n bell\u0007 whale\U0001F433";
            string text = JsonWriter.Write(JsonValue.Of(s));
            StringAssert.Contains("\\u0007", text);
            Assert.AreEqual(s, JsonParser.Parse(text).AsString());
        }

        [Test]
        public void SixtyFourBitIntegersSurviveAsStringsOrNumbers()
        {
            var v = JsonParser.Parse("{\"s\":\"18446744073709551615\",\"n\":9007199254740993}");
            Assert.AreEqual(ulong.MaxValue, v.GetULong("s"));
            Assert.AreEqual(9007199254740993UL, v.GetULong("n"));
            Assert.AreEqual("{\"s\":\"18446744073709551615\",\"n\":9007199254740993}", JsonWriter.Write(v));
        }

        [Test]
        public void FloatsAreWrittenAsTheirShortestText()
        {
            Assert.AreEqual("0.1", JsonWriter.Write(JsonValue.Of(0.1f)));
            Assert.AreEqual("-2", JsonWriter.Write(JsonValue.Of(-2f)));
        }

        [Test]
        public void MissingMembersReadAsProtoDefaults()
        {
            var v = JsonParser.Parse("{}");
            Assert.AreEqual("", v.GetString("text"));
            Assert.AreEqual(0f, v.GetFloat("x"));
            Assert.IsFalse(v.GetBool("flag"));
            Assert.AreEqual(0, v.GetList("items", i => i.AsString()).Count);
        }

        [TestCase("")]
        [TestCase("{")]
        [TestCase("{\"a\":1,}")]
        [TestCase("[1 2]")]
        [TestCase("\"unterminated")]
        [TestCase("{\"a\":01}")]
        [TestCase("{\"a\":1} x")]
        [TestCase("tru")]
        [TestCase("{'a':1}")]
        [TestCase("\"tab\tinside\"")]
        public void RefusesMalformedText(string text)
        {
            JsonValue v;
            string error;
            Assert.IsFalse(JsonParser.TryParse(text, out v, out error));
            Assert.IsNotNull(error);
            Assert.Throws<JsonParseException>(() => JsonParser.Parse(text));
        }

        [Test]
        public void RefusesNestingDeeperThanTheLimit()
        {
            string deep = new string('[', JsonParser.MaxDepth + 2) + new string(']', JsonParser.MaxDepth + 2);
            Assert.Throws<JsonParseException>(() => JsonParser.Parse(deep));
            string ok = new string('[', 10) + new string(']', 10);
            Assert.AreEqual(JsonKind.Array, JsonParser.Parse(ok).Kind);
        }
    }
}
