using System;
using Figment.Bridge.Json;
using NUnit.Framework;

namespace Figment.Bridge.Tests
{
    [TestFixture]
    public class MediaTests
    {
        [Test]
        public void GlbHeaderJsonAndTrianglesAreRead()
        {
            var glb = GlbInfo.Parse(Samples.Glb());
            Assert.AreEqual(2u, glb.Version);
            Assert.AreEqual("2.0", glb.Json["asset"].GetString("version"));
            Assert.AreEqual(36, glb.BinLength);
            Assert.AreEqual(1, glb.TriangleCount);
        }

        [Test]
        public void GlbBreathesOnlyWithTheBreathAnimationOfMorphWeights()
        {
            Func<string, string, string> animation = (name, path) =>
                "[{\"name\":\"" + name + "\",\"samplers\":[{\"input\":0,\"output\":0}],"
                + "\"channels\":[{\"sampler\":0,\"target\":{\"node\":0,\"path\":\"" + path + "\"}}]}]";
            Assert.IsFalse(GlbInfo.Parse(Samples.Glb()).Breathes, "no animation");
            Assert.IsTrue(GlbInfo.Parse(Samples.Glb(animations: animation(GlbInfo.BreathAnimation, "weights"))).Breathes);
            Assert.IsFalse(GlbInfo.Parse(Samples.Glb(animations: animation("wave", "weights"))).Breathes, "another clip");
            Assert.IsFalse(GlbInfo.Parse(Samples.Glb(animations: animation(GlbInfo.BreathAnimation, "scale"))).Breathes, "not a morph");
        }

        [Test]
        public void GlbWithWrongMagicVersionOrLengthIsRefused()
        {
            Assert.Throws<FormatException>(() => GlbInfo.Parse(Samples.Glb(corruptMagic: true)));
            Assert.Throws<FormatException>(() => GlbInfo.Parse(Samples.Glb(version: 1)));
            var cut = Samples.Glb();
            Array.Resize(ref cut, cut.Length - 4);
            Assert.Throws<FormatException>(() => GlbInfo.Parse(cut));
            Assert.Throws<FormatException>(() => GlbInfo.Parse(new byte[3]));
        }

        [Test]
        public void Wav16BitDecodesLengthRateAndSamples()
        {
            var bytes = Samples.Wav(22050, 22050, 1, 16, i => i == 0 ? 0.5 : -0.25);
            var wav = WavData.Parse(bytes);
            Assert.AreEqual(1, wav.Channels);
            Assert.AreEqual(22050, wav.SampleRate);
            Assert.AreEqual(22050, wav.FrameCount);
            Assert.AreEqual(1.0, wav.DurationSeconds, 1e-9);
            Assert.AreEqual(0.5, wav.Samples[0], 1e-4);
            Assert.AreEqual(-0.25, wav.Samples[1], 1e-4);
        }

        [TestCase(24)]
        [TestCase(32)]
        public void WavWiderFormatsDecode(int bits)
        {
            var wav = WavData.Parse(Samples.Wav(100, 48000, 2, bits, i => i % 2 == 0 ? 0.75 : -0.5));
            Assert.AreEqual(2, wav.Channels);
            Assert.AreEqual(100, wav.FrameCount);
            Assert.AreEqual(200, wav.Samples.Length);
            Assert.AreEqual(0.75, wav.Samples[0], 1e-4);
            Assert.AreEqual(-0.5, wav.Samples[1], 1e-4);
        }

        [Test]
        public void NotAWavIsRefused()
        {
            Assert.Throws<FormatException>(() => WavData.Parse(Samples.Glb()));
            Assert.Throws<FormatException>(() => WavData.Parse(new byte[0]));
        }
    }

    [TestFixture]
    public class SpatialTests
    {
        [Test]
        public void ConeGainIsOneInsideOuterGainOutsideAndLinearBetween()
        {
            Assert.AreEqual(1f, EmitterMath.ConeGain(170, 360, 360, 0.1f));
            Assert.AreEqual(1f, EmitterMath.ConeGain(20, 60, 120, 0.2f));
            Assert.AreEqual(1f, EmitterMath.ConeGain(30, 60, 120, 0.2f), 1e-6, "the inner cone's edge is inside");
            Assert.AreEqual(0.2f, EmitterMath.ConeGain(90, 60, 120, 0.2f), 1e-6);
            Assert.AreEqual(0.6f, EmitterMath.ConeGain(45, 60, 120, 0.2f), 1e-6);
            Assert.AreEqual(0.6f, EmitterMath.ConeGain(-45, 60, 120, 0.2f), 1e-6);
        }

        [Test]
        public void DecibelsAndAngles()
        {
            Assert.AreEqual(1f, EmitterMath.DbToLinear(0), 1e-6);
            Assert.AreEqual(0.5012f, EmitterMath.DbToLinear(-6), 1e-3);
            Assert.AreEqual(90f, EmitterMath.AngleDeg(new Vec3(1, 0, 0), new Vec3(0, 0, 2)), 1e-4);
            Assert.AreEqual(0f, EmitterMath.AngleDeg(new Vec3(0, 0, 0), new Vec3(0, 0, 2)));
        }

