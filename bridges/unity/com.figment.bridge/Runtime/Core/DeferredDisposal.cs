using System;
using System.Threading;

namespace Figment.Bridge
{
    /// <summary>Owns a resource that asynchronous work may still be using: disposing it waits until that work ends.</summary>
    /// <remarks>
    /// A glTF import must not be disposed while it loads (glTFast does not stop a load on cancellation), yet the
    /// object it belongs to can be destroyed at any moment. The loader holds a <see cref="Use"/> while it works;
    /// destroying the object calls <see cref="Dispose"/>, which disposes the resource now if nothing uses it, or
    /// when the last use ends. The resource is disposed exactly once.
    /// </remarks>
    public sealed class DeferredDisposal : IDisposable
    {
        readonly object _gate = new object();
        IDisposable _resource;
        int _users;
        bool _requested;

        /// <param name="resource">Disposed once nothing uses it after <see cref="Dispose"/>.</param>
        public DeferredDisposal(IDisposable resource)
        {
            if (resource == null) throw new ArgumentNullException("resource");
            _resource = resource;
        }

        /// <summary>True once <see cref="Dispose"/> was called (the resource may still be in use).</summary>
        public bool IsDisposeRequested { get { lock (_gate) return _requested; } }

        /// <summary>True once the resource itself was disposed.</summary>
        public bool IsDisposed { get { lock (_gate) return _resource == null; } }

        /// <summary>Marks the resource as in use until the returned handle is disposed.</summary>
        /// <exception cref="ObjectDisposedException">Disposal was already requested: start no new work.</exception>
        public IDisposable Use()
        {
            lock (_gate)
            {
                if (_requested) throw new ObjectDisposedException("DeferredDisposal", "the resource is being disposed");
                _users++;
            }
            return new Lease(this);
        }

        /// <summary>Disposes the resource now, or as soon as the last <see cref="Use"/> ends.</summary>
        public void Dispose()
        {
            lock (_gate) _requested = true;
            ReleaseIfDone();
        }

        void EndUse()
        {
            lock (_gate) _users--;
            ReleaseIfDone();
        }

        void ReleaseIfDone()
        {
            IDisposable resource;
            lock (_gate)
            {
                if (!_requested || _users > 0 || _resource == null) return;
                resource = _resource;
                _resource = null;
            }
            resource.Dispose();
        }

        sealed class Lease : IDisposable
        {
            DeferredDisposal _owner;

            public Lease(DeferredDisposal owner) { _owner = owner; }

            public void Dispose()
            {
                var owner = Interlocked.Exchange(ref _owner, null);
                if (owner != null) owner.EndUse();
            }
        }
    }
}
