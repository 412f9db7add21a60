using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using GLTFast;
using GLTFast.Logging;
using UnityEngine;

namespace Figment.Bridge
{
    /// <summary>Instantiates GLB bytes with glTFast under a new child; the import's resources are freed with it.</summary>
    public static class GlbLoader
    {
        /// <summary>Loads <paramref name="glb"/> under a new child of <paramref name="parent"/> called <paramref name="name"/>.</summary>
        /// <returns>The child, or null when glTFast could not load the bytes (what it reported is logged as an
        /// error) or when the child was destroyed meanwhile.</returns>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the child is destroyed.</exception>
        public static async Task<GameObject> InstantiateAsync(byte[] glb, Transform parent, string name, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var holder = new GameObject(name);
            holder.transform.SetParent(parent, false);
            // Without a logger glTFast reports nothing: a GLB that fails to load would just vanish.
            var logger = new CollectingLogger();
            var import = new GltfImport(null, null, null, logger);
            var lifetime = new DeferredDisposal(import);
            holder.AddComponent<FigmentGltfLifetime>().Import = lifetime;
            bool ok;
            try
            {
                // Destroying the holder now only requests disposal: the import is disposed when this use ends.
                using (lifetime.Use())
                {
                    // glTFast (6.0 to 6.14) does not stop a binary load on cancellation, so the token is
                    // checked after each step as well.
                    // Legacy clips are the ones glTFast plays at runtime (a breathing GLB's loop; see PlayBreath).
                    var settings = new ImportSettings { AnimationMethod = AnimationMethod.Legacy };
                    ok = await import.Load(glb, null, settings, cancellationToken);
                    if (ok && holder != null && !cancellationToken.IsCancellationRequested)
                        ok = await import.InstantiateMainSceneAsync(holder.transform, cancellationToken);
                }
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                logger.Error(e.GetType().Name + ": " + e.Message);
                ok = false;
            }
            if (holder == null) return null; // destroyed meanwhile; its import is disposed already
            if (cancellationToken.IsCancellationRequested)
            {
                UnityEngine.Object.Destroy(holder);
                cancellationToken.ThrowIfCancellationRequested();
            }
            var problems = Problems(logger);
            if (!ok)
            {
                Debug.LogError("[Figment] glTFast could not load the " + name + " GLB" + (problems.Count > 0 ? ": " + string.Join("; ", problems.ToArray()) : " (it said nothing)"));
                UnityEngine.Object.Destroy(holder);
                return null;
            }
            // A missing shader is only a warning to glTFast, and the object shows up pink: say so.
            if (problems.Count > 0) Debug.LogWarning("[Figment] glTFast loaded the " + name + " GLB with: " + string.Join("; ", problems.ToArray()));
            return holder;
        }

        /// <summary>Plays the breath of a model <see cref="InstantiateAsync"/> made, looping, <paramref name="seconds"/> into it
        /// (the object's age, so the breath keeps the phase its motion had).</summary>
        /// <returns>True when the GLB carries a breath (<see cref="GlbInfo.BreathAnimation"/>: glTFast imports it as a legacy
        /// clip of blend shape weights on an Animation component); false otherwise, and the body's motion breathes instead.</returns>
        public static bool PlayBreath(GameObject model, float seconds)
        {
            var animation = model == null ? null : model.GetComponentInChildren<Animation>();
            if (animation == null || animation.GetClip(GlbInfo.BreathAnimation) == null) return false;
            animation.Play(GlbInfo.BreathAnimation);
            var state = animation[GlbInfo.BreathAnimation];
            state.wrapMode = WrapMode.Loop;
            if (state.length > 0) state.time = seconds % state.length;
            return true;
        }

        static List<string> Problems(CollectingLogger logger)
        {
            var problems = new List<string>();
            if (logger.Count == 0) return problems;
            foreach (var item in logger.Items)
            {
                if (item.Type == LogType.Log) continue;
                var text = item.ToString();
                if (item.Code == LogCode.ShaderMissing)
                    text += " (add glTFast's shaders to the build: see the Figment Bridge documentation, 'Player builds')";
                problems.Add(text);
            }
            return problems;
        }
    }
}
