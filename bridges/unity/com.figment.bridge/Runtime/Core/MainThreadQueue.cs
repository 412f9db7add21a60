using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Figment.Bridge
{
    /// <summary>Actions posted from any thread, run on the thread that calls <see cref="Drain"/> (a game loop's Update).</summary>
    /// <remarks>
    /// A game object that drains the queue can be disabled or destroyed while calls are still in flight;
    /// it then <see cref="Close"/>s the queue. Actions waiting or posted later are dropped (they would touch
    /// objects that are going away), but every result handed out by <see cref="Deliver{T}"/> still
    /// completes, so nothing that awaits one waits forever.
    /// </remarks>
    public sealed class MainThreadQueue
    {
        readonly object _gate = new object();
        readonly Queue<Action> _actions = new Queue<Action>();
        readonly HashSet<Action> _deliveries = new HashSet<Action>();
        bool _closed;

        /// <summary>Receives an exception thrown by a posted action; the queue goes on with the next one.</summary>
        public Action<Exception> OnError;

        /// <summary>Actions waiting to run.</summary>
        public int Count { get { lock (_gate) return _actions.Count; } }

        /// <summary>True between <see cref="Close"/> and <see cref="Open"/>: nothing drains the queue.</summary>
        public bool IsClosed { get { lock (_gate) return _closed; } }

        /// <summary>Queues an action; safe from any thread. Dropped while the queue is closed.</summary>
        public void Post(Action action)
        {
            if (action == null) throw new ArgumentNullException("action");
            lock (_gate)
            {
                if (!_closed) _actions.Enqueue(action);
            }
        }

        /// <summary>Wraps a callback so that it is posted here instead of run where it is called.</summary>
        public Action<T> Marshal<T>(Action<T> callback)
        {
            if (callback == null) return null;
            return value => Post(() => callback(value));
        }

        /// <summary>The outcome of <paramref name="task"/>, completed here after everything posted before it finished;
        /// at once instead when the queue is closed, now or before it gets there.</summary>
        public Task<T> Deliver<T>(Task<T> task)
        {
            if (task == null) throw new ArgumentNullException("task");
            var done = new TaskCompletionSource<T>();
            task.ContinueWith(t =>
            {
                Action complete = null;
                complete = () =>
                {
                    lock (_gate) _deliveries.Remove(complete);
                    if (t.IsCanceled) done.TrySetCanceled();
                    else if (t.IsFaulted) done.TrySetException(t.Exception.InnerExceptions);
                    else done.TrySetResult(t.Result);
                };
                bool queued;
                lock (_gate)
                {
                    queued = !_closed;
                    if (queued)
                    {
                        _deliveries.Add(complete);
                        _actions.Enqueue(complete);
                    }
                }
                if (!queued) complete();
            }, TaskScheduler.Default);
            return done.Task;
        }

        /// <summary>Runs queued actions in order, at most <paramref name="max"/> (actions posted meanwhile wait for the next call).</summary>
        /// <returns>How many ran.</returns>
        public int Drain(int max = int.MaxValue)
        {
            int ran = 0;
            int budget;
            lock (_gate) budget = Math.Min(max, _actions.Count);
            while (ran < budget)
            {
                Action action;
                lock (_gate)
                {
                    if (_actions.Count == 0) break;
                    action = _actions.Dequeue();
                }
                ran++;
                try
                {
                    action();
                }
                catch (Exception e)
                {
                    var onError = OnError;
                    if (onError == null) throw;
                    onError(e);
                }
            }
            return ran;
        }

        /// <summary>Stops the queue (its drainer was disabled or destroyed): waiting actions are dropped and
        /// pending deliveries complete now, on this thread.</summary>
        public void Close()
        {
            List<Action> deliveries;
            lock (_gate)
            {
                _closed = true;
                _actions.Clear();
                deliveries = new List<Action>(_deliveries);
            }
            foreach (var complete in deliveries) complete();
        }

        /// <summary>Starts taking actions again after <see cref="Close"/>.</summary>
        public void Open()
        {
            lock (_gate) _closed = false;
        }
    }
}
