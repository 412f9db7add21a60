using System;

namespace Figment.Bridge
{
    /// <summary>When and how long to wait before trying a call again: exponential backoff with jitter.</summary>
    /// <remarks>
    /// Only failures before any output are retried, and only those that say nothing was done: no
    /// connection (<see cref="FigmentConnectionException"/>) or UNAVAILABLE (HTTP 503, e.g. the daemon is
    /// still starting). Once a stream has delivered an event it is never restarted, so no object is
    /// conjured twice.
    /// </remarks>
    public sealed class RetryPolicy
    {
        /// <summary>Tries in all, the first included; 1 means no retry.</summary>
        public int MaxAttempts = 4;
        public TimeSpan InitialDelay = TimeSpan.FromMilliseconds(250);
        public double Multiplier = 2.0;
        public TimeSpan MaxDelay = TimeSpan.FromSeconds(4);
        /// <summary>Each delay is scaled by a random factor in [1 - Jitter, 1 + Jitter], so clients do not retry in step.</summary>
        public double Jitter = 0.2;

        /// <summary>A policy that never retries.</summary>
        public static RetryPolicy None { get { return new RetryPolicy { MaxAttempts = 1 }; } }

        /// <summary>Whether a call that failed with <paramref name="error"/> on try number <paramref name="attempt"/> (from 1) should be tried again.</summary>
        public bool ShouldRetry(Exception error, int attempt)
        {
            if (attempt >= MaxAttempts) return false;
            if (error is FigmentConnectionException) return true;
            var f = error as FigmentException;
            return f != null && f.Code == "UNAVAILABLE";
        }

        /// <summary>How long to wait after try number <paramref name="attempt"/> (from 1) failed.</summary>
        /// <param name="random">A number in [0, 1) that picks the jitter.</param>
        public TimeSpan DelayAfter(int attempt, double random)
        {
            double ms = InitialDelay.TotalMilliseconds * Math.Pow(Multiplier, Math.Max(0, attempt - 1));
            ms = Math.Min(ms, MaxDelay.TotalMilliseconds);
            ms *= 1 + Jitter * (2 * random - 1);
            return TimeSpan.FromMilliseconds(Math.Max(0, ms));
        }
    }
}