        [Test]
        public void MotionHintsMoveTheObjectAsDescribed()
        {
            var bob = new[] { new MotionHint { Kind = "bob", Amplitude = 0.3f, FrequencyHz = 0.5f } };
            Assert.AreEqual(0.3f, MotionMath.Evaluate(bob, 0.5).Offset.Y, 1e-5, "a quarter period up");
            Assert.AreEqual(0f, MotionMath.Evaluate(bob, 1.0).Offset.Y, 1e-5);

            var spin = new[] { new MotionHint { Kind = "spin", Amplitude = 0.25f } };
            Assert.AreEqual(90f, MotionMath.Evaluate(spin, 1.0).YawDeg, 1e-3, "a quarter turn per second");

            var breathe = new[] { new MotionHint { Kind = "breathe", Amplitude = 0.1f, FrequencyHz = 1 } };
            Assert.AreEqual(1.1f, MotionMath.Evaluate(breathe, 0.5).Scale, 1e-5);

            var breaths = new[]
            {
                new MotionHint { Kind = "breathe", Amplitude = 0.2f, FrequencyHz = 1 },
                new MotionHint { Kind = "bob", Amplitude = 0.3f, FrequencyHz = 0.5f },
                new MotionHint { Kind = "breathe", Amplitude = 0.5f, FrequencyHz = 1 },
            };
            Assert.AreEqual(1.2f * 1.5f, MotionMath.Evaluate(breaths, 0.5).Scale, 1e-5);
            var left = MotionMath.Evaluate(breaths, 0.5, true);
            Assert.AreEqual(1.5f, left.Scale, 1e-5, "a model that breathes takes the first breathe (the one its GLB carries) off the body");
            Assert.AreEqual(0.3f, left.Offset.Y, 1e-5, "the other motions stay");

            var orbit = new[] { new MotionHint { Kind = "orbit", Amplitude = 1, FrequencyHz = 0.25f } };
            var o = MotionMath.Evaluate(orbit, 1.0);
            Assert.AreEqual(-1f, o.Offset.X, 1e-5);
            Assert.AreEqual(1f, o.Offset.Z, 1e-5);
        }

        [Test]
        public void MirroringMatchesGltfastAndIsItsOwnInverse()
        {
            var p = EngineFrame.Mirror(new Vec3(1, 2, -3));
            Assert.AreEqual(-1f, p.X);
            Assert.AreEqual(2f, p.Y);
            Assert.AreEqual(-3f, p.Z);
            // A quarter turn about y in one frame is a quarter turn the other way after mirroring x.
            var q = EngineFrame.Mirror(new Quat(0, 0.70710677f, 0, 0.70710677f));
            Assert.AreEqual(-0.70710677f, q.Y, 1e-6);
            var back = EngineFrame.Mirror(q);
            Assert.AreEqual(0.70710677f, back.Y, 1e-6);
            Assert.AreEqual(1f, EngineFrame.Mirror(new Quat()).W, "all zeros read as identity");
        }

        [Test]
        public void NoOrUnknownMotionLeavesTheObjectAtRest()
        {
            var rest = MotionMath.Evaluate(new[] { new MotionHint { Kind = "teleport", Amplitude = 2, FrequencyHz = 3 } }, 12.3);
            Assert.AreEqual(0f, rest.Offset.X);
            Assert.AreEqual(1f, rest.Scale);
            Assert.AreEqual(1f, MotionMath.Evaluate(null, 1).Brightness);
        }

        [Test]
        public void FlickerDimsWithinRangeAndIsDeterministic()
        {
            var flicker = new[] { new MotionHint { Kind = "flicker", Amplitude = 0.8f, FrequencyHz = 2 } };
            for (double t = 0; t < 5; t += 0.37)
            {
                float b = MotionMath.Evaluate(flicker, t).Brightness;
                Assert.That(b, Is.InRange(0.2f - 1e-6f, 1f));
                Assert.AreEqual(b, MotionMath.Evaluate(flicker, t).Brightness);
            }
        }
    }

    [TestFixture]
    public class MainThreadQueueTests
    {
        [Test]
        public void PostedActionsRunInOrderOnlyWhenDrained()
        {
            var q = new MainThreadQueue();
            var ran = new System.Collections.Generic.List<int>();
            var marshalled = q.Marshal<int>(ran.Add);
            var t = new System.Threading.Thread(() => { marshalled(1); marshalled(2); q.Post(() => ran.Add(3)); });
            t.Start();
            t.Join();
            Assert.AreEqual(0, ran.Count, "nothing runs on the posting thread");
            Assert.AreEqual(2, q.Drain(max: 2));
            CollectionAssert.AreEqual(new[] { 1, 2 }, ran);
            Assert.AreEqual(1, q.Drain());
            CollectionAssert.AreEqual(new[] { 1, 2, 3 }, ran);
        }

        [Test]
        public void AFailingActionIsReportedAndTheRestStillRun()
        {
            var q = new MainThreadQueue();
            Exception seen = null;
            q.OnError = e => seen = e;
            bool after = false;
            q.Post(() => { throw new InvalidOperationException("boom"); });
            q.Post(() => after = true);
            Assert.AreEqual(2, q.Drain());
            Assert.AreEqual("boom", seen.Message);
            Assert.IsTrue(after);
        }
    }
}
