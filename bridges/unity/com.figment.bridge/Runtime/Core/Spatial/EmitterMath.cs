using System;

namespace Figment.Bridge
{
    /// <summary>Emitter arithmetic an engine's audio source lacks (cone directivity, decibels).</summary>
    public static class EmitterMath
    {
        /// <summary>Linear gain for a level in decibels (0 dB is 1).</summary>
        public static float DbToLinear(float db) { return (float)Math.Pow(10, db / 20.0); }

        /// <summary>Sound cone gain, as in Web Audio and OpenAL: 1 inside the inner cone, <paramref name="outerGain"/>
        /// outside the outer cone, linear in between.</summary>
        /// <param name="angleDeg">Angle between the emitter's forward axis and the direction to the listener.</param>
        /// <param name="innerDeg">Full inner cone angle; 360 (or 0 with outer 0) means no directivity.</param>
        public static float ConeGain(float angleDeg, float innerDeg, float outerDeg, float outerGain)
        {
            if ((innerDeg >= 360 && outerDeg >= 360) || (innerDeg == 0 && outerDeg == 0)) return 1;
            float a = Math.Abs(angleDeg) % 360;
            if (a > 180) a = 360 - a;
            float inner = innerDeg / 2, outer = Math.Max(outerDeg, innerDeg) / 2;
            if (a <= inner) return 1;
            if (a >= outer) return outerGain;
            float x = (a - inner) / (outer - inner);
            return 1 + (outerGain - 1) * x;
        }

        /// <summary>Angle in degrees between two vectors (0 when either is zero).</summary>
        public static float AngleDeg(Vec3 a, Vec3 b)
        {
            double la = Math.Sqrt(a.X * a.X + a.Y * a.Y + a.Z * a.Z), lb = Math.Sqrt(b.X * b.X + b.Y * b.Y + b.Z * b.Z);
            if (la == 0 || lb == 0) return 0;
            double c = (a.X * b.X + a.Y * b.Y + a.Z * b.Z) / (la * lb);
            return (float)(Math.Acos(Math.Max(-1, Math.Min(1, c))) * 180 / Math.PI);
        }
    }
}
