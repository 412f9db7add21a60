using System;
using System.Collections.Concurrent;

namespace Figment.Bridge
{
    /// <summary>Actions posted from any thread, run on the thread that calls <see cref="Drain"/> (a game loop's Update).</summary>
    public sealed class MainThreadQueue
    {
        readonly ConcurrentQueue<Action> _actions = new ConcurrentQueue<Action>();

        /// <summary>Receives an exception thrown by a posted action; the queue goes on with the next one.</summary>
        public Action<Exception> OnError;

        /// <summary>Actions waiting to run.</summary>
        public int Count { get { return _actions.Count; } }

        /// <summary>Queues an action; safe from any thread.</summary>
        public void Post(Action action)
        {
            if (action == null) throw new ArgumentNullException("action");
            _actions.Enqueue(action);
        }

        /// <summary>Wraps a callback so that it is posted here instead of run where it is called.</summary>
        public Action<T> Marshal<T>(Action<T> callback)
        {
            if (callback == null) return null;
            return value => Post(() => callback(value));
        }

        /// <summary>Runs queued actions in order, at most <paramref name="max"/> (actions posted meanwhile wait for the next call).</summary>
        /// <returns>How many ran.</returns>
        public int Drain(int max = int.MaxValue)
        {
            int ran = 0;
            int budget = Math.Min(max, _actions.Count);
            Action action;
            while (ran < budget && _actions.TryDequeue(out action))
            {
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
    }
}
