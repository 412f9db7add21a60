using System;
using System.Threading;
using System.Threading.Tasks;

namespace Figment.Bridge
{
    /// <summary>An open room: scene events arrive on a background loop until it is disposed or the daemon closes it.</summary>
    public sealed class RoomSubscription : IDisposable
    {
        readonly ITextSocket _socket;
        readonly Action<SceneEvent> _onEvent;
        readonly Action<string> _log;
        readonly CancellationTokenSource _stop = new CancellationTokenSource();
        int _disposed;

        internal RoomSubscription(string room, ITextSocket socket, Action<SceneEvent> onEvent, Action<string> log)
        {
            Room = room;
            _socket = socket;
            _onEvent = onEvent;
            _log = log;
            Completion = Task.Run(ReceiveLoopAsync);
        }

        /// <summary>The room's name.</summary>
        public string Room { get; private set; }

        /// <summary>Completes when the room closes: normally when disposed or closed by the daemon, faulted when the connection broke.</summary>
        public Task Completion { get; private set; }

        async Task ReceiveLoopAsync()
        {
            try
            {
                while (true)
                {
                    string text = await _socket.ReceiveAsync(_stop.Token).ConfigureAwait(false);
                    if (text == null) return;
                    var line = NdjsonSplitter.ParseLine(text);
                    if (!line.IsValid)
                    {
                        if (_log != null) _log("skipped a room message: " + line.Error);
                        continue;
                    }
                    _onEvent(SceneEvent.FromJson(line.Value));
                }
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                // Left on purpose: the loop ends quietly.
            }
        }

        /// <summary>Leaves the room: closes the socket politely, waiting at most <paramref name="timeout"/>.</summary>
        public async Task CloseAsync(TimeSpan timeout)
        {
            using (var cts = new CancellationTokenSource(timeout))
            {
                try
                {
                    await _socket.CloseAsync(cts.Token).ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    if (_log != null) _log("closing room " + Room + ": " + e.Message);
                }
            }
            Dispose();
        }

        /// <summary>Leaves the room at once.</summary>
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
            _stop.Cancel();
            _socket.Dispose();
        }
    }
}
