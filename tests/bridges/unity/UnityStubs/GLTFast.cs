// SIGNATURE CHECK ONLY - not glTFast, not a test double, no behaviour.
// Declares exactly the glTFast 6.x API (com.unity.cloud.gltfast, assembly "glTFast") the Figment layer calls.
using System;
using System.Threading;
using System.Threading.Tasks;
using UnityEngine;

namespace GLTFast.Loading { public interface IDownloadProvider { } }
namespace GLTFast.Materials { public interface IMaterialGenerator { } }
namespace GLTFast.Logging { public interface ICodeLogger { } }

namespace GLTFast
{
    public interface IDeferAgent { }

    public class ImportSettings { }

    public class GltfImport : IDisposable
    {
        public GltfImport(Loading.IDownloadProvider downloadProvider = null, IDeferAgent deferAgent = null,
            Materials.IMaterialGenerator materialGenerator = null, Logging.ICodeLogger logger = null) { throw null; }

        public Task<bool> Load(byte[] data, Uri uri = null, ImportSettings importSettings = null,
            CancellationToken cancellationToken = default(CancellationToken)) { throw null; }

        public Task<bool> InstantiateMainSceneAsync(Transform parent, CancellationToken cancellationToken = default(CancellationToken)) { throw null; }

        public void Dispose() { throw null; }
    }
}
