using System;
using UnityEngine;

namespace Figment.Bridge
{
    /// <summary>Disposes a glTFast import (its meshes, materials, textures) when its object is destroyed,
    /// or, when that happens mid-load, as soon as the load has finished with it.</summary>
    [AddComponentMenu("")]
    public sealed class FigmentGltfLifetime : MonoBehaviour
    {
        internal DeferredDisposal Import;

        void OnDestroy()
        {
            if (Import != null) Import.Dispose();
            Import = null;
        }
    }
}
