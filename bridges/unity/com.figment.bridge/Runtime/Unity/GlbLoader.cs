using System;
using System.Threading;
using System.Threading.Tasks;
using GLTFast;
using UnityEngine;

namespace Figment.Bridge
{
    /// <summary>Instantiates GLB bytes with glTFast under a new child; the import's resources are freed with it.</summary>
    public static class GlbLoader
    {
        /// <summary>Loads <paramref name="glb"/> under a new child of <paramref name="parent"/> called <paramref name="name"/>.</summary>
        /// <returns>The child, or null when glTFast could not load the bytes (it logs why).</returns>
        public static async Task<GameObject> InstantiateAsync(byte[] glb, Transform parent, string name, CancellationToken cancellationToken)
        {
            var holder = new GameObject(name);
            holder.transform.SetParent(parent, false);
            var import = new GltfImport();
            holder.AddComponent<FigmentGltfLifetime>().Import = import;
            bool ok = await import.Load(glb, null, null, cancellationToken);
            if (ok && holder != null) ok = await import.InstantiateMainSceneAsync(holder.transform, cancellationToken);
            if (!ok && holder != null)
            {
                UnityEngine.Object.Destroy(holder);
                return null;
            }
            return holder;
        }
    }
}
