using System.Collections.Generic;
using System.Text;
using Figment.Bridge.Json;
using NUnit.Framework;

namespace Figment.Bridge.Tests
{
    [TestFixture]
    public class NdjsonSplitterTests
    {
        static List<NdjsonLine> Feed(byte[] bytes, int chunk)
        {
            var splitter = new NdjsonSplitter();
            var lines = new List<NdjsonLine>();
            for (int i = 0; i < bytes.Length; i += chunk)
                splitter.Push(bytes, i, System.Math.Min(chunk, bytes.Length - i), lines);
            splitter.Finish(lines);
            return lines;
        }

        [Test]
        public void SameLinesWhateverTheChunkSize()
        {
            var bytes = Encoding.UTF8.GetBytes(Samples.ConjureBody);
            foreach (int chunk in new[] { 1, 2, 3, 7, 64, 1000, bytes.Length })
            {
                var lines = Feed(bytes, chunk);
                Assert.AreEqual(Samples.ConjureLines.Length, lines.Count, "chunk " + chunk);
                for (int i = 0; i < lines.Count; i++)
                {
                    Assert.IsTrue(lines[i].IsValid, "chunk " + chunk + " line " + i + ": " + lines[i].Error);
                    Assert.AreEqual((double)i, lines[i].Value.GetDouble("sequence"));
                }
            }
        }

        [Test]
        public void MultiByteCharacterSplitAcrossChunksIsDecodedWhole()
        {
            // "é" is two bytes and the whale four: one-byte chunks cut both.
            var lines = Feed(Encoding.UTF8.GetBytes("{\"t\":\"\u00e9\U0001F433\"}\n"), 1);
            Assert.AreEqual(1, lines.Count);
            Assert.AreEqual("\u00e9\U0001F433", lines[0].Value.GetString("t"));
        }

        [Test]
        public void MalformedLineIsReportedAndTheNextOneStillArrives()
        {
            var lines = Feed(Encoding.UTF8.GetBytes("{\"a\":1}\n{\"a\":\n[1,2]\n{\"a\":3}\n"), 5);
            Assert.AreEqual(4, lines.Count);
            Assert.IsTrue(lines[0].IsValid);
            Assert.IsFalse(lines[1].IsValid);
            StringAssert.Contains("malformed JSON", lines[1].Error);
            Assert.IsFalse(lines[2].IsValid, "an array is not an event");
            Assert.AreEqual(3.0, lines[3].Value.GetDouble("a"));
        }

        [Test]
        public void CrLfBlankLinesAndAMissingFinalNewlineAreFine()
        {
            var lines = Feed(Encoding.UTF8.GetBytes("\r\n{\"a\":1}\r\n\n\n{\"a\":2}"), 4);
            Assert.AreEqual(2, lines.Count);
            Assert.AreEqual(2.0, lines[1].Value.GetDouble("a"));
        }

        [Test]
        public void InvalidUtf8IsRefusedNotGarbled()
        {
            var bytes = new List<byte>(Encoding.UTF8.GetBytes("{\"a\":\""));
            bytes.Add(0xC3); // a lead byte with no continuation
            bytes.AddRange(Encoding.UTF8.GetBytes("\"}\n{\"a\":2}\n"));
            var lines = Feed(bytes.ToArray(), 3);
            Assert.AreEqual(2, lines.Count);
            Assert.IsFalse(lines[0].IsValid);
            Assert.IsTrue(lines[1].IsValid);
        }

        [Test]
        public void OverlongLineIsSkippedWithoutBufferingIt()
        {
            var splitter = new NdjsonSplitter(maxLineBytes: 16);
            var lines = new List<NdjsonLine>();
            var bytes = Encoding.UTF8.GetBytes("{\"a\":\"0123456789abcdef\"}\n{\"b\":1}\n");
            for (int i = 0; i < bytes.Length; i += 4) splitter.Push(bytes, i, System.Math.Min(4, bytes.Length - i), lines);
            splitter.Finish(lines);
            Assert.AreEqual(2, lines.Count);
            StringAssert.Contains("longer than 16", lines[0].Error);
            Assert.AreEqual(1.0, lines[1].Value.GetDouble("b"));
        }
    }
}
