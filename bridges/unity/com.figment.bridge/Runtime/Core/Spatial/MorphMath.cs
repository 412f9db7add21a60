using System;

namespace Figment.Bridge
{
    /// <summary>The blend that swaps a revised model in place: the new one grows in as the old one shrinks away.</summary>
    public static class MorphMath
    {
        /// <summary>The smallest scale factor used: a zero scale is a singular transform, which engines refuse to draw or invert.</summary>
        public const float MinScale = 0.001f;

        /// <summary>How far the blend is, in [0, 1], after <paramref name="elapsed"/> of <paramref name="duration"/> seconds
        /// (eased: slow at both ends); 1 at once when <paramref name="duration"/> is not positive.</summary>
        public static float Progress(double elapsed, double duration)
        {
            if (duration <= 0 || elapsed >= duration) return 1f;
            double t = Math.Max(0, elapsed / duration);
            return (float)(t * t * (3 - 2 * t));
        }

        /// <summary>The incoming model's scale factor at <paramref name="progress"/>.</summary>
        public static float Incoming(float progress) { return Math.Max(MinScale, Math.Min(1f, progress)); }

        /// <summary>The outgoing model's scale factor at <paramref name="progress"/>.</summary>
        public static float Outgoing(float progress) { return Math.Max(MinScale, 1f - Math.Max(0f, progress)); }
    }
}
