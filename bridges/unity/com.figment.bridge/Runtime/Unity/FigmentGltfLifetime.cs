using System;
using UnityEngine;

namespace Figment.Bridge
{
    /// <summary>Disposes a glTFast import (its meshes, materials, textures) when its object is destroyed.</summary>
    [AddComponentMenu("")]
    public sealed class FigmentGltfLifetime : MonoBehaviour
    {
        internal IDisposable Import;

        void OnDestroy()
        {
            if (Import != null) Import.Dispose();
            Import = null;
        }
    }
}
