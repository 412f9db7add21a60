using System;
using System.Collections.Generic;

namespace Figment.Bridge
{
    /// <summary>An object's pose change at one moment, from its motion hints (relative to its rest pose).</summary>
    public struct MotionSample
    {
        /// <summary>Metres to add to the rest position.</summary>
        public Vec3 Offset;
        /// <summary>Degrees about the vertical axis.</summary>
        public float YawDeg;
        /// <summary>Uniform scale factor (1 at rest).</summary>
        public float Scale;
        /// <summary>Light/emission factor (1 at rest; flicker dims it).</summary>
        public float Brightness;

        public static MotionSample Rest { get { return new MotionSample { Scale = 1, Brightness = 1 }; } }
    }

    /// <summary>Evaluates motion hints (bob, spin, pulse, breathe, sway, orbit, flicker, drift) as pure functions of time.</summary>
    /// <remarks>Deterministic, so every client in a room sees the same motion at the same time.</remarks>
    public static class MotionMath
    {
        const double Tau = 2 * Math.PI;

        /// <summary>The combined effect of <paramref name="motions"/> at <paramref name="t"/> seconds; unknown kinds are ignored.</summary>
        /// <param name="modelBreathes">The shown model plays its own breath (a GLB with <see cref="GlbInfo.BreathAnimation"/>):
        /// the first "breathe" motion, the one the GLB carries, is left to it rather than scaling the body too.</param>
        public static MotionSample Evaluate(IList<MotionHint> motions, double t, bool modelBreathes = false)
        {
            var s = MotionSample.Rest;
            if (motions == null) return s;
            bool skipBreath = modelBreathes;
            foreach (var m in motions)
            {
                if (skipBreath && m.Kind == "breathe")
                {
                    skipBreath = false;
                    continue;
                }
                double a = m.Amplitude, f = m.FrequencyHz, w = Tau * f * t;
                switch (m.Kind)
                {
                    case "bob": s.Offset.Y += (float)(a * Math.Sin(w)); break;
                    case "sway": s.Offset.X += (float)(a * Math.Sin(w)); break;
                    case "orbit":
                        s.Offset.X += (float)(a * Math.Cos(w) - a);
                        s.Offset.Z += (float)(a * Math.Sin(w));
                        break;
                    case "drift":
                        // Two incommensurate frequencies: wanders without an obvious loop.
                        s.Offset.X += (float)(a * Math.Sin(w));
                        s.Offset.Z += (float)(a * Math.Sin(w * 0.618 + 1.3));
                        break;
                    case "spin": s.YawDeg += (float)(360.0 * a * t % 360.0); break;
                    case "breathe": s.Scale *= (float)(1 + a * 0.5 * (1 - Math.Cos(w))); break;
                    case "pulse": s.Scale *= (float)(1 + a * Math.Pow(Math.Max(0, Math.Sin(w)), 8)); break;
                    case "flicker": s.Brightness *= (float)Math.Max(0, 1 - Math.Min(1, a) * Noise(Math.Floor(t * Math.Max(f, 1) * 4))); break;
                }
            }
            return s;
        }

        /// <summary>A hash of <paramref name="x"/> in [0, 1).</summary>
        static double Noise(double x)
        {
            double v = Math.Sin(x * 12.9898) * 43758.5453;
            return v - Math.Floor(v);
        }
    }
}
