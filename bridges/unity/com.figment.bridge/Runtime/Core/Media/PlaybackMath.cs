namespace Figment.Bridge
{
    /// <summary>Where a revised sound resumes when its clip replaces the one playing, so a revision does not
    /// restart the sound audibly.</summary>
    /// <remarks>Positions are in seconds, not samples: a revision may come at another sample rate.</remarks>
    public static class PlaybackMath
    {
        /// <summary>The position, in seconds, to play a new clip of <paramref name="length"/> seconds from when it
        /// replaces one that was at <paramref name="time"/>: that same position; wrapped into the new clip when it
        /// loops and is shorter; 0 when nothing was playing. Null when the new clip does not loop and is over by
        /// then: it would have finished, so it is not played.</summary>
        /// <param name="playing">Whether the clip it replaces was playing.</param>
        /// <param name="time">That clip's position, in seconds.</param>
        /// <param name="length">The new clip's length, in seconds.</param>
        /// <param name="loop">Whether the new clip loops.</param>
        public static float? Resume(bool playing, float time, float length, bool loop)
        {
            if (!playing || !(time > 0) || float.IsInfinity(time) || !(length > 0)) return 0f;
            if (time < length) return time;
            if (!loop) return null;
            return time % length; // exact, and below length
        }
    }
}
