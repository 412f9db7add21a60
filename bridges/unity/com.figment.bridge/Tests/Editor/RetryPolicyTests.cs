using System;
using NUnit.Framework;

namespace Figment.Bridge.Tests
{
    [TestFixture]
    public class RetryPolicyTests
    {
        [Test]
        public void RetriesConnectionFailuresAndUnavailableOnly()
        {
            var p = new RetryPolicy { MaxAttempts = 3 };
            Assert.IsTrue(p.ShouldRetry(new FigmentConnectionException("refused"), 1));
            Assert.IsTrue(p.ShouldRetry(new FigmentException("UNAVAILABLE", "loading", 503), 2));
            Assert.IsFalse(p.ShouldRetry(new FigmentException("INVALID_ARGUMENT", "bad", 400), 1));
            Assert.IsFalse(p.ShouldRetry(new FigmentException("UNAUTHENTICATED", "token", 401), 1));
            Assert.IsFalse(p.ShouldRetry(new FigmentException("DEADLINE_EXCEEDED", "slow", 504), 1));
            Assert.IsFalse(p.ShouldRetry(new InvalidOperationException(), 1));
        }

        [Test]
        public void StopsAfterMaxAttempts()
        {
            var p = new RetryPolicy { MaxAttempts = 3 };
            Assert.IsTrue(p.ShouldRetry(new FigmentConnectionException("x"), 2));
            Assert.IsFalse(p.ShouldRetry(new FigmentConnectionException("x"), 3));
            Assert.IsFalse(RetryPolicy.None.ShouldRetry(new FigmentConnectionException("x"), 1));
        }

        [Test]
        public void DelayGrowsExponentiallyUpToTheCap()
        {
            var p = new RetryPolicy { InitialDelay = TimeSpan.FromMilliseconds(100), Multiplier = 2, MaxDelay = TimeSpan.FromMilliseconds(500), Jitter = 0 };
            Assert.AreEqual(100, p.DelayAfter(1, 0.9).TotalMilliseconds, 1e-9);
            Assert.AreEqual(200, p.DelayAfter(2, 0.9).TotalMilliseconds, 1e-9);
            Assert.AreEqual(400, p.DelayAfter(3, 0.9).TotalMilliseconds, 1e-9);
            Assert.AreEqual(500, p.DelayAfter(4, 0.9).TotalMilliseconds, 1e-9);
            Assert.AreEqual(500, p.DelayAfter(30, 0.9).TotalMilliseconds, 1e-9);
        }

        [Test]
        public void JitterStaysWithinItsBand()
        {
            var p = new RetryPolicy { InitialDelay = TimeSpan.FromMilliseconds(1000), Jitter = 0.2 };
            Assert.AreEqual(800, p.DelayAfter(1, 0.0).TotalMilliseconds, 1e-6);
            Assert.AreEqual(1000, p.DelayAfter(1, 0.5).TotalMilliseconds, 1e-6);
            Assert.AreEqual(1200, p.DelayAfter(1, 1.0).TotalMilliseconds, 1e-6);
        }
    }
}
