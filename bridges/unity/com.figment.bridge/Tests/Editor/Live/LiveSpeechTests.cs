using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using NUnit.Framework;

namespace Figment.Bridge.Tests
{
    /// <summary>ConjureLive against a real daemon: a recording of a spoken wish streamed through the same API a
    /// microphone feeds, in real time, as the user would say it.</summary>
    [TestFixture]
    public class LiveSpeechTests
    {
        const string Wish = "a whale made of clocks";

        /// <summary>The wish recorded in the daemon's own voice (Speak), as mono samples at least
        /// <paramref name="seconds"/> long (repeated), or an Ignore when the daemon has no voice.</summary>
        static float[] Recording(FigmentClient client, double seconds, out int rate)
        {
            SpeakResponse spoken = null;
            try
            {
                spoken = Expect.Result(client.SpeakAsync(Wish));
            }
            catch (FigmentException e) when (!LiveDaemon.ExpectAllStages)
            {
                Assert.Ignore("this daemon has no voice to record the wish with: " + e.Message);
            }
            var wav = WavData.Parse(Expect.Result(client.GetAssetAsync(spoken.Wav)).Bytes);
            rate = wav.SampleRate;
            var mono = new float[wav.FrameCount];
            for (int i = 0; i < mono.Length; i++)
            {
                float sum = 0;
                for (int c = 0; c < wav.Channels; c++) sum += wav.Samples[i * wav.Channels + c];
                mono[i] = sum / wav.Channels;
            }
            var recording = new List<float>();
            do recording.AddRange(mono); while (recording.Count < seconds * rate);
            return recording.ToArray();
        }

        /// <summary>Sends <paramref name="samples"/> in 20 ms chunks at the pace they were recorded, while the daemon listens.</summary>
        static void Speak(LiveConjure live, float[] samples, int rate)
        {
            int chunk = rate / 50;
            var clock = Stopwatch.StartNew();
            for (int at = 0; at < samples.Length && live.Listening; at += chunk)
            {
                int n = Math.Min(chunk, samples.Length - at);
                Assert.IsTrue(live.SendAsync(samples, at, n).Wait(TimeSpan.FromSeconds(30)), "a send hung");
                var due = TimeSpan.FromSeconds((double)(at + n) / rate) - clock.Elapsed;
                if (due > TimeSpan.Zero) Thread.Sleep(due);
            }
        }

        [Test]
        public void ARecordedWishStreamedInRealTimeIsHeardAndConjured()
        {
            using (var client = LiveDaemon.Client())
            {
                int rate;
                var speech = Recording(client, 2.0, out rate);
                var request = ConjureRequest.Imagine("");
                request.Seed = 42;
                var seen = new List<ConjureEvent>();
                var live = Expect.Result(client.ConjureLiveAsync(request, rate, false, e => { lock (seen) seen.Add(e); }));
                // The wish, then a second and a half of quiet (the daemon may end the utterance there), then the
                // push-to-talk release in case it did not.
                Speak(live, speech.Concat(new float[rate * 3 / 2]).ToArray(), rate);
                live.EndAsync().Wait(TimeSpan.FromSeconds(30));
                var result = Expect.Result(live.Result);

                List<ConjureEvent> events;
                lock (seen) events = new List<ConjureEvent>(seen);
                CollectionAssert.AreEqual(result.Events, events, "the callback saw the result's events, in order");
                Assert.AreEqual(ConjureEventKind.Accepted, events[0].Kind);
                Assert.AreEqual(ConjureEventKind.Done, events[events.Count - 1].Kind);
                var transcripts = events.Where(e => e.Kind == ConjureEventKind.Transcript).Select(e => e.Transcript).ToList();
                Assert.IsNotEmpty(transcripts, "nothing was heard");
                var final = transcripts.Last();
                Assert.IsFalse(final.Partial, "the last transcript is the final one");
                Assert.AreEqual(1, transcripts.Count(t => !t.Partial), "one final transcript");
                Assert.AreSame(final, result.Transcript);
                Assert.IsNotEmpty(final.Text.Trim(), "the wish was heard as nothing");
                Assert.AreEqual(0, result.MalformedLines);
                if (!LiveDaemon.ExpectAllStages) return;
                // The test stages hear "a humming lamp" in anything; partial transcripts while the user speaks.
                Assert.AreEqual("a humming lamp", final.Text);
                Assert.IsTrue(transcripts.Any(t => t.Partial), "no partial transcript in two seconds of speech");
                Assert.IsNotNull(result.Object, "the heard wish named no object");
                Assert.IsTrue(result.Object.Final);
                CollectionAssert.IsEmpty(result.Errors, string.Join("; ", result.Errors.Select(e => e.ToString()).ToArray()));
            }
        }

        [Test]
        public void AWrongSampleRateIsRefused()
        {
            using (var client = LiveDaemon.Client())
            {
                var live = Expect.Result(client.ConjureLiveAsync(ConjureRequest.Imagine(""), 4000));
                var e = Expect.Throws<FigmentException>(() => live.Result);
                Assert.AreEqual("INVALID_ARGUMENT", e.Code, e.Message);
                StringAssert.Contains("sample_rate", e.DaemonMessage);
            }
        }
    }
}
