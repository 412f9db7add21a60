using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Figment.Bridge.Tests
{
    /// <summary>What happens to calls in flight when the game object that drains their callbacks goes away.</summary>
    [TestFixture]
    public class DeliveryTests
    {
        static readonly TimeSpan Patience = TimeSpan.FromSeconds(30); // only a hang reaches it

        [Test]
        public void ADeliveryCompletesOnlyWhenDrainedAfterWhatWasPostedBefore()
        {
            var q = new MainThreadQueue();
            var order = new List<string>();
            var source = new TaskCompletionSource<int>();
            q.Post(() => order.Add("event"));
            var delivered = q.Deliver(source.Task);
            delivered.ContinueWith(t => { lock (order) order.Add("result " + t.Result); }, TaskContinuationOptions.ExecuteSynchronously);
            source.SetResult(7);
            SpinUntil(() => q.Count == 2);
            Assert.IsFalse(delivered.IsCompleted, "nothing completes off the draining thread");
            Assert.AreEqual(2, q.Drain());
            CollectionAssert.AreEqual(new[] { "event", "result 7" }, order);
        }

        [Test]
        public void ClosingTheQueueCompletesWhatNobodyWillDrain()
        {
            var q = new MainThreadQueue();
            var ran = new List<int>();
            q.Post(() => ran.Add(1));
            var finished = q.Deliver(Task.FromResult(5));
            var failing = q.Deliver(Fail<int>(new FigmentException("UNAVAILABLE", "gone")));
            SpinUntil(() => q.Count == 3);
            q.Close();
            Assert.IsTrue(finished.Wait(Patience));
            Assert.AreEqual(5, finished.Result);
            Assert.AreEqual("UNAVAILABLE", Expect.Throws<FigmentException>(() => failing).Code);
            Assert.AreEqual(0, q.Drain(), "the waiting actions were dropped");
            CollectionAssert.IsEmpty(ran);

            // Closed: later posts are dropped and later deliveries complete at once.
            q.Post(() => ran.Add(2));
            var late = q.Deliver(Task.FromResult(3));
            Assert.IsTrue(late.Wait(Patience));
            Assert.AreEqual(3, late.Result);
            q.Open();
            Assert.AreEqual(0, q.Drain());
            q.Post(() => ran.Add(4));
            Assert.AreEqual(1, q.Drain());
            CollectionAssert.AreEqual(new[] { 4 }, ran);
        }

        [Test]
        public void AConjureWhoseOwnerIsDisabledMidStreamEndsInsteadOfHanging()
        {
            // The daemon sends two events and then nothing (a slow CPU): the owner is disabled meanwhile,
            // so it cancels its lifetime and closes its queue without ever draining it again.
            var http = new FakeHttp().Then(r => new FakeResponse(200, new StallingStream(Samples.ConjureLines[0] + "\n" + Samples.ConjureLines[1] + "\n")));
            var queue = new MainThreadQueue();
            var lifetime = new CancellationTokenSource();
            var seen = new List<ConjureEvent>();
            using (var client = new FigmentClient(FigmentClientOptions.For("127.0.0.1", 7341), http))
            {
                var call = client.ConjureAsync(ConjureRequest.Imagine("a lamp"), queue.Marshal<ConjureEvent>(seen.Add), lifetime.Token);
                var delivered = queue.Deliver(call);
                SpinUntil(() => queue.Count == 2);
                lifetime.Cancel();
                queue.Close();
                Assert.IsTrue(((Task)delivered).ContinueWith(t => { }).Wait(Patience), "the conjure never returned");
                Assert.IsTrue(delivered.IsCanceled);
                CollectionAssert.IsEmpty(seen, "no callback ran after the owner went away");
            }
        }

        static Task<T> Fail<T>(Exception e)
        {
            var source = new TaskCompletionSource<T>();
            source.SetException(e);
            return source.Task;
        }

        static void SpinUntil(Func<bool> condition)
        {
            Assert.IsTrue(SpinWait.SpinUntil(condition, Patience), "timed out");
        }
    }

    [TestFixture]
    public class DeferredDisposalTests
    {
        sealed class Resource : IDisposable
        {
            public int Disposed;
            public void Dispose() { Disposed++; }
        }

        [Test]
        public void DisposingAnUnusedResourceDisposesItNow()
        {
            var r = new Resource();
            var owner = new DeferredDisposal(r);
            owner.Dispose();
            Assert.AreEqual(1, r.Disposed);
            Assert.IsTrue(owner.IsDisposed);
            owner.Dispose();
            Assert.AreEqual(1, r.Disposed, "once");
        }

        [Test]
        public void DisposingWhileInUseWaitsForTheLastUse()
        {
            var r = new Resource();
            var owner = new DeferredDisposal(r);
            var load = owner.Use();
            var instantiate = owner.Use();
            owner.Dispose(); // the object was destroyed mid-load
            Assert.AreEqual(0, r.Disposed, "still loading: not disposed under the loader's feet");
            Assert.IsTrue(owner.IsDisposeRequested);
            Assert.IsFalse(owner.IsDisposed);
            Assert.Throws<ObjectDisposedException>(() => owner.Use());
            load.Dispose();
            load.Dispose();
            Assert.AreEqual(0, r.Disposed);
            instantiate.Dispose();
            Assert.AreEqual(1, r.Disposed);
            Assert.IsTrue(owner.IsDisposed);
        }

        [Test]
        public void UsesWithoutDisposalLeaveTheResourceAlone()
        {
            var r = new Resource();
            var owner = new DeferredDisposal(r);
            using (owner.Use()) { }
            using (owner.Use()) { }
            Assert.AreEqual(0, r.Disposed);
            Assert.IsFalse(owner.IsDisposeRequested);
        }
    }
}
