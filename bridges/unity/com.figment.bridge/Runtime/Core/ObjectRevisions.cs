using System.Collections.Generic;

namespace Figment.Bridge
{
    /// <summary>The revisions of one conjured object: which are news, which asset to fetch, and which to skip.</summary>
    /// <remarks>
    /// A conjure (or a room) may revise its object while the text streams: a new object event with a higher
    /// revision, then only the assets it changed, each with the revision it was built from. Downloads finish
    /// in any order, so an engine asks here before fetching (<see cref="Ask"/>) and again before showing
    /// (<see cref="IsCurrent"/>): an asset older than the newest one asked for is never shown over it.
    /// Not thread-safe: use it from one thread (the main thread in an engine).
    /// </remarks>
    public sealed class ObjectRevisions
    {
        readonly Dictionary<string, string> _asked = new Dictionary<string, string>();
        readonly Dictionary<string, uint> _askedRevision = new Dictionary<string, uint>();
        readonly Dictionary<string, uint> _shown = new Dictionary<string, uint>();

        /// <summary>The object's latest revision; -1 before the first.</summary>
        public long Revision { get; private set; } = -1;

        /// <summary>Whether the final revision arrived.</summary>
        public bool Final { get; private set; }

        /// <summary>Records an object revision; true when it is news (a higher revision, or the latest one become final).</summary>
        public bool Revise(uint revision, bool final)
        {
            if (revision < Revision || (revision == Revision && (Final || !final))) return false;
            Revision = revision;
            Final = final;
            return true;
        }

        /// <summary>Whether to fetch <paramref name="assetId"/>, the <paramref name="kind"/> built from <paramref name="revision"/>:
        /// not when it is the one already asked for, nor when a newer revision of that kind was asked for.</summary>
        public bool Ask(string kind, uint revision, string assetId)
        {
            if (string.IsNullOrEmpty(assetId)) return false;
            string asked;
            if (_asked.TryGetValue(kind, out asked) && asked == assetId) return false;
            uint newest;
            if (_askedRevision.TryGetValue(kind, out newest) && revision < newest) return false;
            _asked[kind] = assetId;
            _askedRevision[kind] = revision;
            return true;
        }

        /// <summary>Whether <paramref name="assetId"/> is still the newest <paramref name="kind"/> asked for (its download is in: show it).</summary>
        public bool IsCurrent(string kind, string assetId)
        {
            string asked;
            return _asked.TryGetValue(kind, out asked) && asked == assetId;
        }

        /// <summary>Records that the <paramref name="kind"/> of <paramref name="revision"/> is now shown.</summary>
        public void Shown(string kind, uint revision) { _shown[kind] = revision; }

        /// <summary>The revision the shown <paramref name="kind"/> was built from; -1 when none is shown.</summary>
        public long ShownRevision(string kind)
        {
            uint r;
            return _shown.TryGetValue(kind, out r) ? (long)r : -1;
        }
    }
}
