using System;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Figment.Bridge.Tests
{
    /// <summary>Assertions that read the same under NUnit 2.6 (Mono, here) and NUnit 3 (Unity's test runner).</summary>
    public static class Expect
    {
        /// <summary>Runs <paramref name="call"/> to completion and returns the exception of type <typeparamref name="T"/> it threw.</summary>
        public static T Throws<T>(Func<Task> call) where T : Exception
        {
            try
            {
                call().GetAwaiter().GetResult();
            }
            catch (T e)
            {
                return e;
            }
            catch (Exception e)
            {
                Assert.Fail("expected " + typeof(T).Name + ", got " + e.GetType().Name + ": " + e.Message);
            }
            Assert.Fail("expected " + typeof(T).Name + ", nothing was thrown");
            return null;
        }

        /// <summary>Waits for a task the way a test thread may (the client never captures a context).</summary>
        public static T Result<T>(Task<T> task) { return task.GetAwaiter().GetResult(); }
    }
}
